package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.familycentre.referral.ReferralTestSupport.accept;
import static se.familycentre.referral.ReferralTestSupport.decline;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.ACCEPT_REFERRAL;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.GIVE_SUPPORT;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.RECORD_RECEIVER_ANSWER;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.REFERRAL_DECLINED;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.ACCEPTED;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.DECLINE_REASON;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.FOLLOW_UP_ON;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.FOLLOW_UP_RESULT;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.SUPPORT_SUMMARY;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Messages;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * familyReferralProcess: the voluntary referral paths, one method per path. The receiving organisation's work runs in
 * its own process (referralSupportProcess, see ReferralSupportProcessTest); here it is followed as far as the
 * referral's path needs it.
 */
@FamilyCentreSpringTest
class FamilyReferralProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void consentGivenAcceptedSupportedAndFollowedUpIsHandedBackWithItsOutcome() {
    ProcessInstance pi = s.startAsErik("AGE_3_6", "PARENTING");
    String ref = pi.getBusinessKey();
    assertThat(ref).matches("REF-\\d{4}-\\d{6}");
    assertThat(pi.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(pi).isWaitingAt(Ids.RECORD_CONSENT);
    assertThat(pi).hasVariables("caseReference", "centreName");
    assertThat(runtimeService.getVariable(pi.getId(), "centreName")).isEqualTo("Familjecentralen Mörby");
    assertThat(s.candidateGroups(s.task(pi, Ids.RECORD_CONSENT))).containsExactly("bvc");

    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), ReferralTestSupport.consent("SOCIAL_SERVICES"));
    assertThat(pi).isWaitingAt(Ids.RECEIVER_WORK);
    ProcessInstance support = s.support(pi);
    assertThat(support.getBusinessKey()).as("the referral's id").isEqualTo(ref);
    assertThat(support.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(support).isWaitingAt(ACCEPT_REFERRAL);
    Task accept = s.task(support, ACCEPT_REFERRAL);
    assertThat(s.candidateGroups(accept)).containsExactly("socialtjanst-forebyggande");
    assertThat(accept.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(accept.getDueDate()).isAfter(SwedishTime.now());
    assertThat(runtimeService.getVariable(pi.getId(), Vars.TARGET_SERVICE)).isEqualTo("PARENTING_PROGRAMME_ABC");

    s.completeAs("sara.berg", accept, accept());
    java.time.LocalDate followUpOn = se.familycentre.shared.SwedishTime.today().plusMonths(5);
    s.completeAs("sara.berg", s.task(support, GIVE_SUPPORT), Map.of(SUPPORT_SUMMARY, "Fyra ABC-träffar",
        FOLLOW_UP_ON, followUpOn.toString()));
    // the follow-up date set when the support was given is the follow-up task's follow-up date in Tasklist
    org.assertj.core.api.Assertions.assertThat(s.task(support, FOLLOW_UP_SUPPORT).getFollowUpDate())
        .isEqualTo(java.sql.Timestamp.valueOf(followUpOn.atStartOfDay()));
    s.completeAs("sara.berg", s.task(support, FOLLOW_UP_SUPPORT), Map.of(FOLLOW_UP_RESULT, "Föräldrarna nöjda"));
    assertThat(support).isEnded().hasPassedInOrder(ACCEPT_REFERRAL, RECORD_RECEIVER_ANSWER, GIVE_SUPPORT,
        FOLLOW_UP_SUPPORT, ReferralSupportProcess.Ids.SUPPORT_GIVEN);
    assertThat(s.candidateGroups(s.task(pi, Ids.HAND_BACK))).containsExactly("bvc");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.WORK_OUTCOME)).isEqualTo(Values.SUPPORTED);
    s.completeAs("erik.johansson", s.task(pi, Ids.HAND_BACK), Map.of());

    assertThat(pi).isEnded().hasPassedInOrder(Ids.REGISTER_REFERRAL, Ids.RECORD_CONSENT, Ids.ROUTE_REFERRAL,
        Ids.SHARE_REFERRAL, Ids.RECEIVER_WORK, Ids.SUPPORT_GIVEN, Ids.HAND_BACK, Ids.RECORD_OUTCOME,
        Ids.REFERRAL_COMPLETED)
        .hasNotPassed(Ids.RECORD_DECLINE);
    assertThat(s.caseRow(ref)).containsEntry("CONSENT", "GIVEN").containsEntry("OUTCOME", "SUPPORTED")
        .containsEntry("SOURCE_GROUP", "bvc").containsEntry("PATH", "VOLUNTARY");
    assertThat(s.offers(ref)).singleElement().satisfies(o -> {
      assertThat(o).containsEntry("TARGET_SERVICE", "PARENTING_PROGRAMME_ABC").containsEntry("ANSWER", "ACCEPTED");
      assertThat(o.get("FIRST_CONTACT_ON")).isNotNull();
    });
  }

  @Test
  void consentWithheldEndsWithTheUniversalOfferAndNothingShared() {
    ProcessInstance pi = s.startAsErik("AGE_1_3", "PARENTING");
    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), Map.of(Vars.CONSENT_GIVEN, false));

    assertThat(pi).isEnded().hasPassed(Ids.UNIVERSAL_OFFER_KEPT).hasNotPassed(Ids.ROUTE_REFERRAL, Ids.SHARE_REFERRAL);
    assertThat(s.caseRow(pi.getBusinessKey())).containsEntry("CONSENT", "WITHHELD")
        .containsEntry("OUTCOME", "UNIVERSAL_OFFER_KEPT");
    assertThat(s.offers(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void consentThatDoesNotCoverTheRoutedOrganisationSharesNothingAndAsksTheGuardiansAgain() {
    // parent's mental health with a baby goes to the BHV psychologist (the region), consent only for social services
    ProcessInstance pi = s.startAsErik("AGE_0_1", "PARENT_MENTAL_HEALTH");
    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), ReferralTestSupport.consent("SOCIAL_SERVICES"));

    assertThat(pi).isWaitingAt(Ids.RECORD_CONSENT).hasPassed(Ids.CONSENT_NOT_COVERING).hasNotPassed(Ids.SHARE_REFERRAL,
        Ids.RECEIVER_WORK);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralSupportProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey()).count()).as("nothing went to the receiver").isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey(ACCEPT_REFERRAL).count()).isZero();
    assertThat(s.offers(pi.getBusinessKey())).isEmpty();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.CONSENT_MISSING_FOR).toString()).contains("REGION");

    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), ReferralTestSupport.consent("REGION"));
    assertThat(pi).isWaitingAt(Ids.RECEIVER_WORK);
    assertThat(s.support(pi)).isWaitingAt(ACCEPT_REFERRAL);
    assertThat(s.candidateGroups(s.receiverTask(pi, ACCEPT_REFERRAL))).containsExactly("bvc");
    assertThat(s.offers(pi.getBusinessKey())).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("TARGET_SERVICE", "BHV_PSYCHOLOGIST"));
  }

  @Test
  void consentWithdrawnMidWayCancelsTheReceiversWorkAndTheCancelledTaskCannotBeCompleted() {
    ProcessInstance pi = s.startAsErik("AGE_0_1", "PARENTING");
    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("REGION", "SOCIAL_SERVICES"));
    ProcessInstance support = s.support(pi);
    Task accept = s.task(support, ACCEPT_REFERRAL);
    assertThat(s.candidateGroups(accept)).containsExactly("bvc", "socialtjanst-forebyggande");
    assertThat(managementService.createJobQuery().processInstanceId(support.getId()).timers().count()).isOne();

    runtimeService.createMessageCorrelation(Messages.CONSENT_WITHDRAWN).processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();

    assertThat(pi).isEnded().hasPassed(Ids.RECORD_CONSENT_WITHDRAWN, Ids.CONSENT_WITHDRAWN_END)
        .hasNotPassed(Ids.SUPPORT_GIVEN, Ids.RECORD_DECLINE);
    // the receiver's instance is cancelled with the referral's sub-process: no instance, no task, no timer left
    assertThat(support).isEnded().hasNotPassed(RECORD_RECEIVER_ANSWER, GIVE_SUPPORT);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(support.getId()).singleResult()
        .getState()).isEqualTo("INTERNALLY_TERMINATED");
    assertThat(taskService.createTaskQuery().processInstanceId(support.getId()).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(support.getId()).count()).as("timer gone")
        .isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThatThrownBy(() -> s.completeAs("sara.berg", accept, accept()))
        .isInstanceOf(NullValueException.class).hasMessageContaining("Cannot find task");
    assertThat(s.caseRow(pi.getBusinessKey())).containsEntry("CONSENT", "WITHDRAWN")
        .containsEntry("OUTCOME", "CONSENT_WITHDRAWN");
    assertThat(s.offers(pi.getBusinessKey())).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("ANSWER", "CANCELLED"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId(), support.getId())
        .variableName(ACCEPTED).count()).as("the cancelled answer was never stored").isZero();
  }

  @Test
  void declinedReferralIsReRoutedAndAfterTheBoundTheCoordinatorDecides() {
    ProcessInstance pi = s.referredByErikToPreventiveSocialServices();
    assertThat(runtimeService.getVariable(pi.getId(), Vars.TARGET_SERVICE)).isEqualTo("PARENTING_PROGRAMME_ABC");

    ProcessInstance first = s.support(pi);
    s.completeAs("sara.berg", s.task(first, ACCEPT_REFERRAL), decline("Gruppen är full"));
    assertThat(first).isEnded().hasPassedInOrder(ACCEPT_REFERRAL, RECORD_RECEIVER_ANSWER, REFERRAL_DECLINED);
    assertThat(pi).hasPassedInOrder(Ids.RECEIVER_WORK, Ids.RECORD_DECLINE,
        Ids.ROUTE_REFERRAL).isWaitingAt(Ids.RECEIVER_WORK);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.TARGET_SERVICE)).as("re-routed")
        .isEqualTo("SOCIAL_COUNSELLOR");
    assertThat(runtimeService.getVariable(pi.getId(), Vars.DECLINE_COUNT)).isEqualTo(1);
    ProcessInstance second = s.support(pi);
    assertThat(second.getId()).as("a new instance for the next receiver").isNotEqualTo(first.getId());
    assertThat(runtimeService.getVariable(second.getId(), Vars.TARGET_SERVICE)).isEqualTo("SOCIAL_COUNSELLOR");
    assertThat(runtimeService.getVariable(second.getId(), DECLINE_REASON)).as("next receiver does not see it")
        .isNull();
    assertThat(runtimeService.getVariable(pi.getId(), DECLINE_REASON)).as("nor does the referral").isNull();

    s.completeAs("sara.berg", s.task(second, ACCEPT_REFERRAL), decline("Ingen tid"));
    assertThat(pi).isWaitingAt(Ids.COORDINATOR_DECIDES);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.DECLINE_COUNT)).isEqualTo(2);
    assertThat(s.candidateGroups(s.task(pi, Ids.COORDINATOR_DECIDES))).containsExactly("samordnare");

    s.completeAs("lena.persson", s.task(pi, Ids.COORDINATOR_DECIDES),
        Map.of(Vars.COORDINATOR_TARGET_SERVICE, "FAMILY_COUNSELLING"));
    assertThat(pi).isWaitingAt(Ids.RECEIVER_WORK);
    assertThat(s.support(pi)).isWaitingAt(ACCEPT_REFERRAL);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.TARGET_SERVICE)).isEqualTo("FAMILY_COUNSELLING");
    assertThat(s.offers(pi.getBusinessKey())).extracting(o -> o.get("TARGET_SERVICE") + "/" + o.get("ANSWER"))
        .containsExactly("PARENTING_PROGRAMME_ABC/DECLINED", "SOCIAL_COUNSELLOR/DECLINED", "FAMILY_COUNSELLING/OPEN");
  }

  @Test
  void coordinatorMayCloseAReferralTheTableCannotRoute() {
    // development before birth: the table has no service
    ProcessInstance pi = s.startAsErik("PREGNANCY", "DEVELOPMENT");
    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), ReferralTestSupport.consent("REGION"));
    assertThat(pi).isWaitingAt(Ids.COORDINATOR_DECIDES);
    s.completeAs("lena.persson", s.task(pi, Ids.COORDINATOR_DECIDES), Map.of(Vars.COORDINATOR_TARGET_SERVICE,
        Values.CLOSED));
    assertThat(pi).isWaitingAt(Ids.HAND_BACK).hasPassed(Ids.NO_SERVICE).hasNotPassed(Ids.SHARE_REFERRAL,
        Ids.RECEIVER_WORK);
    s.completeAs("erik.johansson", s.task(pi, Ids.HAND_BACK), Map.of());
    assertThat(s.caseRow(pi.getBusinessKey())).containsEntry("OUTCOME", "CLOSED");
  }

  @Test
  void consentWithdrawnWhileTheCoordinatorDecidesCancelsTheCoordinatorsTaskAndSharesNothing() {
    // development before birth: the table has no service, so the coordinator decides
    ProcessInstance pi = s.startAsErik("PREGNANCY", "DEVELOPMENT");
    s.completeAs("erik.johansson", s.task(pi, Ids.RECORD_CONSENT), ReferralTestSupport.consent("REGION"));
    assertThat(pi).isWaitingAt(Ids.COORDINATOR_DECIDES);
    Task decide = s.task(pi, Ids.COORDINATOR_DECIDES);

    runtimeService.createMessageCorrelation(Messages.CONSENT_WITHDRAWN).processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();

    assertThat(pi).isEnded()
        .hasPassedInOrder(Ids.COORDINATOR_DECIDES, Ids.RECORD_CONSENT_WITHDRAWN, Ids.CONSENT_WITHDRAWN_END)
        .hasPassed(Ids.CONSENT_WITHDRAWN_AT_COORDINATOR)
        .hasNotPassed(Ids.CONSENT_WITHDRAWN_BOUNDARY, Ids.SHARE_REFERRAL, Ids.RECEIVER_WORK, Ids.HAND_BACK);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
    assertThatThrownBy(() -> s.completeAs("lena.persson", decide, Map.of(Vars.COORDINATOR_TARGET_SERVICE,
        Values.CLOSED))).isInstanceOf(NullValueException.class).hasMessageContaining("Cannot find task");
    assertThat(s.caseRow(pi.getBusinessKey())).containsEntry("CONSENT", "WITHDRAWN")
        .containsEntry("OUTCOME", "CONSENT_WITHDRAWN");
  }
}
