package se.familycentre.referral.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.familycentre.referral.ReferralTestSupport.accept;
import static se.familycentre.referral.ReferralTestSupport.decline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoUsers;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.referral.support.ReferralSupportProcess.Ids;
import se.familycentre.referral.support.ReferralSupportProcess.Vars;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * referralSupportProcess, the receiving organisation's own process, one method per path: reached as the officials
 * reach it, through a referral whose consent covers the receiver. What the referral passes in and gets back, and
 * that the receiver's notes stay in this process.
 */
@FamilyCentreSpringTest
class ReferralSupportProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired ReferralTestSupport s;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
  }

  Set<String> historicNames(String processInstanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
        .map(HistoricVariableInstance::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void anAcceptedReferralIsSupportedFollowedUpAndOnlyTheAnswerAndTheOutcomeGoBack() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);
    assertThat(support).isWaitingAt(Ids.ACCEPT_REFERRAL).hasPassed(Ids.START);
    // passed in: exactly what the guardians agreed may be shared and the receiver's forms show, as the referral has it
    Map<String, Object> passedIn = runtimeService.getVariables(support.getId());
    assertThat(passedIn.keySet()).containsExactlyInAnyOrderElementsOf(Vars.PASSED_IN);
    Map<String, Object> inReferral = runtimeService.getVariables(referral.getId(), Vars.PASSED_IN);
    Vars.PASSED_IN.forEach(name -> assertThat(String.valueOf(passedIn.get(name))).as(name)
        .isEqualTo(String.valueOf(inReferral.get(name))));
    assertThat(s.candidateGroups(s.task(support, Ids.ACCEPT_REFERRAL))).containsExactly("socialtjanst-forebyggande");

    s.completeAs("sara.berg", s.task(support, Ids.ACCEPT_REFERRAL), accept());
    s.completeAs("sara.berg", s.task(support, Ids.GIVE_SUPPORT), Map.of(Vars.SUPPORT_SUMMARY, "Fyra ABC-träffar",
        Vars.FOLLOW_UP_ON, SwedishTime.today().plusMonths(3).toString()));
    assertThat(s.candidateGroups(s.task(support, Ids.FOLLOW_UP_SUPPORT))).containsExactly("socialtjanst-forebyggande");
    s.completeAs("sara.berg", s.task(support, Ids.FOLLOW_UP_SUPPORT), Map.of(Vars.FOLLOW_UP_RESULT,
        "Föräldrarna nöjda"));

    assertThat(support).isEnded().hasPassedInOrder(Ids.START, Ids.ACCEPT_REFERRAL, Ids.RECORD_RECEIVER_ANSWER,
        Ids.ACCEPTED_GATEWAY,
        Ids.GIVE_SUPPORT, Ids.FOLLOW_UP_SUPPORT, Ids.SUPPORT_GIVEN).hasNotPassed(Ids.REFERRAL_DECLINED,
        Ids.ESCALATE_FIRST_CONTACT);
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.HAND_BACK);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.RECEIVER_ANSWER))
        .isEqualTo(ReferralProcess.Values.ANSWER_ACCEPTED);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.WORK_OUTCOME))
        .isEqualTo(ReferralProcess.Values.SUPPORTED);
    // the receiver's notes stay in its process, in runtime and in history
    assertThat(runtimeService.getVariables(referral.getId(), Vars.RECEIVER_NOTES)).isEmpty();
    assertThat(historicNames(referral.getId())).doesNotContainAnyElementsOf(Vars.RECEIVER_NOTES)
        .containsAll(Vars.PASSED_BACK);
    assertThat(historicNames(support.getId())).contains(Vars.ACCEPTED, Vars.FIRST_CONTACT_DATE, Vars.SUPPORT_SUMMARY,
        Vars.FOLLOW_UP_ON,
        Vars.FOLLOW_UP_RESULT);
    assertThat(s.offers(referral.getBusinessKey())).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("ANSWER", "ACCEPTED"));
  }

  @Test
  void aDeclinedReferralEndsTheReceiversProcessAndItsReasonStaysThere() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);

    s.completeAs("sara.berg", s.task(support, Ids.ACCEPT_REFERRAL), decline("Gruppen är full"));

    assertThat(support).isEnded().hasPassedInOrder(Ids.START, Ids.ACCEPT_REFERRAL, Ids.RECORD_RECEIVER_ANSWER,
        Ids.ACCEPTED_GATEWAY,
        Ids.REFERRAL_DECLINED).hasNotPassed(Ids.GIVE_SUPPORT);
    assertThat(historicNames(support.getId())).contains(Vars.DECLINE_REASON);
    assertThat(referral).hasPassedInOrder(ReferralProcess.Ids.RECEIVER_WORK, ReferralProcess.Ids.RECORD_DECLINE)
        .isWaitingAt(ReferralProcess.Ids.RECEIVER_WORK);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.RECEIVER_ANSWER))
        .isEqualTo(ReferralProcess.Values.ANSWER_DECLINED);
    assertThat(ReferralProcess.Typed.DECLINED_SERVICES.read(runtimeService.getVariable(referral.getId(),
        ReferralProcess.Vars.DECLINED_SERVICES)))
        .containsExactly("PARENTING_PROGRAMME_ABC");
    assertThat(historicNames(referral.getId())).doesNotContainAnyElementsOf(Vars.RECEIVER_NOTES);
    assertThat(s.offers(referral.getBusinessKey())).extracting(o -> o.get("TARGET_SERVICE") + "/" + o.get("ANSWER"))
        .containsExactly("PARENTING_PROGRAMME_ABC/DECLINED", "SOCIAL_COUNSELLOR/OPEN");
  }

  @Test
  void aMissedFirstContactIsEscalatedFromInsideTheReceiversProcessWithoutCaseData() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);

    managementService.executeJob(s.timerJob(support.getId(), Ids.FIRST_CONTACT_TIMER).getId());

    assertThat(support).isWaitingAt(Ids.ACCEPT_REFERRAL).hasPassedInOrder(Ids.FIRST_CONTACT_TIMER,
        Ids.ESCALATE_FIRST_CONTACT,
        Ids.FIRST_CONTACT_ESCALATED);
    ProcessInstance escalation = s.escalation(referral.getBusinessKey());
    assertThat(escalation).isNotNull().isWaitingAt(EscalationProcess.Ids.HANDLE_ESCALATION);
    assertThat(escalation.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(runtimeService.getVariables(escalation.getId()).keySet()).containsExactlyInAnyOrder(
        "caseReference", "centreId", "centreName", EscalationProcess.Vars.ESCALATION_KIND,
        EscalationProcess.Vars.ESCALATION_TEXT, EscalationProcess.Vars.MISSED_DUE_DATE);
    assertThat(runtimeService.getVariable(escalation.getId(), "centreName")).isEqualTo("Familjecentralen Mörby");
    assertThat(s.candidateGroups(taskService.createTaskQuery().processInstanceId(escalation.getId())
        .singleResult())).containsExactly("samordnare");
    assertThat(s.offers(referral.getBusinessKey())).singleElement()
        .satisfies(o -> assertThat(o).containsEntry("FIRST_CONTACT_BREACHED", true));
    // the receiver's task stays open (the timer does not interrupt it) and can still be answered
    s.completeAs("sara.berg", s.task(support, Ids.ACCEPT_REFERRAL), accept());
    assertThat(support).isWaitingAt(Ids.GIVE_SUPPORT);
  }

  @Test
  void consentWithdrawnWhileTheSupportIsGivenCancelsTheReceiversProcessAndItsTask() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);
    s.completeAs("sara.berg", s.task(support, Ids.ACCEPT_REFERRAL), accept());
    assertThat(support).isWaitingAt(Ids.GIVE_SUPPORT);

    runtimeService.createMessageCorrelation(ReferralProcess.Messages.CONSENT_WITHDRAWN)
        .processInstanceBusinessKey(referral.getBusinessKey()).correlate();

    assertThat(support).isEnded().hasNotPassed(Ids.FOLLOW_UP_SUPPORT, Ids.SUPPORT_GIVEN);
    assertThat(taskService.createTaskQuery().processInstanceId(support.getId()).count()).isZero();
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END)
        .hasNotPassed(ReferralProcess.Ids.HAND_BACK);
    assertThat(historicNames(referral.getId())).as("nothing came back from the cancelled work")
        .doesNotContain(ReferralProcess.Vars.RECEIVER_ANSWER, ReferralProcess.Vars.WORK_OUTCOME);
  }

  @Test
  void theVisibilityMatrixNamesExactlyTheVariablesTheReceiversProcessHas() {
    // one receiver declines, the next accepts, gives the support and follows it up: every variable it can have
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    s.completeAs("sara.berg", s.receiverTask(referral, Ids.ACCEPT_REFERRAL), decline("Gruppen är full"));
    ProcessInstance support = s.support(referral);
    s.completeAs("sara.berg", s.task(support, Ids.ACCEPT_REFERRAL), accept());
    s.completeAs("sara.berg", s.task(support, Ids.GIVE_SUPPORT), Map.of(Vars.SUPPORT_SUMMARY, "Samtal varannan vecka",
        Vars.FOLLOW_UP_ON, SwedishTime.today().plusMonths(1).toString()));
    s.completeAs("sara.berg", s.task(support, Ids.FOLLOW_UP_SUPPORT), Map.of(Vars.FOLLOW_UP_RESULT, "Bättre sömn"));

    Set<String> names = new TreeSet<>();
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralSupportProcess.KEY)
        .processInstanceBusinessKey(referral.getBusinessKey()).list()
        .forEach(instance -> names.addAll(historicNames(instance.getId())));
    Set<String> rows = VisibilityMatrix.get().rows(ReferralSupportProcess.KEY).stream()
        .map(VisibilityMatrix.Variable::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(names).isEqualTo(rows);
    assertThat(rows).containsAll(Vars.PASSED_IN).containsAll(Vars.PASSED_BACK).containsAll(Vars.RECEIVER_NOTES);
    // and the referral's rows name none of the receiver's notes
    assertThat(VisibilityMatrix.get().rows(ReferralProcess.KEY)).extracting(VisibilityMatrix.Variable::name)
        .doesNotContainAnyElementsOf(Vars.RECEIVER_NOTES);
  }

  @Test
  void theCallPassesInTheBusinessKeyAndTheDeclaredVariablesAndTakesBackOnlyTheAnswerAndTheOutcome() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ReferralProcess.KEY)
        .latestVersion().singleResult().getId();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition);
    CallActivity call = model.getModelElementById(ReferralProcess.Ids.RECEIVER_WORK);
    assertThat(call.getCalledElement()).isEqualTo(ReferralSupportProcess.KEY);
    List<CamundaIn> in = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
    assertThat(in).filteredOn(i -> i.getCamundaBusinessKey() != null).singleElement()
        .satisfies(i -> assertThat(i.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
    assertThat(in).filteredOn(i -> i.getCamundaBusinessKey() == null)
        .allSatisfy(i -> assertThat(i.getCamundaTarget()).isEqualTo(i.getCamundaSource()))
        .extracting(CamundaIn::getCamundaSource).containsExactlyElementsOf(Vars.PASSED_IN);
    assertThat(in).noneMatch(i -> "all".equals(i.getCamundaVariables()) || i.getCamundaSourceExpression() != null);
    List<CamundaOut> out = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
    assertThat(out).allSatisfy(o -> assertThat(o.getCamundaTarget()).isEqualTo(o.getCamundaSource()))
        .extracting(CamundaOut::getCamundaSource).containsExactlyElementsOf(Vars.PASSED_BACK);
  }
}
