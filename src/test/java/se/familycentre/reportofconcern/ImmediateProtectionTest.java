package se.familycentre.reportofconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Ids;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Vars;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/** "Barnet behöver omedelbart skydd" on the protection assessment: social services act within the hour. */
@FamilyCentreSpringTest
class ImmediateProtectionTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  ProcessInstance intakeAssessedAsUrgentProtection() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralTestSupport.childNumberIn("AGE_1_3", 5))
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet är ensamt hemma och föräldern är kraftigt berusad."));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    s.completeAs("johan.holm", s.task(intake, Ids.ASSESS_PROTECTION), Map.of(Vars.PROTECTION_ASSESSMENT,
        "Barnet kan inte lämnas kvar i hemmet i natt", Vars.IMMEDIATE_PROTECTION_NEEDED, true));
    return intake;
  }

  @Test
  void aChildWhoNeedsImmediateProtectionGetsATaskForSocialServicesDueWithinTheHour() {
    long before = System.currentTimeMillis();
    ProcessInstance intake = intakeAssessedAsUrgentProtection();

    assertThat(intake).isWaitingAt(Ids.PROTECT_CHILD);
    Task protect = s.task(intake, Ids.PROTECT_CHILD);
    assertThat(s.candidateGroups(protect)).containsExactly("socialtjanst-mottagning");
    assertThat(protect.getDueDate().getTime() - before).isBetween(0L, 3_600_000L + 60_000L)
        .isGreaterThan(3_000_000L);
    assertThat(s.timerJob(intake.getId(), Ids.IMMEDIATE_PROTECTION_TIMER).getDuedate())
        .isEqualTo(protect.getDueDate());

    assertThatThrownBy(() -> s.completeAs("johan.holm", protect, Map.of()))
        .isInstanceOf(InputRefused.class).hasMessageContaining("skyddsåtgärd");
    s.completeAs("johan.holm", protect, Map.of(Vars.IMMEDIATE_PROTECTION_MEASURE,
        "Socialjouren placerade barnet hos mormor i avvaktan på beslut"));
    assertThat(intake).hasPassedInOrder(Ids.RECORD_PROTECTION, Ids.PROTECT_CHILD)
        .isWaitingAt(Ids.DECIDE_ON_INVESTIGATION);
  }

  @Test
  void noProtectiveMeasureWithinTheHourIsEscalatedToTheCoordinatorAndTheTaskStays() {
    ProcessInstance intake = intakeAssessedAsUrgentProtection();
    managementService.executeJob(s.timerJob(intake.getId(), Ids.IMMEDIATE_PROTECTION_TIMER).getId());

    assertThat(intake).hasPassed(Ids.ESCALATE_IMMEDIATE_PROTECTION, Ids.IMMEDIATE_PROTECTION_ESCALATED)
        .isWaitingAt(Ids.PROTECT_CHILD);
    ProcessInstance escalation = s.escalation(intake.getBusinessKey());
    assertThat(runtimeService.getVariable(escalation.getId(), EscalationProcess.Vars.ESCALATION_KIND))
        .isEqualTo(EscalationProcess.Values.IMMEDIATE_PROTECTION);
    assertThat(runtimeService.getVariables(escalation.getId()).keySet())
        .doesNotContain(Vars.PROTECTION_ASSESSMENT, Vars.IMMEDIATE_PROTECTION_MEASURE,
            ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
  }

  @Test
  void withoutAnImmediateNeedTheIntakeGoesStraightOnToTheDecision() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_MUNICIPALITY, "Danderyd")
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet verkar ofta hungrigt."));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    s.completeAs("johan.holm", s.task(intake, Ids.ASSESS_PROTECTION), Map.of(Vars.PROTECTION_ASSESSMENT,
        "Inget akut skyddsbehov", Vars.IMMEDIATE_PROTECTION_NEEDED, false));
    assertThat(intake).isWaitingAt(Ids.DECIDE_ON_INVESTIGATION).hasNotPassed(Ids.PROTECT_CHILD);
  }
}
