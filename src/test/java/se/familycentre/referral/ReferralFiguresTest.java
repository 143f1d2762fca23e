package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * GET /api/referral/figures: aggregated follow-up figures per centre and period, written by the process steps.
 * Uses the Rinkeby centre, where no other test starts referrals.
 */
@FamilyCentreSpringTest
class ReferralFiguresTest {

  static final String RINKEBY = DemoUsers.STOCKHOLM_RINKEBY;
  static final String FIGURES = "/api/referral/figures?centre=" + RINKEBY;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  ReferralTestSupport s;
  Rest rest;

  @BeforeEach
  void setUp() {
    s = new ReferralTestSupport(runtimeService, taskService, managementService, identityService, jdbc);
    rest = new Rest(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ProcessInstance startAsAmira(String ageBand, String concern) {
    return AsUser.call(identityService, "amira.hassan", () -> runtimeService.startProcessInstanceByKey(
        ReferralProcess.KEY, ReferralTestSupport.startForm(RINKEBY, "bvc", ageBand, concern)));
  }

  @Test
  void figuresCountEachStepPerCentreWithoutPersonalData() {
    JsonNode before = rest.get("per.andersson", FIGURES).json();

    // declined, re-routed, accepted three days later
    ProcessInstance accepted = startAsAmira("AGE_3_6", "PARENTING");
    s.completeAs("amira.hassan", s.task(accepted, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("SOCIAL_SERVICES"));
    taskService.complete(s.receiverTask(accepted, ReferralSupportProcess.Ids.ACCEPT_REFERRAL).getId(), Map.of(
        ReferralSupportProcess.Vars.ACCEPTED, "false", ReferralSupportProcess.Vars.DECLINE_REASON, "Fullt"));
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 3L * 24 * 3600 * 1000));
    taskService.complete(s.receiverTask(accepted, ReferralSupportProcess.Ids.ACCEPT_REFERRAL).getId(), Map.of(
        ReferralSupportProcess.Vars.ACCEPTED, "true",
        ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, SwedishTime.today().toString()));
    ClockUtil.reset();
    // consent withheld
    ProcessInstance withheld = startAsAmira("AGE_1_3", "LANGUAGE");
    s.completeAs("amira.hassan", s.task(withheld, ReferralProcess.Ids.RECORD_CONSENT),
        Map.of(ReferralProcess.Vars.CONSENT_GIVEN, false));
    // consent withdrawn
    ProcessInstance withdrawn = startAsAmira("AGE_1_3", "LANGUAGE");
    s.completeAs("amira.hassan", s.task(withdrawn, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("REGION"));
    runtimeService.createMessageCorrelation(ReferralProcess.Messages.CONSENT_WITHDRAWN)
        .processInstanceBusinessKey(withdrawn.getBusinessKey()).correlate();
    // a report of concern, assessed the same day
    ProcessInstance report = startAsAmira("AGE_0_1", "CHILD_HARMED");
    s.completeAs("amira.hassan", s.task(report, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "20230115-0005")
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Oro"));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(report.getId())
        .singleResult();
    taskService.complete(s.task(intake, ReportOfConcernProcess.Ids.ASSESS_PROTECTION).getId(),
        Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, "Inget akut"));

    Rest.Answer answer = rest.get("per.andersson", FIGURES);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode after = answer.json();
    assertThat(delta(before, after, "referrals")).isEqualTo(4);
    assertThat(delta(before, after, "consentWithheld")).isEqualTo(1);
    assertThat(delta(before, after, "consentWithdrawn")).isEqualTo(1);
    assertThat(delta(before, after, "accepted")).isEqualTo(1);
    assertThat(delta(before, after, "declined")).isEqualTo(1);
    assertThat(delta(before, after, "reportsOfConcern")).isEqualTo(1);
    assertThat(delta(before, after, "reportsAssessedWithinDeadline")).isEqualTo(1);
    assertThat(after.get("medianDaysToFirstContact").asDouble()).isEqualTo(3.0);
    assertThat(after.get("shareAssessedWithinDeadline").asDouble()).isEqualTo(1.0);
    assertThat(after.get("bySourceAndTarget").toString())
        .contains("{\"sourceGroup\":\"bvc\",\"targetService\":\"PARENTING_PROGRAMME_ABC\",\"offered\":1,"
            + "\"accepted\":0,\"declined\":1}")
        .contains("\"targetService\":\"SOCIAL_COUNSELLOR\",\"offered\":1,\"accepted\":1,\"declined\":0");
    assertThat(answer.body()).doesNotContain(accepted.getBusinessKey(), report.getBusinessKey(), "20230115",
        "Oro\"", "amira");
  }

  @Test
  void figuresAreForAuthenticatedUsersAndStaffSeeTheirOwnCentreOnly() {
    assertThat(rest.get(null, FIGURES).status()).isEqualTo(401);
    assertThat(rest.get("erik.johansson", FIGURES).status()).as("Danderyd staff, Rinkeby figures").isEqualTo(403);
    assertThat(rest.get("erik.johansson", "/api/referral/figures").status()).as("all centres").isEqualTo(403);
    assertThat(rest.get("amira.hassan", FIGURES).status()).isEqualTo(200);
    assertThat(rest.get("ingrid.wallin", "/api/referral/figures").status()).isEqualTo(200);
    assertThat(rest.get("lena.persson", FIGURES + "&from=2026-01-01&to=2026-12-31").status()).isEqualTo(200);
    assertThat(rest.get("per.andersson", FIGURES + "&from=igår").status()).isEqualTo(400);
  }

  static long delta(JsonNode before, JsonNode after, String field) {
    return after.get(field).asLong() - before.get(field).asLong();
  }
}
