package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.familycentre.organisation.Groups;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.support.Browser;
import se.familycentre.support.FamilyCentreSpringTest;

/** An official logs in to Tasklist in a real browser and finds the Swedish filters of their own group only. */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistLoginBrowserTest {

  @RegisterExtension
  static final BrowserSession session = new BrowserSession();

  @Test
  void aBvcOfficialLogsInAndSeesTheSwedishFiltersOfTheirOwnGroup() {
    Page page = Tasklist.login(session.browser(), "erik.johansson").page;
    session.showing(page);

    assertThat(page.getByText(TasklistFilters.MY_GROUP_TASKS).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.MY_TASKS).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.OVERDUE).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.groupFilterName(Groups.BVC)).first()).isVisible();
    assertThat(page.getByText(TasklistFilters.groupFilterName(Groups.SOCIALTJANST_MOTTAGNING))).hasCount(0);
    // config.js with the settings it imports from the shared module: our name and vendor in the tab
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("Kommun och region Familjecentral – Uppgifter"));
    Browser.screenshot(page, "tasklist-bvc-filters");
  }

  @Test
  void aWrongPasswordKeepsTheOfficialOut() {
    Page page = session.browser().loginTo("tasklist", "erik.johansson", "fel");
    session.showing(page);

    assertThat(page.locator("input[ng-model=password]").first()).isVisible();
    assertThat(page.getByText(TasklistFilters.MY_TASKS)).hasCount(0);
    Browser.screenshot(page, "tasklist-wrong-password");
  }
}
