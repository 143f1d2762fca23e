package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.demo.DemoUsers;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.organisation.Groups;
import se.familycentre.shared.SmallCount;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappSession;

/**
 * Every request the front end of the Cockpit plugin "Familjecentraler" makes (plugin-webapp/familjecentraler/app/
 * plugin.js: regions, coverage of every region, the register, the figures for all centres and for each, open
 * escalations and overdue work, the coordinator's overview), sent with a signed-in webapp session as every demo user
 * and the administrator, against cases that hold secrets of both sides of the secrecy boundary: ledning, revision,
 * samordnare and administrators get answers, everyone else a Swedish 403, and no answer carries a personal identity
 * number, a free text of a case, a case reference or an official's user id.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitPluginSecrecyTest {

  static final String ROOT = "/camunda/api/cockpit/plugin/familjecentraler/default";
  static final List<String> READERS = List.of(Groups.LEDNING.id, Groups.REVISION.id, Groups.SAMORDNARE.id);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  SecretCases.Case report;
  SecretCases.Referral referral;
  String activeCentre;
  String investigatedCentre;

  @BeforeAll
  void casesWithSecrets() {
    SecretCases cases = new SecretCases(runtime, tasks, history, identity);
    report = cases.reportOfConcern();
    referral = cases.supportedReferral();
    EstablishmentCases establishment = new EstablishmentCases(engine);
    activeCentre = EstablishmentCases.uniqueId("plugin-lund");
    establishment.activeCentre(activeCentre);
    investigatedCentre = EstablishmentCases.uniqueId("plugin-utreds");
    establishment.start(investigatedCentre);
  }

  /** The plugin's requests, as plugin.js sends them: the regions first, then whatever they and the centres name. */
  List<String> requestsOfTheFrontEnd(WebappSession reader) {
    List<String> paths = new ArrayList<>(List.of("/regions", "/centres", "/figures", "/figures?from=2026-01&to="
        + java.time.YearMonth.now(se.familycentre.shared.SwedishTime.ZONE), "/work", "/coordination"));
    for (JsonNode region : reader.get(ROOT + "/regions").json()) {
      paths.add("/coverage/" + region.get("id").asText());
    }
    for (JsonNode centre : reader.get(ROOT + "/centres").json()) {
      paths.add("/figures?centre=" + centre.get("id").asText());
    }
    // the secret cases' centre, as the front end asks for it once the centre is in the register (the demo's is)
    paths.add("/figures?centre=" + DemoUsers.DANDERYD_MORBY);
    return paths;
  }

  @Test
  void everyRequestOfThePluginAsEveryRoleShowsNoSecretAndOnlyTheOverseeingRolesGetAnswers() {
    List<String> paths = requestsOfTheFrontEnd(WebappSession.signIn(port, engine, "admin", "cockpit"));
    assertThat(paths).hasSizeGreaterThan(8).contains("/coverage/skane", "/coverage/stockholm",
        "/figures?centre=" + DemoUsers.DANDERYD_MORBY);
    List<String> secrets = List.of(report.childNumber(), report.childNumber().replace("-", ""), report.reportText(),
        report.protectionAssessment(), referral.description(), referral.supportSummary(), report.reference(),
        referral.reference(), "HEMLIG");
    List<String> users = new ArrayList<>(DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id).toList());
    users.add("admin");
    List<String> tried = new ArrayList<>();
    for (String user : users) {
      boolean reader = user.equals("admin") || DemoUsers.USERS.stream()
          .anyMatch(u -> u.id().equals(user) && READERS.contains(u.group().id));
      WebappSession session = WebappSession.signIn(port, engine, user, reader ? "cockpit" : "tasklist");
      for (String path : paths) {
        Rest.Answer answer = session.get(ROOT + path);
        tried.add(user + " " + path);
        assertThat(answer.body()).as(user + " " + path).doesNotContain(secrets);
        for (String official : users) {
          assertThat(answer.body()).as(user + " " + path + " names no official").doesNotContain(official + "\"");
        }
        if (reader) {
          assertThat(answer.status()).as(user + " " + path).isEqualTo(200);
        } else {
          assertThat(answer.status()).as(user + " " + path).isEqualTo(403);
          assertThat(answer.body()).contains("Familjecentraler visas bara för förvaltningsledning, revision och");
        }
      }
    }
    assertThat(tried).hasSize(users.size() * paths.size());
  }

  @Test
  void theRegisterAndTheCoordinatorsOverviewShowEachCentresStepAndNextEvaluation() {
    WebappSession coordinator = WebappSession.signIn(port, engine, "lena.persson", "cockpit");
    JsonNode active = centre(coordinator.get(ROOT + "/centres").json(), activeCentre);
    assertThat(active.get("status").get("name").asText()).isEqualTo("I drift");
    assertThat(active.get("classification").get("name").asText()).isEqualTo("Familjecentral");
    assertThat(active.get("agreement").get("statusName").asText()).isEqualTo("Beviljat");
    assertThat(active.get("agreement").get("from").asText()).isEqualTo("2022-03-01");
    assertThat(active.get("nextEvaluation").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(active.get("statusHistory").findValuesAsText("statusName")).startsWith("Initiativ registrerat")
        .endsWith("I drift");
    assertThat(active.get("legs").findValuesAsText("present")).containsOnly("true");

    JsonNode overview = coordinator.get(ROOT + "/coordination").json();
    assertThat(centre(overview, activeCentre).get("currentSteps").toString()).contains("utvärdering");
    assertThat(centre(overview, activeCentre).get("nextEvaluation").asText())
        .isEqualTo(active.get("nextEvaluation").asText());
    assertThat(centre(overview, investigatedCentre).get("currentSteps").toString()).contains("Utred");
    assertThat(centre(overview, investigatedCentre).get("nextEvaluation").isNull()).isTrue();

    JsonNode coverage = coordinator.get(ROOT + "/coverage/skane").json();
    assertThat(coverage.get("municipalitiesWithoutCentre").toString()).doesNotContain("\"Lund\"");
  }

  private static JsonNode centre(JsonNode list, String id) {
    for (JsonNode node : list) {
      if (id.equals(node.path("id").asText(node.path("centreId").asText()))) {
        return node;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  @Test
  void theFiguresSuppressSmallCountsAndRefuseAPeriodShorterThanACalendarMonth() {
    WebappSession manager = WebappSession.signIn(port, engine, "per.andersson", "cockpit");
    // every count of every month is either suppressed or at least five, however many cases other tests made
    JsonNode figures = manager.get(ROOT + "/figures?centre=" + DemoUsers.DANDERYD_MORBY).json();
    assertThat(figures.get("centreName").asText()).isNotBlank();
    for (JsonNode month : figures.get("months")) {
      for (String count : List.of("referrals", "reportsOfConcern")) {
        JsonNode value = month.get(count);
        assertThat(value.isNumber() ? value.asInt() >= 5 : SmallCount.FEWER_THAN_FIVE.equals(value.asText()))
            .as(count + " of " + month).isTrue();
      }
    }
    // a month without a single case at Mörby (before the product ran): nought is fewer than five too
    JsonNode quiet = manager.get(ROOT + "/figures?centre=" + DemoUsers.DANDERYD_MORBY + "&from=2010-01&to=2010-01")
        .json().get("months").get(0);
    assertThat(quiet.get("referrals").asText()).isEqualTo(SmallCount.FEWER_THAN_FIVE);
    assertThat(quiet.get("reportsOfConcern").asText()).isEqualTo(SmallCount.FEWER_THAN_FIVE);

    Rest.Answer day = manager.get(ROOT + "/figures?from=2026-03-15&to=2026-03-31");
    assertThat(day.status()).isEqualTo(400);
    assertThat(day.json().get("field").asText()).isEqualTo("from");
    assertThat(day.json().get("message").asText()).contains("Fältet from").contains("kalendermånad");
    Rest.Answer week = manager.get(ROOT + "/figures?from=2026-03&to=2026-03-07");
    assertThat(week.status()).isEqualTo(400);
    assertThat(week.json().get("field").asText()).isEqualTo("to");
  }

  @Test
  void theFrontEndIsServedByCockpitAndTheSamordnareMaySignInToCockpit() {
    WebappSession coordinator = WebappSession.signIn(port, engine, "lena.persson", "cockpit");
    Rest.Answer script = coordinator.get("/camunda/api/cockpit/plugin/familjecentraler/static/app/plugin.js");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("pluginPoint: 'cockpit.route'").contains("Familjecentraler");
    assertThat(coordinator.get(ROOT + "/coordination").status()).isEqualTo(200);
  }
}
