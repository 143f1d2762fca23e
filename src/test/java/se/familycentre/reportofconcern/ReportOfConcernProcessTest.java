package se.familycentre.reportofconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
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
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * The report-of-concern path: the reporter writes the report without any consent step, social services' intake
 * runs in reportOfConcernProcess, and only whether an investigation was opened comes back to the reporter.
 */
@FamilyCentreSpringTest
class ReportOfConcernProcessTest {

  /** A valid personal identity number of a child of 3–6 years (Luhn check digit correct), as stored. */
  static final String CHILD = ReferralTestSupport.childNumberIn("AGE_3_6", 5);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  /** erik (bvc) starts, writes the report; returns social services' intake instance. */
  ProcessInstance reportAsErik(ProcessInstance referral) {
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.WRITE_REPORT);
    assertThat(s.candidateGroups(s.task(referral, ReferralProcess.Ids.WRITE_REPORT))).containsExactly("bvc");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralTestSupport.childNumberIn(
            (String) runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.AGE_BAND), 5).replace("-", ""))
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet har blåmärken och berättar att pappa slår."));
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.SOCIAL_SERVICES_INTAKE);
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    assertThat(intake.getProcessDefinitionId()).startsWith(ReportOfConcernProcess.KEY + ":");
    assertThat(intake.getBusinessKey()).isEqualTo(referral.getBusinessKey());
    assertThat(intake.getTenantId()).isEqualTo(referral.getTenantId());
    return intake;
  }

  void assessProtection(ProcessInstance intake) {
    s.completeAs("johan.holm", s.task(intake, Ids.ASSESS_PROTECTION),
        Map.of(Vars.PROTECTION_ASSESSMENT, "Inget akut skyddsbehov", Vars.IMMEDIATE_PROTECTION_NEEDED, false));
  }

  @Test
  void harmSuspectedIsReportedWithoutConsentAssessedTheSameDayDecidedWithin14DaysAndTheReporterIsTold() {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "CHILD_HARMED", "PARENTING");
    assertThat(referral).hasNotPassed(ReferralProcess.Ids.RECORD_CONSENT);
    ProcessInstance intake = reportAsErik(referral);
    assertThat(runtimeService.getVariable(intake.getId(), ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER))
        .as("normalised").isEqualTo(CHILD);
    assertThat(runtimeService.getVariables(intake.getId()).keySet()).as("only what intake needs went in")
        .doesNotContain(ReferralProcess.Vars.DESCRIPTION, ReferralProcess.Vars.CONCERNS, ReferralProcess.Vars.ACTIVITY);

    Task protection = s.task(intake, Ids.ASSESS_PROTECTION);
    assertThat(s.candidateGroups(protection)).containsExactly("socialtjanst-mottagning");
    assertThat(SwedishTime.dayOf(protection.getDueDate())).as("due the same day").isEqualTo(SwedishTime.today());
    assertThat(s.timerJob(intake.getId(), Ids.PROTECTION_TIMER).getDuedate()).isEqualTo(protection.getDueDate());
    assessProtection(intake);

    Task decision = s.task(intake, Ids.DECIDE_ON_INVESTIGATION);
    assertThat(SwedishTime.dayOf(decision.getDueDate())).as("within 14 days")
        .isEqualTo(SwedishTime.today().plusDays(14));
    s.completeAs("johan.holm", decision, Map.of(Vars.OPEN_INVESTIGATION, true, Vars.DECISION_REASONING,
        "Utredning behövs"));
    assertThat(intake).isWaitingAt(Ids.HAND_OVER);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(intake.getId())
        .activityId(Ids.HAND_OVER).singleResult().getId());
    assertThat(intake).isEnded().hasPassedInOrder(Ids.REGISTER_REPORT, Ids.ASSESS_PROTECTION, Ids.RECORD_PROTECTION,
        Ids.DECIDE_ON_INVESTIGATION, Ids.RECORD_DECISION, Ids.HAND_OVER, Ids.HANDED_OVER);

    assertThat(referral).isWaitingAt(ReferralProcess.Ids.READ_INTAKE_FEEDBACK);
    assertThat(s.candidateGroups(s.task(referral, ReferralProcess.Ids.READ_INTAKE_FEEDBACK))).containsExactly("bvc");
    Map<String, Object> back = runtimeService.getVariables(referral.getId());
    assertThat(back).containsEntry(ReferralProcess.Vars.INVESTIGATION_OPENED, true)
        .containsKey(ReferralProcess.Vars.INVESTIGATION_DECISION_DATE)
        .doesNotContainKeys(Vars.PROTECTION_ASSESSMENT, Vars.DECISION_REASONING, Vars.IMMEDIATE_PROTECTION_NEEDED,
        Vars.DECISION_DUE_AT);
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.READ_INTAKE_FEEDBACK), Map.of());
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.REPORT_HANDLED);

    assertThat(s.reportRow(referral.getBusinessKey())).containsEntry("ASSESSED_WITHIN_DEADLINE", true)
        .containsEntry("INVESTIGATION_OPENED", true).containsEntry("PROTECTION_BREACHED", false);
    assertThat(s.reportRow(referral.getBusinessKey()).get("HANDED_OVER_AT")).isNotNull();
    assertThat(s.caseRow(referral.getBusinessKey())).containsEntry("PATH", "REPORT_OF_CONCERN");
  }

  @Test
  void violenceGoesStraightToInvestigationWithoutADecisionTask() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "VIOLENCE_IN_FAMILY");
    ProcessInstance intake = reportAsErik(referral);
    assessProtection(intake);

    assertThat(intake).isWaitingAt(Ids.HAND_OVER).hasNotPassed(Ids.DECIDE_ON_INVESTIGATION);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(intake.getId())
        .activityId(Ids.HAND_OVER).singleResult().getId());
    assertThat(intake).isEnded().hasPassed(Ids.HANDED_OVER);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.INVESTIGATION_OPENED)).isEqualTo(true);
  }

  @Test
  void noInvestigationIsAlsoToldToTheReporter() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    ProcessInstance intake = reportAsErik(referral);
    assessProtection(intake);
    s.completeAs("johan.holm", s.task(intake, Ids.DECIDE_ON_INVESTIGATION),
        Map.of(Vars.OPEN_INVESTIGATION, false, Vars.DECISION_REASONING, "Familjen har redan stöd"));
    assertThat(intake).isEnded().hasPassed(Ids.NO_INVESTIGATION).hasNotPassed(Ids.HAND_OVER);
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.READ_INTAKE_FEEDBACK);
    assertThat(runtimeService.getVariable(referral.getId(),
        ReferralProcess.Vars.INVESTIGATION_OPENED)).isEqualTo(false);
  }

  @Test
  void theDecisionDeadlineIsExtendedOnlyWithARecordedExceptionalReason() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    ProcessInstance intake = reportAsErik(referral);
    assessProtection(intake);
    Task decision = s.task(intake, Ids.DECIDE_ON_INVESTIGATION);
    Date firstDue = decision.getDueDate();

    assertThatThrownBy(() -> s.completeAs("johan.holm", decision, Map.of(Vars.EXTEND_DECISION, true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("synnerliga skäl");
    assertThat(s.task(intake, Ids.DECIDE_ON_INVESTIGATION).getId()).as("nothing changed").isEqualTo(decision.getId());

    s.completeAs("johan.holm", decision, Map.of(Vars.EXTEND_DECISION, true,
        Vars.EXTENSION_REASON, "Barnet vistas utomlands, samtal först om tre veckor"));
    Task extended = s.task(intake, Ids.DECIDE_ON_INVESTIGATION);
    assertThat(SwedishTime.dayOf(extended.getDueDate())).isEqualTo(SwedishTime.dayOf(firstDue).plusDays(14));
    assertThat(s.timerJob(intake.getId(), Ids.DECISION_TIMER).getDuedate()).isEqualTo(extended.getDueDate());
    assertThat(intake).hasPassed(Ids.EXTEND_DEADLINE);
    assertThat(s.reportRow(referral.getBusinessKey())).containsEntry("EXTENDED", true);
  }

  @Test
  void missedDeadlinesAreEscalatedToTheCoordinatorAndCountedForManagement() {
    ProcessInstance referral = s.startAsErik("AGE_0_1", "CHILD_HARMED");
    ProcessInstance intake = reportAsErik(referral);

    Job protectionTimer = s.timerJob(intake.getId(), Ids.PROTECTION_TIMER);
    managementService.executeJob(protectionTimer.getId());
    assertThat(intake).hasPassed(Ids.ESCALATE_PROTECTION).isWaitingAt(Ids.ASSESS_PROTECTION);
    ProcessInstance escalation = s.escalation(referral.getBusinessKey());
    assertThat(escalation).isWaitingAt(EscalationProcess.Ids.HANDLE_ESCALATION);
    assertThat(runtimeService.getVariable(escalation.getId(), EscalationProcess.Vars.ESCALATION_KIND))
        .isEqualTo(EscalationProcess.Values.PROTECTION_ASSESSMENT);
    assertThat(runtimeService.getVariables(escalation.getId())).doesNotContainKeys(
        ReferralProcess.Vars.REPORT_TEXT, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    assertThat(s.reportRow(referral.getBusinessKey())).containsEntry("PROTECTION_BREACHED", true);
    s.completeAs("lena.persson", taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult(),
        Map.of(EscalationProcess.Vars.ESCALATION_ACTION, "Pratat med mottagningen"));

    assessProtection(intake);
    managementService.executeJob(s.timerJob(intake.getId(), Ids.DECISION_TIMER).getId());
    assertThat(intake).hasPassed(Ids.ESCALATE_DECISION).isWaitingAt(Ids.DECIDE_ON_INVESTIGATION);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .processInstanceBusinessKey(referral.getBusinessKey()).variableValueEquals(
            EscalationProcess.Vars.ESCALATION_KIND,
            EscalationProcess.Values.INVESTIGATION_DECISION).count()).isEqualTo(1);
    assertThat(s.reportRow(referral.getBusinessKey())).containsEntry("DECISION_BREACHED", true);
  }
}
