package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Waiting for a webapp login to land, for every browser test of this package. */
final class Logins {

  /** PAGE_LOGIN_FAILED in our sv.json: the message of a refused login. */
  static final String LOGIN_FAILED = "Inloggningen misslyckades";

  private Logins() {
  }

  /**
   * Waits until the page shows what the logged-in user should see. A login submitted while the login page is still
   * starting can be lost (the form stays, without any error message); then it is submitted once more, as a person
   * would press the button again. A refused login is not retried.
   */
  static void await(Page page, String user, Locator ready) {
    Locator loginButton = page.locator("button[type=submit].btn-lg");
    assertThat(ready.or(loginButton).first()).isVisible();
    try {
      ready.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
    } catch (com.microsoft.playwright.TimeoutError lost) {
      if (loginButton.isVisible() && page.getByText(LOGIN_FAILED).count() == 0) {
        page.locator("input[ng-model=username]").fill(user);
        page.locator("input[type=password][ng-model=password]").first().fill("demo");
        loginButton.click();
      }
    }
    assertThat(ready).isVisible();
  }
}
