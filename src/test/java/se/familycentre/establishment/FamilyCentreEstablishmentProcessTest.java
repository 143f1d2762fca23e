package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;
import se.familycentre.register.RegisterRecords.LegRow;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;

@FamilyCentreSpringTest
class FamilyCentreEstablishmentProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;
  @Autowired
  FamilyCentreRegister register;

  EstablishmentCases cases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    cases = new EstablishmentCases(engine);
  }

  @Test
  void approvedInAllCommitteesAndAgreementGrantedMakesTheCentreActive() {
    String id = EstablishmentCases.uniqueId("active");
    ProcessInstance pi = cases.start(id);
    assertThat(pi).isWaitingAt(Ids.INVESTIGATE, Ids.APPLY_FOR_AGREEMENT);
    assertThat(pi).variables().containsEntry(Vars.CASE_REFERENCE, id).containsEntry(Vars.CENTRE_ID, id)
        .containsEntry(Vars.REGION, "skane");
    assertThat(register.status(id)).isEqualTo(CentreStatus.INVESTIGATING);

    cases.investigate(pi, "socialnamnden", "utbildningsnamnden");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).count()).isEqualTo(2);
    assertThat(register.status(id)).isEqualTo(CentreStatus.DECIDING);
    cases.approveAll(pi, "2022-04-20", "socialnamnden", "utbildningsnamnden");
    assertThat(register.status(id)).isEqualTo(CentreStatus.DECIDED);
    assertThat(pi).isWaitingAt(Ids.APPLY_FOR_AGREEMENT);

    cases.apply(pi, true, false, "2022-01-15");
    cases.grantAgreement(pi, "2022-03-01");
    assertThat(pi).isWaitingAt(Ids.ARRANGE_CO_LOCATION);
    assertThat(register.status(id)).isEqualTo(CentreStatus.CO_LOCATING);

    cases.coLocate(pi, true, true, true, true);
    assertThat(pi).isWaitingAt(Ids.LAUNCH_CENTRE).variables()
        .containsEntry(Vars.CLASSIFICATION, Values.FAMILY_CENTRE);
    cases.launch(pi, "2022-09-01");

    assertThat(pi).isWaitingAt(Ids.EVALUATION_DUE);
    assertThat(pi).hasPassedInOrder(Ids.REGISTER_CENTRE, Ids.INVESTIGATE, Ids.RECORD_COMMITTEE_DECISION,
        Ids.CONCLUDE_COMMITTEE_DECISIONS, Ids.ARRANGE_CO_LOCATION, Ids.CLASSIFY_CENTRE, Ids.LAUNCH_CENTRE,
        Ids.ACTIVATE_CENTRE);
    var centre = register.centre(id).orElseThrow();
    assertThat(centre.status()).isEqualTo(CentreStatus.ACTIVE);
    assertThat(centre.classification()).isEqualTo(Values.FAMILY_CENTRE);
    assertThat(centre.launchDate()).hasToString("2022-09-01");
    assertThat(centre.coLocationLevel()).isEqualTo(2);
    assertThat(centre.agreement().status()).isEqualTo(FamilyCentreRegister.AGREEMENT_GRANTED);
    assertThat(centre.agreement().from()).hasToString("2022-03-01");
    assertThat(centre.legs()).allMatch(LegRow::present);
    assertThat(centre.schedule()).singleElement().satisfies(s -> {
      assertThat(s.dayOfWeek()).isEqualTo("TUESDAY");
      assertThat(s.legsPresent()).containsExactly(Leg.values());
    });
    assertThat(register.statusHistory(id)).extracting(h -> h.status()).containsExactly(CentreStatus.INITIATED,
        CentreStatus.INVESTIGATING, CentreStatus.DECIDING, CentreStatus.DECIDED, CentreStatus.CO_LOCATING,
        CentreStatus.ACTIVE);
  }

  @Test
  void aCommitteeThatRejectsEndsTheCaseAsNotEstablished() {
    String id = EstablishmentCases.uniqueId("rejected");
    ProcessInstance pi = cases.start(id);
    cases.investigate(pi, "socialnamnden", "kommunstyrelsen");
    cases.decide(pi, "socialnamnden", Values.APPROVE, "2022-04-20", null);
    cases.decide(pi, "kommunstyrelsen", Values.REJECT, "2022-05-02", "Lokalerna saknas i budgeten");

    assertThat(pi).isEnded().hasPassed(Ids.COMMITTEE_REJECTED, Ids.NOT_ESTABLISHED_BOUNDARY,
        Ids.MARK_NOT_ESTABLISHED, Ids.END_NOT_ESTABLISHED);
    // the regional branch is gone: its open application was cancelled, not answered
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(Ids.APPLY_FOR_AGREEMENT).canceled().count()).isEqualTo(1);
    assertThat(register.centre(id).orElseThrow().agreement()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(register.status(id)).isEqualTo(CentreStatus.NOT_ESTABLISHED);
    assertThat(register.statusHistory(id)).last().satisfies(h ->
        assertThat(h.reason()).contains("Kommunstyrelsen").contains("Lokalerna saknas i budgeten"));
    assertThat(register.centreDetail(id).orElseThrow().committeeDecisions()).extracting(d -> d.decision())
        .containsExactlyInAnyOrder(Values.APPROVE, Values.REJECT);
  }

  @Test
  void aCommitteeThatReturnsTheMatterSendsItBackToTheInvestigation() {
    String id = EstablishmentCases.uniqueId("returned");
    ProcessInstance pi = cases.start(id);
    cases.investigate(pi, "socialnamnden", "bildningsnamnden");
    cases.decide(pi, "socialnamnden", Values.APPROVE, "2022-04-20", null);
    cases.decide(pi, "bildningsnamnden", Values.RETURN, "2022-04-21", "Utred lokalfrågan vidare");

    assertThat(pi).isWaitingAt(Ids.INVESTIGATE, Ids.APPLY_FOR_AGREEMENT);
    assertThat(pi).variables().containsEntry(Vars.DECISION_ROUND, 2)
        .containsEntry(Vars.COMMITTEE_OUTCOME, Values.RETURNED);
    assertThat(register.status(id)).isEqualTo(CentreStatus.INVESTIGATING);

    // the second round counts only its own decisions: both approve now
    cases.investigate(pi, "socialnamnden", "bildningsnamnden");
    cases.approveAll(pi, "2022-06-01", "socialnamnden", "bildningsnamnden");
    assertThat(register.status(id)).isEqualTo(CentreStatus.DECIDED);
    assertThat(register.committeeDecisions(id, 1)).hasSize(2);
    assertThat(register.committeeDecisions(id, 2)).hasSize(2);
  }

  @Test
  void aRejectedAgreementClassifiesTheCentreByTheLegsStillPresent() {
    String id = EstablishmentCases.uniqueId("noagreement");
    ProcessInstance pi = cases.start(id);
    cases.investigate(pi, "socialnamnden");
    cases.approveAll(pi, "2022-04-20", "socialnamnden");
    cases.apply(pi, true, false, "2022-01-15");
    cases.rejectAgreement(pi, "Gemensam behovsanalys saknas");
    assertThat(register.centre(id).orElseThrow().agreement().status())
        .isEqualTo(FamilyCentreRegister.AGREEMENT_REJECTED);

    // the coordinator ticks all four, but maternity care depended on the rejected agreement
    cases.coLocate(pi, true, true, true, true);
    assertThat(pi).isWaitingAt(Ids.LAUNCH_CENTRE).variables()
        .containsEntry(Vars.MATERNITY_CARE, false)
        .containsEntry(Vars.CLASSIFICATION, Values.FAMILY_CENTRE_LIKE);
    cases.launch(pi, "2022-09-01");

    var centre = register.centre(id).orElseThrow();
    assertThat(centre.status()).isEqualTo(CentreStatus.ACTIVE);
    assertThat(centre.classification()).isEqualTo(Values.FAMILY_CENTRE_LIKE);
    assertThat(centre.legs()).filteredOn(LegRow::present).extracting(LegRow::leg)
        .containsExactly(Leg.CHILD_HEALTH_CARE, Leg.OPEN_PRESCHOOL, Leg.PREVENTIVE_SOCIAL_SERVICES);
  }

  @Test
  void notAFamilyCentreGoesBackToCoLocationOrEndsTheCase() {
    String id = EstablishmentCases.uniqueId("toofew");
    ProcessInstance pi = cases.start(id);
    cases.investigate(pi, "socialnamnden");
    cases.approveAll(pi, "2022-04-20", "socialnamnden");
    cases.apply(pi, true, true, "2022-01-15");
    cases.grantAgreement(pi, "2022-03-01");
    cases.coLocate(pi, true, false, true, true);
    assertThat(pi).isWaitingAt(Ids.DECIDE_AFTER_CLASSIFICATION).variables()
        .containsEntry(Vars.CLASSIFICATION, Values.NOT_A_FAMILY_CENTRE);

    complete(pi, Ids.DECIDE_AFTER_CLASSIFICATION, Map.of(Vars.AFTER_CLASSIFICATION, Values.BACK_TO_CO_LOCATION));
    assertThat(pi).isWaitingAt(Ids.ARRANGE_CO_LOCATION);
    assertThat(register.status(id)).isEqualTo(CentreStatus.CO_LOCATING);

    cases.coLocate(pi, false, false, true, true);
    complete(pi, Ids.DECIDE_AFTER_CLASSIFICATION, Map.of(Vars.AFTER_CLASSIFICATION, Values.END_CASE,
        Vars.NOT_ESTABLISHED_REASON, "Barnhälsovården kan inte delta"));
    assertThat(pi).isEnded().hasPassed(Ids.END_AS_NOT_ESTABLISHED, Ids.END_NOT_A_CENTRE);
    var centre = register.centre(id).orElseThrow();
    assertThat(centre.status()).isEqualTo(CentreStatus.NOT_ESTABLISHED);
    assertThat(centre.classification()).isEqualTo(Values.NOT_A_FAMILY_CENTRE);
    assertThat(register.statusHistory(id)).last().extracting(h -> h.reason())
        .isEqualTo("Barnhälsovården kan inte delta");
  }

  @Test
  void anEvaluationThatContinuesWaitsForTheNextEvaluation() {
    String id = EstablishmentCases.uniqueId("continue");
    ProcessInstance pi = cases.activeCentre(id);
    cases.evaluationDue(pi);
    assertThat(pi).isWaitingAt(Ids.EVALUATE_CENTRE);
    assertThat(pi).task().hasCandidateGroup("samordnare");
    cases.evaluate(pi, Values.CONTINUE);

    assertThat(pi).isWaitingAt(Ids.EVALUATION_DUE);
    assertThat(register.status(id)).isEqualTo(CentreStatus.ACTIVE);
    assertThat(register.evaluations(id)).singleElement().satisfies(e -> {
      assertThat(e.outcome()).isEqualTo(Values.CONTINUE);
      assertThat(e.familiesReached()).isEqualTo(180);
      assertThat(e.birthsInArea()).isEqualTo(240);
    });
  }

  @Test
  void anEvaluationThatDevelopsGoesBackToCoLocationWhileTheCentreStaysActive() {
    String id = EstablishmentCases.uniqueId("develop");
    ProcessInstance pi = cases.activeCentre(id);
    cases.evaluationDue(pi);
    cases.evaluate(pi, Values.DEVELOP);

    assertThat(pi).isWaitingAt(Ids.ARRANGE_CO_LOCATION);
    assertThat(register.status(id)).isEqualTo(CentreStatus.ACTIVE);
    cases.coLocate(pi, true, true, true, true);
    Map<String, Object> longer = new java.util.HashMap<>(EstablishmentCases.launchAnswers("2023-09-01"));
    longer.put(Vars.SESSION_TO, "15:00");
    complete(pi, Ids.LAUNCH_CENTRE, longer);
    assertThat(pi).isWaitingAt(Ids.EVALUATION_DUE);
    var centre = register.centre(id).orElseThrow();
    assertThat(centre.launchDate()).hasToString("2022-09-01");
    assertThat(centre.schedule()).singleElement().extracting(s -> s.timeTo()).isEqualTo("15:00");
  }

  @Test
  void anEvaluationThatClosesTheCentreEndsTheCase() {
    String id = EstablishmentCases.uniqueId("close");
    ProcessInstance pi = cases.activeCentre(id);
    cases.evaluationDue(pi);
    cases.evaluate(pi, Values.CLOSE);

    assertThat(pi).isEnded().hasPassed(Ids.CLOSE_CENTRE, Ids.END_CLOSED);
    assertThat(register.status(id)).isEqualTo(CentreStatus.CLOSED);
    assertThat(register.statusHistory(id)).last().extracting(h -> h.reason()).asString()
        .contains("Utvärderat gemensamt");
  }

  @Test
  void anOverdueInvestigationEscalatesWithoutCancellingIt() {
    String id = EstablishmentCases.uniqueId("overdue");
    Map<String, Object> initiative = EstablishmentCases.initiative(id, "Österåker");
    initiative.put(Vars.REPORT_BACK_DATE, "2021-05-31");
    ProcessInstance pi = cases.start(initiative);
    Task investigation = cases.task(pi, Ids.INVESTIGATE);
    assertThat(investigation.getDueDate()).hasToString("Tue Jun 01 00:00:00 CEST 2021");
    assertThat(register.escalations(id)).isEmpty();

    cases.executeTimer(pi, Ids.REPORT_BACK_OVERDUE);

    assertThat(pi).isWaitingAt(Ids.INVESTIGATE, Ids.FOLLOW_UP_OVERDUE, Ids.APPLY_FOR_AGREEMENT);
    assertThat(cases.task(pi, Ids.INVESTIGATE).getId()).isEqualTo(investigation.getId());
    assertThat(cases.task(pi, Ids.FOLLOW_UP_OVERDUE)).isNotNull();
    assertThat(groups(cases.task(pi, Ids.FOLLOW_UP_OVERDUE))).containsExactly("samordnare");
    assertThat(register.escalations(id)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EstablishmentProcess.Values.ESCALATION_REPORT_BACK_OVERDUE);
      assertThat(e.dueDate()).hasToString("2021-05-31");
    });
    // the municipal phase only finishes when the coordinator has followed up
    cases.investigate(pi, "socialnamnden");
    cases.approveAll(pi, "2021-09-20", "socialnamnden");
    assertThat(pi).isWaitingAt(Ids.FOLLOW_UP_OVERDUE, Ids.APPLY_FOR_AGREEMENT);
    complete(pi, Ids.FOLLOW_UP_OVERDUE, Map.of(Vars.FOLLOW_UP_ACTION, "Ny tidplan med utredaren"));
    assertThat(pi).isWaitingAt(Ids.APPLY_FOR_AGREEMENT);
  }

  @Test
  void eachTaskIsOfferedToItsGroupAndNotToOthers() {
    String id = EstablishmentCases.uniqueId("groups");
    ProcessInstance pi = cases.start(id);
    assertThat(groups(cases.task(pi, Ids.INVESTIGATE))).containsExactly("kommun-utredare");
    assertThat(groups(cases.task(pi, Ids.APPLY_FOR_AGREEMENT))).containsExactlyInAnyOrder("mvc", "bvc");
    cases.investigate(pi, "socialnamnden");
    assertThat(groups(cases.committeeTask(pi, "socialnamnden"))).containsExactly("namndsekreterare");
    cases.apply(pi, true, false, "2022-01-15");
    assertThat(groups(cases.task(pi, Ids.ASSESS_AGREEMENT))).containsExactly("region-hsf");

    long asSecretary = AsUser.call(identityService, "lars.svensson", () -> engine.getTaskService()
        .createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).count());
    long asInvestigator = AsUser.call(identityService, "karin.ek", () -> engine.getTaskService()
        .createTaskQuery().processInstanceId(pi.getId()).count());
    long asMidwife = AsUser.call(identityService, "anna.lindqvist", () -> engine.getTaskService()
        .createTaskQuery().processInstanceId(pi.getId()).count());
    assertThat(asSecretary).isEqualTo(1);
    assertThat(asInvestigator).isZero();
    assertThat(asMidwife).isZero();
  }

  @Test
  void aStartByACoordinatorRegistersTheCentreAndItsTenant() {
    // as the form submits it: no id, the server derives it from the municipality and the area
    EstablishmentStart form = EstablishmentCases.formInitiative(EstablishmentCases.uniqueId("bycoordinator"), "Malmö");
    String id = form.centreId();
    ProcessInstance pi = AsUser.call(identityService, "lena.persson", () -> cases.start(form.variables()));
    assertThat(pi.getBusinessKey()).isEqualTo(id).startsWith("malmo-bycoordinator-");
    assertThat(pi).isWaitingAt(Ids.INVESTIGATE, Ids.APPLY_FOR_AGREEMENT);
    assertThat(identityService.createTenantQuery().tenantId(id).count()).isEqualTo(1);
    assertThat(register.statusHistory(id)).first().extracting(h -> h.changedBy()).isEqualTo("lena.persson");
  }

  @Test
  void anUnknownMunicipalityOrADuplicateCentreIdIsRefusedAtTheStart() {
    String id = EstablishmentCases.uniqueId("unknown");
    assertThatThrownBy(() -> cases.start(EstablishmentCases.initiative(id, "Gotham")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("Gotham").hasMessageContaining("kommunlista");
    assertThat(register.exists(id)).isFalse();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
        .isZero();

    String existing = EstablishmentCases.uniqueId("duplicate");
    cases.start(existing);
    assertThatThrownBy(() -> cases.start(EstablishmentCases.initiative(existing, "Lund")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("finns redan");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(existing)
        .count()).isEqualTo(1);
    assertThat(register.statusHistory(existing)).hasSize(2);
  }

  @Test
  void wrongAnswersAreRefusedAndTheTaskStaysOpen() {
    String id = EstablishmentCases.uniqueId("wrong");
    ProcessInstance pi = cases.start(id);
    Map<String, Object> noChildConsequences = EstablishmentCases.investigationAnswers("socialnamnden");
    noChildConsequences.put(Vars.CONSEQUENCES_FOR_CHILDREN, "");
    Task investigation = cases.task(pi, Ids.INVESTIGATE);
    assertThatThrownBy(() -> engine.getTaskService().complete(investigation.getId(), noChildConsequences))
        .isInstanceOf(InputRefused.class).hasMessageContaining("Konsekvenser för barn");
    Map<String, Object> noCommittee = EstablishmentCases.investigationAnswers();
    assertThatThrownBy(() -> engine.getTaskService().complete(investigation.getId(), noCommittee))
        .hasMessageContaining("minst en nämnd");
    assertThat(pi).isWaitingAt(Ids.INVESTIGATE, Ids.APPLY_FOR_AGREEMENT);

    cases.investigate(pi, "socialnamnden");
    Task decision = cases.committeeTask(pi, "socialnamnden");
    assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(),
        EstablishmentCases.decision(Values.REJECT, "2022-04-20", null))).hasMessageContaining("motiveras");
    assertThat(register.committeeDecisions(id, 1)).isEmpty();

    cases.apply(pi, true, false, "2022-01-15");
    Task assessment = cases.task(pi, Ids.ASSESS_AGREEMENT);
    assertThatThrownBy(() -> engine.getTaskService().complete(assessment.getId(),
        EstablishmentCases.grant("2021-12-01"))).hasMessageContaining("före ansökningsdatumet");
    assertThat(register.centre(id).orElseThrow().agreement()).isNull();

    Map<String, Object> incompleteAgreement = EstablishmentCases.coLocation(true, true, true, true);
    incompleteAgreement.put(Vars.AGREEMENT_JOINT_EVALUATION, false);
    cases.approveAll(pi, "2022-04-20", "socialnamnden");
    cases.grantAgreement(pi, "2022-03-01");
    assertThatThrownBy(() -> complete(pi, Ids.ARRANGE_CO_LOCATION, incompleteAgreement))
        .hasMessageContaining("gemensam utvärdering");

    cases.coLocate(pi, true, true, true, true);
    assertThatThrownBy(() -> cases.launch(pi, "2022-04-19")).isInstanceOf(InputRefused.class)
        .hasMessageContaining("före nämndernas sista beslut 2022-04-20");
    assertThat(pi).isWaitingAt(Ids.LAUNCH_CENTRE);
    assertThat(register.status(id)).isEqualTo(CentreStatus.CO_LOCATING);
  }

  static Stream<Arguments> legCombinations() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (int bits = 0; bits < 16; bits++) {
      boolean mc = (bits & 8) != 0;
      boolean ch = (bits & 4) != 0;
      boolean op = (bits & 2) != 0;
      boolean ps = (bits & 1) != 0;
      int legs = (mc ? 1 : 0) + (ch ? 1 : 0) + (op ? 1 : 0) + (ps ? 1 : 0);
      String expected = legs == 4 ? Values.FAMILY_CENTRE
          : ch && op ? Values.FAMILY_CENTRE_LIKE : Values.NOT_A_FAMILY_CENTRE;
      all.add(Arguments.of(mc, ch, op, ps, expected));
    }
    return all.build();
  }

  @ParameterizedTest(name = "BMM={0} BVC={1} öppen förskola={2} socialtjänst={3} → {4}")
  @MethodSource("legCombinations")
  void theClassificationTableGivesExactlyOneAnswerForEveryCombinationOfLegs(boolean mc, boolean ch, boolean op,
      boolean ps, String expected) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey(EstablishmentProcess.DECISION_CLASSIFICATION,
        Variables.createVariables().putValue(Vars.MATERNITY_CARE, mc).putValue(Vars.CHILD_HEALTH_CARE, ch)
            .putValue(Vars.OPEN_PRESCHOOL, op).putValue(Vars.PREVENTIVE_SOCIAL_SERVICES, ps));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected);
  }

  private void complete(ProcessInstance pi, String activityId, Map<String, Object> variables) {
    engine.getTaskService().complete(cases.task(pi, activityId).getId(), variables);
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }
}
