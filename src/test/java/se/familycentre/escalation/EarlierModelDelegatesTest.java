package se.familycentre.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Cases started on the first versions of the intake and support models keep calling the three delegates of one
 * kind each when their timers fire ({@link EarlierModelDelegates}); they escalate as the one delegate of today does.
 */
@FamilyCentreSpringTest
class EarlierModelDelegatesTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ApplicationContext context;

  @ParameterizedTest(name = "{0} escalates {1}")
  @CsvSource({
      "escalateProtectionBreachDelegate, PROTECTION_ASSESSMENT",
      "escalateDecisionBreachDelegate, INVESTIGATION_DECISION",
      "escalateFirstContactBreachDelegate, FIRST_CONTACT"})
  void aStepOfAnEarlierModelStillEscalatesItsKind(String bean, String kind) {
    String key = "earlierModel_" + bean;
    String deployment = repositoryService.createDeployment().name("earlier-model-delegates-test")
        .addModelInstance("earlier.bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("serviceTask_escalate").camundaDelegateExpression("${" + bean + "}")
            .endEvent().done())
        .deploy().getId();
    String reference = "PROV-" + UUID.randomUUID().toString().substring(0, 8);
    Date due = new Date(1_700_000_000_000L);
    try {
      runtimeService.startProcessInstanceByKey(key, reference, Map.of(EscalationProcess.Vars.CENTRE_ID,
          "stockholm-rinkeby", EscalationProcess.Vars.CENTRE_NAME, "Familjecentralen Rinkeby",
          ReportOfConcernProcess.Vars.PROTECTION_DUE_AT, due, ReportOfConcernProcess.Vars.DECISION_DUE_AT, due));

      ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKey(reference).singleResult();
      assertThat(escalation).as("escalation of " + reference).isNotNull();
      assertThat(escalation.getTenantId()).isEqualTo("stockholm-rinkeby");
      Map<String, Object> variables = runtimeService.getVariables(escalation.getId());
      assertThat(variables).containsEntry(EscalationProcess.Vars.ESCALATION_KIND, kind)
          .containsEntry(EscalationProcess.Vars.CASE_REFERENCE, reference)
          .containsEntry(EscalationProcess.Vars.CENTRE_NAME, "Familjecentralen Rinkeby");
      assertThat(variables.get(EscalationProcess.Vars.ESCALATION_TEXT)).asString().isNotBlank();
      assertThat(variables.get(EscalationProcess.Vars.MISSED_DUE_DATE)).isInstanceOf(Date.class);
      if (!kind.equals(EscalationProcess.Values.FIRST_CONTACT)) {
        assertThat(variables).containsEntry(EscalationProcess.Vars.MISSED_DUE_DATE, due);
      }
      runtimeService.deleteProcessInstances(List.of(escalation.getId()), "test done", true, true);
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }

  @Test
  void theOneDelegateIsABeanOfItsOwnPerCallSoTwoStepsNeverShareTheirInjectedKind() {
    assertThat(context.getBean("escalateMissedDeadlineDelegate"))
        .isNotSameAs(context.getBean("escalateMissedDeadlineDelegate"));
  }
}
