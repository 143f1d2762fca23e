package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/** The establishment's model defects read against the seeds (issue 13 §5), each walked to its outcome. */
@FamilyCentreSpringTest
class EstablishmentModelDefectsTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyCentreRegister register;

  EstablishmentCases cases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    cases = new EstablishmentCases(engine);
  }

  @Test
  void aNewReportBackDateOnTheOpenInvestigationMovesTheTimerTheDueDateAndTheRegister() {
    // dates ahead of today: a new report-back date that has already passed is refused (EstablishmentBadInputTest)
    LocalDate first = SwedishTime.today().plusMonths(3);
    LocalDate moved = SwedishTime.today().plusMonths(6);
    LocalDate onCompletion = moved.plusDays(15);
    String id = EstablishmentCases.uniqueId("moved");
    Map<String, Object> initiative = EstablishmentCases.initiative(id, "Österåker");
    initiative.put(Vars.REPORT_BACK_DATE, first.toString());
    ProcessInstance pi = cases.start(initiative);
    assertThat(register.reportBackDate(id)).contains(first);
    Task investigation = cases.task(pi, Ids.INVESTIGATE);

    engine.getTaskService().setVariable(investigation.getId(), Vars.REPORT_BACK_DATE, moved.toString());

    assertThat(register.reportBackDate(id)).contains(moved);
    assertThat(startOfDay(timer(pi).getDuedate())).isEqualTo(moved.plusDays(1));
    assertThat(startOfDay(cases.task(pi, Ids.INVESTIGATE).getDueDate())).isEqualTo(moved.plusDays(1));
    assertThat(cases.task(pi, Ids.INVESTIGATE).getId()).isEqualTo(investigation.getId());
    assertThat(pi).hasPassed(Ids.MOVE_REPORT_BACK_DATE, Ids.REPORT_BACK_DATE_MOVED)
        .isWaitingAt(Ids.INVESTIGATE, Ids.APPLY_FOR_AGREEMENT);

    // the same date again moves nothing; the form's new date on completion reaches the register
    engine.getTaskService().setVariable(investigation.getId(), Vars.REPORT_BACK_DATE, moved.toString());
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(Ids.MOVE_REPORT_BACK_DATE).count()).isEqualTo(1);
    Map<String, Object> answers = EstablishmentCases.investigationAnswers("socialnamnden");
    answers.put(Vars.REPORT_BACK_DATE, onCompletion.toString());
    engine.getTaskService().complete(investigation.getId(), answers);
    assertThat(register.reportBackDate(id)).contains(onCompletion);
    assertThat(pi).isWaitingAt(Ids.RECORD_COMMITTEE_DECISION, Ids.APPLY_FOR_AGREEMENT);
  }

  /** The day a due date falls on, at midnight Swedish time. */
  private static LocalDate startOfDay(java.util.Date date) {
    java.time.ZonedDateTime at = date.toInstant().atZone(SwedishTime.ZONE);
    assertThat(at.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
    return at.toLocalDate();
  }

  @Test
  void aFamilyCentreLikeActivityWithoutMaternityCareGetsTheAgreementOnItsOwnRequirements() {
    String id = EstablishmentCases.uniqueId("rinkeby");
    ProcessInstance pi = cases.start(EstablishmentCases.initiative(id, "Lund", false, true, true, true));
    cases.apply(pi, false, true, "2022-01-15");
    assertThat(pi).hasPassed(Ids.CLASSIFY_PLANNED_CENTRE).variables()
        .containsEntry(Vars.PLANNED_CLASSIFICATION, Values.FAMILY_CENTRE_LIKE);

    Map<String, Object> grant = new HashMap<>(EstablishmentCases.grant("2022-03-01"));
    grant.remove(Vars.REQUIREMENT_FOUR_LEGS);
    grant.remove(Vars.REQUIREMENT_CORE_LEGS);
    String assessment = cases.task(pi, Ids.ASSESS_AGREEMENT).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(assessment, grant))
        .isInstanceOf(InputRefused.class).hasMessageContaining("barnhälsovård och öppen förskola");
    grant.put(Vars.REQUIREMENT_CORE_LEGS, true);
    engine.getTaskService().complete(assessment, grant);

    assertThat(register.centre(id).orElseThrow().agreement().status())
        .isEqualTo(FamilyCentreRegister.AGREEMENT_GRANTED);
    assertThat(pi).isWaitingAt(Ids.INVESTIGATE);
  }

  @Test
  void anActivityThatIsNotEvenFamilyCentreLikeGetsNoAgreement() {
    String id = EstablishmentCases.uniqueId("onlybvc");
    ProcessInstance pi = cases.start(EstablishmentCases.initiative(id, "Lund", true, true, false, false));
    cases.apply(pi, true, true, "2022-01-15");
    assertThat(pi).variables().containsEntry(Vars.PLANNED_CLASSIFICATION, Values.NOT_A_FAMILY_CENTRE);
    String assessment = cases.task(pi, Ids.ASSESS_AGREEMENT).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(assessment, EstablishmentCases.grant("2022-03-01")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("varken en familjecentral");
    assertThat(pi).isWaitingAt(Ids.ASSESS_AGREEMENT, Ids.INVESTIGATE);
  }

  @Test
  void eachCommitteeDecidesOnItsOwnReportInATaskThatNamesIt() {
    ProcessInstance pi = cases.start(EstablishmentCases.uniqueId("committees"));
    cases.investigate(pi, "socialnamnden", "utbildningsnamnden");
    List<String> titles = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).list().stream().map(Task::getName)
        .map(name -> name.split(" – ")[0]).sorted().toList();
    assertThat(titles).containsExactly("Registrera beslut i Socialnämnden", "Registrera beslut i Utbildningsnämnden");

    Task education = cases.committeeTask(pi, "utbildningsnamnden");
    assertThat(engine.getTaskService().getVariable(education.getId(), Vars.ECONOMIC_CONSEQUENCES))
        .isEqualTo("Inom socialnämndens ram");
    Map<String, Object> decision = EstablishmentCases.decision(Values.APPROVE, "2022-04-20", null);
    decision.put(Vars.ECONOMIC_CONSEQUENCES, "Öppen förskola inom utbildningsnämndens ram, 0,5 tjänst");
    decision.put(Vars.CONSEQUENCES_FOR_CHILDREN, "Barnen får öppen förskola nära hemmet");
    engine.getTaskService().complete(education.getId(), decision);

    Task social = cases.committeeTask(pi, "socialnamnden");
    assertThat(engine.getTaskService().getVariable(social.getId(), Vars.ECONOMIC_CONSEQUENCES))
        .isEqualTo("Inom socialnämndens ram");
    assertThat(engine.getTaskService().getVariable(social.getId(), Vars.CONSEQUENCES_FOR_CHILDREN))
        .as("the social committee's report starts from the investigation, not from another committee's")
        .isEqualTo("Barn och föräldrar får tidigt stöd på ett ställe");
    assertThat(pi).variables().containsEntry(Vars.ECONOMIC_CONSEQUENCES, "Inom socialnämndens ram")
        .containsEntry(Vars.CONSEQUENCES_FOR_CHILDREN, "Barn och föräldrar får tidigt stöd på ett ställe");
    Map<String, Object> blank = EstablishmentCases.decision(Values.APPROVE, "2022-04-21", null);
    blank.put(Vars.ECONOMIC_CONSEQUENCES, " ");
    assertThatThrownBy(() -> engine.getTaskService().complete(social.getId(), blank))
        .isInstanceOf(InputRefused.class);
    engine.getTaskService().complete(social.getId(), EstablishmentCases.decision(Values.APPROVE, "2022-04-21", null));

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName(Vars.ECONOMIC_CONSEQUENCES).list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("Inom socialnämndens ram", "Inom socialnämndens ram",
            "Öppen förskola inom utbildningsnämndens ram, 0,5 tjänst");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName(Vars.CONSEQUENCES_FOR_CHILDREN).list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("Barn och föräldrar får tidigt stöd på ett ställe",
            "Barn och föräldrar får tidigt stöd på ett ställe", "Barnen får öppen förskola nära hemmet");
    assertThat(pi).isWaitingAt(Ids.APPLY_FOR_AGREEMENT);
  }

  private Job timer(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(Ids.REPORT_BACK_OVERDUE).singleResult();
  }
}
