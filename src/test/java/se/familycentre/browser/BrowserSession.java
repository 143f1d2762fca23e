package se.familycentre.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import se.familycentre.support.Browser;

/**
 * The headless browser of a browser test class, on the port of the class's running application (Chromium itself is
 * started once per test JVM, see {@link Browser}), with Playwright's assertion timeout set for a real page. After
 * each test its pages are closed, so that no webapp of an earlier test keeps polling the server; and when a test
 * fails, the page it last showed ({@link #showing}) is first kept as target/screenshots/FAILED-&lt;test&gt;.png, so a
 * failure on CI can be understood without running it again. Each browser test class registers it as
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}.
 */
final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  private Browser browser;
  private Page current;

  @Override
  public void beforeAll(ExtensionContext context) {
    String port = SpringExtension.getApplicationContext(context).getEnvironment()
        .getRequiredProperty("local.server.port");
    browser = Browser.open(Integer.parseInt(port));
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && current != null && !current.isClosed()) {
      Browser.screenshot(current, "FAILED-" + context.getRequiredTestMethod().getName());
    }
    current = null;
    if (browser != null) {
      browser.closePages();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    browser = null; // its pages are closed after each test; Chromium stays for the JVM's next browser test class
  }

  /** The browser of this test class. */
  Browser browser() {
    return browser;
  }

  /** The page the running test looks at now: the one kept if it fails. */
  void showing(Page page) {
    current = page;
  }
}
