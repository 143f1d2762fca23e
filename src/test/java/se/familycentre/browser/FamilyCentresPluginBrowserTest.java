package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralFigures.ReferralPath;
import se.familycentre.shared.SmallCount;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.Browser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappSession;

/**
 * The Cockpit plugin "Familjecentraler" in a real browser, as managers (ledning), auditors (revision) and the
 * coordinator (samordnare) use it: coverage of Skåne drawn as a picture with the municipalities without a centre
 * standing out, the register, the referral figures with small counts shown as "färre än 5", the open escalations and
 * the coordinator's overview; the handbook from Cockpit and from Tasklist without a password prompt; Cockpit's write
 * actions not offered to the read-only roles. Screenshots: target/screenshots/plugin-*.png.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyCentresPluginBrowserTest {

  @RegisterExtension
  static final BrowserSession session = new BrowserSession();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ReferralFigures figures;

  String lund;
  String lundName;
  ProcessInstance lundCase;

  @BeforeAll
  void anActiveCentreInLundAndItsFigures() {
    lund = EstablishmentCases.uniqueId("plugin-webb");
    lundCase = new EstablishmentCases(engine).activeCentre(lund);
    lundName = (String) EstablishmentCases.initiative(lund, "Lund").get("centreName");
    // this month at the centre: seven referrals, two of them reports of concern
    LocalDate today = SwedishTime.today();
    for (int i = 0; i < 7; i++) {
      String reference = lund + "-REF-" + i;
      figures.referralStarted(reference, lund, "bvc", "OPEN_PRESCHOOL", "AGE_1_3",
          i < 2 ? ReferralPath.REPORT_OF_CONCERN : ReferralPath.VOLUNTARY, today);
      if (i < 2) {
        figures.reportReceived(reference, lund, "bvc", false, today, new Date());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"per.andersson", "ingrid.wallin", "lena.persson"})
  void managersAuditorsAndTheCoordinatorSeeCoverageTheRegisterAndTheFiguresWithSmallNumbersSuppressed(String user) {
    Page page = plugin(user);
    // coverage of Skåne: every municipality, Lund with its centre, those without one in red
    Locator region = page.locator("select.fc-region");
    assertThat(region).hasValue("skane");
    Locator chart = page.locator("svg.fc-coverage-chart");
    assertThat(chart).isVisible();
    // Skåne's 33 municipalities, and Malmö's 5 districts drawn under it
    assertThat(chart.locator("g.fc-coverage-row:not(.fc-area)")).hasCount(33);
    assertThat(chart.locator("g.fc-coverage-row.fc-area")).hasCount(5);
    assertThat(chart.locator("g.fc-coverage-row[data-name='Lund']")).not().hasClass(java.util.regex.Pattern.compile(".*fc-none.*"));
    assertThat(chart.locator("g.fc-coverage-row[data-name='Lund'] rect").first()).isVisible();
    assertThat(chart.locator("g.fc-none").first()).containsText("Saknar familjecentral");
    assertThat(page.locator(".fc-summary")).containsText("av 33 kommuner har minst en");
    Browser.screenshot(page, "plugin-" + user + "-1-coverage-skane");

    // the register: the centre's dated status history, agreement, legs, next evaluation
    tab(page, "Registret");
    Locator row = page.locator("table.fc-register tr[data-centre='" + lund + "']");
    assertThat(row).containsText(lundName);
    assertThat(row).containsText("I drift");
    assertThat(row).containsText("Beviljat från 2022-03-01");
    assertThat(row).containsText("Initiativ registrerat");
    assertThat(row.locator("td").nth(7)).hasText(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
    Browser.screenshot(page, "plugin-" + user + "-2-register");

    // the figures of the centre this year: seven referrals shown, two reports of concern "färre än 5"
    tab(page, "Uppföljning av hänvisningar");
    page.locator(".fc-figures-form select[name=centre]").selectOption(lund);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
    Locator thisMonth = page.locator("table.fc-figures-table tbody tr").filter(new Locator.FilterOptions()
        .setHasText(java.time.YearMonth.now(SwedishTime.ZONE).toString()));
    assertThat(thisMonth.locator("td").nth(1)).hasText("7");
    assertThat(thisMonth.locator("td").nth(5)).hasText(SmallCount.FEWER_THAN_FIVE);
    assertThat(page.locator("svg.fc-measure[data-measure=reportsOfConcern] rect.fc-suppressed").last()).isVisible();
    assertThat(page.locator("svg.fc-measure[data-measure=referrals]")).containsText("7");
    Browser.screenshot(page, "plugin-" + user + "-3-figures");

    tab(page, "Eskaleringar och förfallet arbete");
    assertThat(page.locator("table.fc-work tr[data-centre='" + lund + "']")).isVisible();
    Browser.screenshot(page, "plugin-" + user + "-4-escalations");

    tab(page, "Samordnarens översikt");
    Locator step = page.locator("table.fc-coordination tr[data-centre='" + lund + "']");
    assertThat(step).containsText("Dags för utvärdering");
    Browser.screenshot(page, "plugin-" + user + "-5-coordination");

    // the handbook, from the plugin, with Cockpit's session: no password prompt, no login page
    openHandbook(page, page.locator(".fc-plugin a.fc-handbook-link"));
    Browser.screenshot(page, "plugin-" + user + "-6-handbook");
  }

  @Test
  void aPeriodShorterThanAMonthIsRefusedWithASwedishSentenceNamingTheField() {
    Page page = plugin("per.andersson");
    tab(page, "Uppföljning av hänvisningar");
    // a browser's month field only takes months: a shortened period is what someone types into the address
    WebappSession manager = WebappSession.signIn(port, engine, "per.andersson", "cockpit");
    Rest.Answer day = manager.get("/camunda/api/cockpit/plugin/familjecentraler/default/figures?from=2026-03-02");
    assertThat(day.status()).isEqualTo(400);
    assertThat(day.json().get("message").asText()).startsWith("Fältet from ska vara en månad");
    assertThat(page.locator("table.fc-figures-table")).isVisible();
  }

  @Test
  void readOnlyRolesAreNotOfferedCockpitsWriteActionsAndARefusalIsASwedishSentence() {
    String instance = "#/process-instance/" + lundCase.getId() + "/runtime";
    Page manager = cockpit("per.andersson");
    manager.navigate(session.browser().url("/camunda/app/cockpit/default/" + instance));
    assertThat(manager.locator(".djs-container svg").first()).isVisible();
    assertThat(manager.locator("html.fc-read-only")).hasCount(1);
    assertThat(manager.locator(".ctn-toolbar")).isHidden();
    Browser.screenshot(manager, "plugin-ledning-read-only-instance");

    Page admin = cockpit("admin");
    admin.navigate(session.browser().url("/camunda/app/cockpit/default/" + instance));
    assertThat(admin.locator(".djs-container svg").first()).isVisible();
    assertThat(admin.locator("html.fc-read-only")).hasCount(0);
    assertThat(admin.locator(".ctn-toolbar a").first()).isVisible();
    Browser.screenshot(admin, "plugin-admin-write-actions");

    // pressed anyway (through Cockpit's own API): refused, in Swedish
    WebappSession session = WebappSession.signIn(port, engine, "per.andersson", "cockpit");
    Rest.Answer cancel = session.engine("DELETE", "/process-instance/" + lundCase.getId(), null);
    assertThat(cancel.status()).isEqualTo(403);
    assertThat(cancel.json().get("message").asText()).startsWith("Bara administratörer får");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(lundCase.getId()).count())
        .isEqualTo(1);
  }

  @Test
  void anOfficialOpensTheHandbookFromTasklistWithoutAPasswordPrompt() {
    Page page = session.browser().loginTo("tasklist", "erik.johansson", "demo");
    session.showing(page);
    Locator link = page.locator("a.fc-handbook-link");
    Logins.await(page, "erik.johansson", link);
    openHandbook(page, link);
    Browser.screenshot(page, "plugin-tasklist-handbook");
  }

  /**
   * Västra Götaland: Härryda's existing centres (two family centres and one family-centre-like activity, the seed)
   * registered as they run, through {@code POST /api/register/existing-centres} (engineer national's endpoint and
   * reference data: all 290 municipalities, region id {@code vastra-gotaland}); then Härryda is covered.
   */
  @Test
  void afterHarrydasExistingCentresAreRegisteredVastraGotalandShowsHarrydaCovered() {
    Rest rest = new Rest(port);
    String[][] centres = {
        {"harryda-molnlycke", "Familjecentralen Mölnlycke", "Mölnlycke",
            "[\"MATERNITY_CARE\",\"CHILD_HEALTH_CARE\",\"OPEN_PRESCHOOL\",\"PREVENTIVE_SOCIAL_SERVICES\"]"},
        {"harryda-landvetter", "Familjecentralen Landvetter", "Landvetter",
            "[\"MATERNITY_CARE\",\"CHILD_HEALTH_CARE\",\"OPEN_PRESCHOOL\",\"PREVENTIVE_SOCIAL_SERVICES\"]"},
        {"harryda-hindas", "Familjecentralsliknande verksamhet Hindås", "Hindås",
            "[\"CHILD_HEALTH_CARE\",\"OPEN_PRESCHOOL\"]"}};
    for (String[] c : centres) {
      Rest.Answer created = rest.post("lena.persson", "/api/register/existing-centres", "{\"centreId\":\"" + c[0]
          + "-" + lund.substring(lund.length() - 8) + "\",\"name\":\"" + c[1] + "\",\"municipality\":\"Härryda\","
          + "\"area\":\"" + c[2] + "\",\"legs\":" + c[3] + ",\"startDate\":\"2019-01-01\"}");
      assertThat(created.status()).as(created.body()).isBetween(200, 201);
    }
    Page page = plugin("lena.persson");
    page.locator("select.fc-region").selectOption("vastra-gotaland");
    Locator harryda = page.locator("svg.fc-coverage-chart g.fc-coverage-row[data-name='Härryda']");
    assertThat(harryda).isVisible();
    assertThat(harryda).not().hasClass(java.util.regex.Pattern.compile(".*fc-none.*"));
    assertThat(harryda).containsText("3");
    Browser.screenshot(page, "plugin-samordnare-coverage-vastra-gotaland");
  }

  /** The handbook opens with the webapps' session: 200, no Basic challenge (no prompt), not the login page. */
  private static void openHandbook(Page page, Locator link) {
    Response handbook = page.waitForResponse(r -> r.url().endsWith("/handbook"), link::click);
    assertThat(handbook.status()).isEqualTo(200);
    assertThat(handbook.headers()).doesNotContainKey("www-authenticate");
    assertThat(page.locator("h1").first()).hasText("Handbok för granskning");
    assertThat(page.getByText("Logga in för att läsa handboken")).hasCount(0);
  }

  private Page cockpit(String user) {
    Page page = session.browser().loginTo("cockpit", user, Rest.demoPassword(user));
    session.showing(page);
    Logins.await(page, user, page.locator("a.fc-navigation"));
    return page;
  }

  private Page plugin(String user) {
    Page page = cockpit(user);
    page.locator("a.fc-navigation").click();
    assertThat(page.locator(".fc-plugin h1")).hasText("Familjecentraler");
    assertThat(page.locator("svg.fc-coverage-chart")).isVisible();
    return page;
  }

  private static void tab(Page page, String name) {
    page.locator(".fc-tabs a").getByText(name, new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator(".fc-tabs li.active")).hasText(name);
    assertThat(page.locator(".fc-loading")).hasCount(0);
  }
}
