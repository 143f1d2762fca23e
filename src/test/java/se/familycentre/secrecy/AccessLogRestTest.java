package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.secrecy.AccessLog.Action;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * GET /api/access-log and /api/access-log.csv: auditors and administrators list who read or changed which case's
 * personal data in a period (Swedish days, both included), never the data; everyone else is refused in Swedish, and
 * so is a missing or unreasonable period. Every test logs its own referral in February 2031.
 */
@FamilyCentreSpringTest
class AccessLogRestTest {

  static final String DOOR = "GET /engine-rest/task/42/form-variables";
  static final String FEBRUARY = "from=2031-02-01&to=2031-02-28";

  @Autowired ProcessEngine processEngine;
  @Autowired JdbcAccessLog accessLog;
  @Autowired ReferralTestSupport s;
  @LocalServerPort int port;
  Rest rest;
  Rest client;
  ProcessInstance referral;

  @BeforeEach
  void logOneReferralAroundFebruary() {
    rest = new Rest(port);
    client = new Rest(port);
    referral = s.startAsErik("AGE_1_3", "PARENTING");
    log(LocalDateTime.of(2031, 1, 31, 23, 59, 59), "sara.berg", Action.READ, ReferralProcess.Vars.DESCRIPTION);
    log(LocalDateTime.of(2031, 2, 1, 0, 0, 0), "sara.berg", Action.READ, ReferralProcess.Vars.DESCRIPTION,
        ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    log(LocalDateTime.of(2031, 2, 14, 10, 15, 0), "erik.johansson", Action.CHANGE, ReferralProcess.Vars.DESCRIPTION);
    log(LocalDateTime.of(2031, 2, 28, 23, 59, 59), "maria.nilsson", Action.READ, ReferralProcess.Vars.CONSENT_GIVEN);
    log(LocalDateTime.of(2031, 3, 1, 0, 0, 0), "sara.berg", Action.READ, ReferralProcess.Vars.DESCRIPTION);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void log(LocalDateTime at, String user, Action action, String... names) {
    ClockUtil.setCurrentTime(Date.from(at.atZone(JdbcAccessLog.SWEDISH_TIME).toInstant()));
    ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          accessLog.record(new AccessLog.Entry(user, action, ReferralProcess.KEY, referral.getId(), List.of(names),
              DOOR));
          return null;
        });
    ClockUtil.reset();
  }

  String list(String query) {
    return "/api/access-log?" + query + "&caseReference=" + referral.getBusinessKey();
  }

