package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SmallCount;
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
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired ReferralFigureCounts counts;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  @BeforeEach
  void setUp() {
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
    ReferralFigureCounts.Counts before = counts.count(RINKEBY, thisYear());

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
    String childNumber = ReferralTestSupport.childNumberIn("AGE_0_1", 5);
    s.completeAs("amira.hassan", s.task(report, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, childNumber)
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Oro"));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(report.getId())
        .singleResult();
    taskService.complete(s.task(intake, ReportOfConcernProcess.Ids.ASSESS_PROTECTION).getId(),
        Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, "Inget akut"));

    Rest.Answer answer = rest.get("per.andersson", FIGURES);
    assertThat(answer.status()).isEqualTo(200);
    ReferralFigureCounts.Counts after = counts.count(RINKEBY, thisYear());
    assertThat(after.referrals() - before.referrals()).isEqualTo(4);
    assertThat(after.consentWithheld() - before.consentWithheld()).isEqualTo(1);
    assertThat(after.consentWithdrawn() - before.consentWithdrawn()).isEqualTo(1);
    assertThat(after.accepted() - before.accepted()).isEqualTo(1);
    assertThat(after.declined() - before.declined()).isEqualTo(1);
    assertThat(after.reportsOfConcern() - before.reportsOfConcern()).isEqualTo(1);
    assertThat(after.reportsAssessedWithinDeadline() - before.reportsAssessedWithinDeadline()).isEqualTo(1);
    assertThat(after.daysToFirstContact()).contains(3L);
    assertThat(after.flows()).contains(
        new ReferralFigureCounts.FlowCount("bvc", "PARENTING_PROGRAMME_ABC", 1, 0, 1),
        new ReferralFigureCounts.FlowCount("bvc", "SOCIAL_COUNSELLOR", 1, 1, 0));
    // what the API shows of so few cases: "färre än 5", and no median or share of them
    JsonNode shown = answer.json();
    assertThat(after.reportsOfConcern()).isLessThan(5);
    assertThat(shown.get("reportsOfConcern").asText()).isEqualTo(SmallCount.FEWER_THAN_FIVE);
    assertThat(shown.get("consentWithheld").asText()).isEqualTo(SmallCount.FEWER_THAN_FIVE);
    assertThat(shown.get("shareAssessedWithinDeadline").isNull()).isTrue();
    assertThat(shown.get("medianDaysToFirstContact").isNull()).isTrue();
    assertThat(shown.get("bySourceAndTarget").toString())
        .contains("{\"sourceGroup\":\"bvc\",\"targetService\":\"PARENTING_PROGRAMME_ABC\",\"offered\":\"färre än 5\","
            + "\"accepted\":\"färre än 5\",\"declined\":\"färre än 5\"}");
    assertThat(answer.body()).doesNotContain(accepted.getBusinessKey(), report.getBusinessKey(), childNumber.substring(0, 8),
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

  @Test
  void fiveOrMoreAreShownAsTheyAreAndTheMedianWithThem() {
    ReferralFiguresController.Figures shown = ReferralFiguresController.figures(RINKEBY, thisYear(),
        new ReferralFigureCounts.Counts(7, 5, java.util.List.of(), 5, 5, 0, java.util.List.of(1L, 2L, 3L, 4L, 9L), 5,
            6, 1, 0, 0, 5, 5, 4, 1, 0, 0, 2));
    assertThat(shown.referrals().shown()).isEqualTo(7L);
    assertThat(shown.consentWithheld().shown()).isEqualTo(SmallCount.FEWER_THAN_FIVE);
    assertThat(shown.medianDaysToFirstContact()).isEqualTo(3.0);
    assertThat(shown.shareAssessedWithinDeadline()).isEqualTo(0.8);
    assertThat(shown.deadlinesMet().shown()).isEqualTo(9L);
  }

  @Test
  void noPeriodShorterThanACalendarMonthIsAnswered() {
    Rest.Answer day = rest.get("per.andersson", FIGURES + "&from=2026-03-15&to=2026-03-31");
    assertThat(day.status()).isEqualTo(400);
    assertThat(day.json().get("field").asText()).isEqualTo("from");
    assertThat(day.json().get("message").asText()).startsWith("Fältet from ska vara en månad");
    Rest.Answer days = rest.get("per.andersson", FIGURES + "&from=2026-03-01&to=2026-03-30");
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.json().get("field").asText()).isEqualTo("to");
    assertThat(rest.get("per.andersson", FIGURES + "&from=2026-03&to=2026-03").status()).isEqualTo(200);
    assertThat(rest.get("per.andersson", FIGURES + "&from=2026-03-01&to=2026-04-30").status()).isEqualTo(200);
  }

  static FigurePeriod thisYear() {
    return FigurePeriod.of(null, null, SwedishTime.today());
  }
}
