package se.familycentre.browser;

import com.microsoft.playwright.Page;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import se.familycentre.support.Browser;

/**
 * When a browser test fails, keeps what the page showed at that moment as target/screenshots/FAILED-<test>.png, so
 * a failure on CI can be understood without running it again.
 */
final class FailureScreenshots implements TestWatcher {

  private final Supplier<Page> currentPage;

  FailureScreenshots(Supplier<Page> currentPage) {
    this.currentPage = currentPage;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Page page = currentPage.get();
    if (page != null && !page.isClosed()) {
      Browser.screenshot(page, "FAILED-" + context.getRequiredTestMethod().getName());
    }
  }
}
