package se.familycentre.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright for Java, for the browser acceptance tests: logs a user in to a
 * Camunda webapp and keeps screenshots under target/screenshots so a person can look at what an official sees.
 * On a machine without /usr/bin/chromium the tests say so plainly and are skipped (on CI, where .ci/run installs it,
 * they fail instead).
 */
public final class Browser {

  public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** One Chromium per test JVM, started by the first browser test and ended with the JVM. */
  private static Playwright playwright;
  private static com.microsoft.playwright.Browser chromium;

  private final String baseUrl;
  /** The contexts of this browser's logins, each with its own cookies, closed after each test. */
  private final List<BrowserContext> contexts = new ArrayList<>();

  private Browser(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  private static synchronized com.microsoft.playwright.Browser chromium() {
    if (chromium == null) {
      playwright = Playwright.create();
      chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(CHROMIUM)
          .setHeadless(true)
          .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync")));
      Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "chromium-quit"));
    }
    return chromium;
  }

  private static synchronized void quit() {
    try {
      chromium.close();
      playwright.close();
    } catch (RuntimeException e) {
      // the JVM ends anyway; Playwright's driver and Chromium end with it
    }
  }

  public static Browser open(int port) {
    if (!Files.isExecutable(CHROMIUM)) {
      String message = "Browser tests need Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message);
    }
    return new Browser("http://localhost:" + port);
  }

  /**
   * A fresh browser context (own cookies), Swedish, 1400x900, logged in to the given webapp; it stays open until
   * {@link #closePages()} (after each test), so that no webapp page of an earlier test keeps polling.
   */
  public Page loginTo(String app, String user, String password) {
    BrowserContext context = newContext();
    contexts.add(context);
    Page page = context.newPage();
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/");
    page.locator("input[ng-model=username]").fill(user);
    page.locator("input[type=password][ng-model=password]").first().fill(password);
    page.locator("button[type=submit].btn-lg").click();
    return page;
  }

  private static BrowserContext newContext() {
    BrowserContext context = chromium().newContext(new NewContextOptions().setLocale("sv-SE")
        .setTimezoneId("Europe/Stockholm").setViewportSize(1400, 900));
    context.setDefaultTimeout(20_000);
    return context;
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public static void screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** Closes every page this browser opened (their contexts, cookies and all); Chromium itself stays for the JVM. */
  public void closePages() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }
}
