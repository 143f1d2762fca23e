package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * "Hur brådskande?" sets the deadlines (the referrer's consent, the coordinator's routing decision, the receiving
 * organisation's first contact), and the home-visiting programme (Rinkeby: 2–15
 * months) is routed up to 15 months, not only under one year.
 */
@FamilyCentreSpringTest
class UrgencyAndHomeVisitsTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  ProcessInstance referAsErik(ReferralStart start) {
    ProcessInstance referral = AsUser.call(identityService, "erik.johansson",
        () -> runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, start.variables()));
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("SOCIAL_SERVICES", "REGION"));
    return referral;
  }

  Duration dueIn(ProcessInstance referral) {
    Task accept = s.receiverTask(referral, ReferralSupportProcess.Ids.ACCEPT_REFERRAL);
    assertThat(s.timerJob(s.support(referral).getId(), ReferralSupportProcess.Ids.FIRST_CONTACT_TIMER).getDuedate()
        .getTime() - accept.getDueDate().getTime()).as("timer and due date agree").isBetween(-60_000L, 60_000L);
    return Duration.ofMillis(accept.getDueDate().getTime() - System.currentTimeMillis());
  }

  @Test
  void anUrgentReferralGivesTheReceiverThreeDaysInsteadOfFourteen() {
    ProcessInstance normal = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6",
        "PARENTING"));
    ProcessInstance urgent = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6",
        "PARENTING").urgency("URGENT"));

    assertThat(dueIn(normal)).isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));
    assertThat(dueIn(urgent)).isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
  }

  static Duration dueIn(Task task) {
    assertThat(task.getDueDate()).as("due date of " + task.getTaskDefinitionKey()).isNotNull();
    return Duration.ofMillis(task.getDueDate().getTime() - System.currentTimeMillis());
  }

  ProcessInstance startAsErik(ReferralStart start) {
    return AsUser.call(identityService, "erik.johansson",
        () -> runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, start.variables()));
  }

  @Test
  void anUrgentReferralGivesTheReferrerOneDayInsteadOfSevenToDocumentTheConsent() {
    ProcessInstance normal = startAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6",
        "PARENTING"));
    ProcessInstance urgent = startAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6",
        "PARENTING").urgency("URGENT"));

    assertThat(dueIn(s.task(normal, ReferralProcess.Ids.RECORD_CONSENT)))
        .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
    assertThat(dueIn(s.task(urgent, ReferralProcess.Ids.RECORD_CONSENT)))
        .isBetween(Duration.ofDays(1).minusMinutes(5), Duration.ofDays(1));
  }

  @Test
  void anUrgentReferralGivesTheCoordinatorOneDayInsteadOfThreeToDecideTheRoute() {
    Map<String, Duration> due = new java.util.HashMap<>();
    for (String urgency : new String[] {"NORMAL", "URGENT"}) {
      ProcessInstance referral = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6",
          "PARENTING").urgency(urgency));
      for (int decline = 0; decline < 2; decline++) {
        s.completeAs("sara.berg", s.receiverTask(referral, ReferralSupportProcess.Ids.ACCEPT_REFERRAL),
            ReferralTestSupport.decline("Gruppen är full"));
      }
      assertThat(referral).isWaitingAt(ReferralProcess.Ids.COORDINATOR_DECIDES);
      due.put(urgency, dueIn(s.task(referral, ReferralProcess.Ids.COORDINATOR_DECIDES)));
    }
    assertThat(due.get("NORMAL")).isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
    assertThat(due.get("URGENT")).isBetween(Duration.ofDays(1).minusMinutes(5), Duration.ofDays(1));
  }

  @Test
  void aChildOfFourteenMonthsIsRoutedToTheHomeVisitingProgramme() {
    ProcessInstance referral = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_1_3",
        "PARENTING").childAgeMonths(14));
    assertThat(runtimeService.getVariable(s.support(referral).getId(), ReferralProcess.Vars.TARGET_SERVICE))
        .isEqualTo("EXTENDED_HOME_VISITING");
  }

  @Test
  void aChildOfTwentyMonthsOrWithoutMonthsGetsTheParentingProgrammeInstead() {
    ProcessInstance older = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_1_3",
        "PARENTING").childAgeMonths(20));
    ProcessInstance unknown = referAsErik(ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_1_3",
        "PARENTING"));
    assertThat(runtimeService.getVariable(s.support(older).getId(), ReferralProcess.Vars.TARGET_SERVICE))
        .isEqualTo("PARENTING_PROGRAMME_ICDP");
    assertThat(runtimeService.getVariable(s.support(unknown).getId(), ReferralProcess.Vars.TARGET_SERVICE))
        .isEqualTo("PARENTING_PROGRAMME_ICDP");
  }

  @Test
  void monthsOutsideOneToThreeYearsAreRefusedAtTheStart() {
    assertThatThrownBy(() -> AsUser.call(identityService, "erik.johansson",
        () -> runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, ReferralTestSupport.start(
            DemoUsers.DANDERYD_MORBY, "bvc", "AGE_0_1", "PARENTING").childAgeMonths(14).variables())))
        .isInstanceOf(InputRefused.class).hasMessageContaining("12–35 månader");
  }
}
