package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Each rule of the guardians' consent (Offentlighets- och sekretesslagen 25:1, 26:1; Föräldrabalken 6:11–13 for
 * joint custody) with a test of its own: the refusal names the field in Swedish, the task "Dokumentera samtycke"
 * stays open, nothing is saved (no consent in the case or in the figures, nothing handed to a receiver), and the
 * same answer with the rule met goes through. Turning off any one rule in {@link RecordConsentDecisionDelegate} or
 * {@link ReferralConsent} fails its test here.
 */
@FamilyCentreSpringTest
class ConsentRulesTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  /** A referral for parenting support (3–6 years: the ABC programme of social services), waiting for consent. */
  private ProcessInstance waitingForConsent() {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "PARENTING");
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT);
    return referral;
  }

  /** The consent as the form gives it, valid, for social services, with sole custody. */
  private static Map<String, Object> consent() {
    Map<String, Object> answers = ReferralTestSupport.consent("SOCIAL_SERVICES");
    answers.put(ReferralProcess.Vars.JOINT_CUSTODY, false);
    answers.put(ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED, false);
    return answers;
  }

  private void refused(Map<String, Object> answers, String field, String message) {
    ProcessInstance referral = waitingForConsent();
    Task task = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT);

    assertThatThrownBy(() -> s.completeAs("erik.johansson", task, answers)).isInstanceOf(InputRefused.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat((Object) ((InputRefused) e).getDetail()).isEqualTo(field));

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT).hasNotPassed(ReferralProcess.Ids.SHARE_REFERRAL);
    assertThat(runtimeService.getVariables(referral.getId())).as("nothing of the answer saved")
        .doesNotContainKeys(ReferralProcess.Vars.CONSENT_GIVEN, ReferralProcess.Vars.CONSENT_ORGANISATIONS,
            ReferralProcess.Vars.CONSENT_VALID_UNTIL, ReferralProcess.Vars.JOINT_CUSTODY);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableName(ReferralProcess.Vars.CONSENT_GIVEN).count()).as("nor in history").isZero();
    assertThat(s.caseRow(referral.getBusinessKey()).get("CONSENT")).as("nor in the figures").isNull();
    assertThat(s.offers(referral.getBusinessKey())).as("nothing offered to a receiver").isEmpty();
  }

  private ProcessInstance accepted(Map<String, Object> answers) {
    ProcessInstance referral = waitingForConsent();
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT), answers);
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECEIVER_WORK);
    assertThat(s.caseRow(referral.getBusinessKey()).get("CONSENT")).isEqualTo(ConsentOutcome.GIVEN.name());
    return referral;
  }

  @Test
  void withJointCustodyBothGuardiansMustConsent() {
    Map<String, Object> onlyOne = consent();
    onlyOne.put(ReferralProcess.Vars.JOINT_CUSTODY, true);
    onlyOne.put(ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED, false);
    refused(onlyOne, ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED,
        "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.");

    Map<String, Object> both = consent();
    both.put(ReferralProcess.Vars.JOINT_CUSTODY, true);
    both.put(ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED, true);
    accepted(both);
  }

  @Test
  void withSoleCustodyOneGuardiansConsentIsEnough() {
    accepted(consent());
  }

  @Test
  void theConsentMustNameTheOrganisationsItCovers() {
    Map<String, Object> none = consent();
    none.put(ReferralProcess.Vars.CONSENT_ORGANISATIONS, Spin.JSON(List.of()));
    refused(none, ReferralProcess.Vars.CONSENT_ORGANISATIONS, "Ange vilken eller vilka verksamheter samtycket gäller.");
  }

  @Test
  void theConsentCoversOnlyKnownReceivingOrganisations() {
    Map<String, Object> unknown = consent();
    unknown.put(ReferralProcess.Vars.CONSENT_ORGANISATIONS, Spin.JSON(List.of("SOCIAL_SERVICES", "SCHOOL")));
    // the form's options decide (the engine's form guard), before the consent step's own check
    refused(unknown, ReferralProcess.Vars.CONSENT_ORGANISATIONS,
        "Fältet \"Verksamheter som samtycket gäller\" har inte alternativet \"SCHOOL\"");
  }

  @Test
  void theConsentMustSayWhatMayBeShared() {
    Map<String, Object> what = consent();
    what.put(ReferralProcess.Vars.CONSENT_SHARED_INFORMATION, "");
    refused(what, ReferralProcess.Vars.CONSENT_SHARED_INFORMATION, "Ange vilka uppgifter som får lämnas.");
  }

  @Test
  void theConsentMustSayForWhatPurpose() {
    Map<String, Object> purpose = consent();
    purpose.put(ReferralProcess.Vars.CONSENT_PURPOSE, "");
    refused(purpose, ReferralProcess.Vars.CONSENT_PURPOSE, "Ange i vilket syfte uppgifterna får lämnas.");
  }

  @Test
  void theConsentMustHaveAnEndDate() {
    Map<String, Object> open = consent();
    open.remove(ReferralProcess.Vars.CONSENT_VALID_UNTIL);
    refused(open, ReferralProcess.Vars.CONSENT_VALID_UNTIL, "Ange till och med vilket datum samtycket gäller.");
  }

  @Test
  void theConsentMustBeValidBeyondToday() {
    Map<String, Object> today = consent();
    today.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, SwedishTime.today().toString());
    refused(today, ReferralProcess.Vars.CONSENT_VALID_UNTIL, "Samtycket måste gälla till ett datum i framtiden");

    Map<String, Object> tomorrow = consent();
    tomorrow.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, SwedishTime.today().plusDays(1).toString());
    accepted(tomorrow);
  }

  @Test
  void theConsentIsValidAtMostAsLongAsTheConfigurationAllows() {
    // familycentre.referral.consent-max-validity, 12 months by default
    Map<String, Object> tooLong = consent();
    tooLong.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, SwedishTime.today().plusMonths(12).plusDays(1).toString());
    refused(tooLong, ReferralProcess.Vars.CONSENT_VALID_UNTIL,
        "Samtycket kan gälla högst till och med " + SwedishTime.today().plusMonths(12));

    Map<String, Object> century = consent();
    century.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, "2126-01-01");
    refused(century, ReferralProcess.Vars.CONSENT_VALID_UNTIL, "(angivet: 2126-01-01)");

    Map<String, Object> longest = consent();
    longest.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, SwedishTime.today().plusMonths(12).toString());
    accepted(longest);
  }

  @Test
  void aConsentThatDoesNotCoverTheRoutedOrganisationSharesNothing() {
    // parenting support goes to social services; a consent for the region only does not cover it
    ProcessInstance referral = waitingForConsent();
    Map<String, Object> region = consent();
    region.put(ReferralProcess.Vars.CONSENT_ORGANISATIONS, Spin.JSON(List.of("REGION")));
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT), region);

    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT)
        .hasPassed(ReferralProcess.Ids.CONSENT_NOT_COVERING).hasNotPassed(ReferralProcess.Ids.SHARE_REFERRAL);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.CONSENT_MISSING_FOR).toString())
        .contains("SOCIAL_SERVICES");
    assertThat(s.offers(referral.getBusinessKey())).isEmpty();
  }

  @Test
  void aConsentThatHasExpiredWhenTheReferralIsSharedAgainSharesNothing() {
    // consent valid for a week; social services declines after eight days: the re-routed offer is not covered
    Map<String, Object> week = consent();
    week.put(ReferralProcess.Vars.CONSENT_VALID_UNTIL, SwedishTime.today().plusDays(7).toString());
    ProcessInstance referral = accepted(week);
    ProcessInstance first = s.support(referral);
    ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(SwedishTime.today().plusDays(8).atTime(10, 0)));
    try {
      s.completeAs("sara.berg", s.task(first, ReferralSupportProcess.Ids.ACCEPT_REFERRAL),
          ReferralTestSupport.decline("Gruppen är full"));

      assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT)
          .hasPassed(ReferralProcess.Ids.CONSENT_NOT_COVERING);
      assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.CONSENT_MISSING_FOR).toString())
          .contains("SOCIAL_SERVICES");
      assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count())
          .as("no new receiver").isZero();
      assertThat(s.offers(referral.getBusinessKey())).extracting(o -> o.get("TARGET_SERVICE") + "/" + o.get("ANSWER"))
          .as("only the first, declined offer").containsExactly("PARENTING_PROGRAMME_ABC/DECLINED");
    } finally {
      ClockUtil.reset();
    }
  }
}