  static List<String> field(JsonNode rows, String name) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(name).asText()));
    return values;
  }

  @Test
  void anAuditorListsWhoReadOrChangedACaseInAPeriodWithoutItsData() {
    Rest.Answer answer = rest.get("ingrid.wallin", list(FEBRUARY));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode rows = answer.json();
    assertThat(field(rows, "userId")).containsExactly("sara.berg", "erik.johansson", "maria.nilsson");
    assertThat(field(rows, "loggedAt")).containsExactly("2031-02-01T00:00:00+01:00", "2031-02-14T10:15:00+01:00",
        "2031-02-28T23:59:59+01:00");
    JsonNode first = rows.get(0);
    assertThat(first.get("action").asText()).isEqualTo("READ");
    assertThat(first.get("caseReference").asText()).isEqualTo(referral.getBusinessKey());
    assertThat(first.get("centreId").asText()).isEqualTo("danderyd-morby");
    assertThat(first.get("processDefinitionKey").asText()).isEqualTo(ReferralProcess.KEY);
    assertThat(first.get("processInstanceId").asText()).isEqualTo(referral.getId());
    assertThat(first.get("door").asText()).isEqualTo(DOOR);
    assertThat(Rest.JSON.convertValue(first.get("variables"), List.class))
        .containsExactly(ReferralProcess.Vars.DESCRIPTION, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    assertThat(rows.get(1).get("action").asText()).isEqualTo("CHANGE");
    assertThat(answer.body()).as("never a value").doesNotContain("trötthet");
  }

  @Test
  void theListIsNarrowedByUserAndPaged() {
    assertThat(field(rest.get("ingrid.wallin", list(FEBRUARY + "&userId=sara.berg")).json(), "userId"))
        .containsExactly("sara.berg");
    assertThat(field(rest.get("admin", list(FEBRUARY + "&maxResults=2")).json(), "userId"))
        .containsExactly("sara.berg", "erik.johansson");
    assertThat(field(rest.get("admin", list(FEBRUARY + "&firstResult=2&maxResults=2")).json(), "userId"))
        .containsExactly("maria.nilsson");
    assertThat(field(rest.get("admin", list("from=2031-03-01&to=2031-03-01")).json(), "loggedAt"))
        .containsExactly("2031-03-01T00:00:00+01:00");
  }

  @Test
  void theMonthlyExportIsSwedishCsvWithTheFilenameOfItsPeriod() {
    Rest.Answer csv = client.get("ingrid.wallin", "/api/access-log.csv?" + FEBRUARY + "&caseReference="
        + referral.getBusinessKey());

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
    assertThat(csv.header("Content-Disposition"))
        .hasValue("attachment; filename=\"atkomstlogg_2031-02-01_2031-02-28.csv\"");
    String body = csv.body();
    assertThat(body).as("a byte order mark for Excel").startsWith("\uFEFF");
    List<String> lines = List.of(body.substring(1).split("\r\n"));
    assertThat(lines).containsExactly(
        "Tidpunkt;Användare;Åtgärd;Ärende;Familjecentral;Process;Processinstans;Variabler;Åtkomstväg",
        "2031-02-01 00:00:00;sara.berg;Läsning;" + referral.getBusinessKey() + ";danderyd-morby;"
            + ReferralProcess.KEY + ";" + referral.getId() + ";description,childPersonalIdentityNumber;" + DOOR,
        "2031-02-14 10:15:00;erik.johansson;Ändring;" + referral.getBusinessKey() + ";danderyd-morby;"
            + ReferralProcess.KEY + ";" + referral.getId() + ";description;" + DOOR,
        "2031-02-28 23:59:59;maria.nilsson;Läsning;" + referral.getBusinessKey() + ";danderyd-morby;"
            + ReferralProcess.KEY + ";" + referral.getId() + ";consentGiven;" + DOOR);

    Rest.Answer all = client.get("admin", "/api/access-log.csv?" + FEBRUARY);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).contains(lines.get(1), lines.get(2), lines.get(3))
        .doesNotContain("2031-01-31 23:59:59;sara.berg;Läsning;" + referral.getBusinessKey());
  }

  @Test
  void onlyAuditorsAndAdministratorsMayReadTheLog() {
    for (String path : List.of(list(FEBRUARY), "/api/access-log.csv?" + FEBRUARY)) {
      for (String user : List.of("erik.johansson", "sara.berg", "johan.holm", "lena.persson", "per.andersson")) {
        Rest.Answer refused = rest.get(user, path);
        assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.json().get("message").asText())
            .isEqualTo("Bara revisionen och administratörer kan läsa åtkomstloggen.");
        assertThat(refused.body()).doesNotContain(referral.getBusinessKey());
      }
      assertThat(rest.get(null, path).status()).as("anonymous").isEqualTo(401);
      assertThat(rest.get("ingrid.wallin", path).status()).isEqualTo(200);
      assertThat(rest.get("admin", path).status()).isEqualTo(200);
    }
  }

  @Test
  void aMissingOrUnreasonablePeriodIsRefusedNamingTheParameter() {
    for (String endpoint : List.of("/api/access-log?", "/api/access-log.csv?")) {
      assertRefused(endpoint + "to=2031-02-28", "Ange from: periodens första dag (ÅÅÅÅ-MM-DD).");
      assertRefused(endpoint + "from=2031-02-01", "Ange to: periodens sista dag (ÅÅÅÅ-MM-DD).");
      assertRefused(endpoint + "from=2031-02-30&to=2031-03-31", "from ska vara ett datum (ÅÅÅÅ-MM-DD).");
      assertRefused(endpoint + "from=2031-02-01&to=28/2", "to ska vara ett datum (ÅÅÅÅ-MM-DD).");
      assertRefused(endpoint + "from=2031-02-28&to=2031-02-01",
          "to (2031-02-01) ligger före from (2031-02-28): perioden slutar innan den börjar.");
      assertRefused(endpoint + "from=2031-01-01&to=2032-01-02",
          "Perioden from–to får vara högst 366 dagar (nu 367 dagar).");
      assertThat(rest.get("ingrid.wallin", endpoint + "from=2031-01-01&to=2032-01-01").status())
          .as("366 days").isEqualTo(200);
    }
    assertRefused(list(FEBRUARY + "&maxResults=1001"), "maxResults ska vara ett heltal från 1 till 1000.");
    assertRefused(list(FEBRUARY + "&maxResults=0"), "maxResults ska vara ett heltal från 1 till 1000.");
    assertRefused(list(FEBRUARY + "&maxResults=many"), "maxResults ska vara ett heltal från 1 till 1000.");
    assertRefused(list(FEBRUARY + "&firstResult=-1"), "firstResult ska vara ett heltal, 0 eller större.");
    assertThat(rest.get("ingrid.wallin", list(FEBRUARY + "&maxResults=1000")).status()).isEqualTo(200);
  }

  void assertRefused(String path, String message) {
    Rest.Answer answer = rest.get("ingrid.wallin", path);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).as(path).isEqualTo(message);
  }
}
