package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Cases started on the versions of the establishment model from before the checks and statuses moved into the model
 * keep calling {@code ${validateAnswersListener}} when a task ends and {@code ${recordStatusListener}} without its
 * field {@code status} when a phase starts ({@link EarlierModelListeners}): the task's own validation still refuses,
 * the phase's status is still recorded.
 */
@FamilyCentreSpringTest
class EarlierModelListenersTest {

  @Autowired ProcessEngine engine;
  @Autowired FamilyCentreRegister register;
  @Autowired ApplicationContext context;

  @Test
  void aCoLocationOfAnEarlierModelGetsItsStatusAndItsChecks() {
    EstablishmentCases cases = new EstablishmentCases(engine);
    String centreId = EstablishmentCases.uniqueId("earlier-model");
    cases.start(centreId);
    assertThat(register.status(centreId)).isEqualTo(CentreStatus.INVESTIGATING);
    BpmnModelInstance earlier = Bpmn.createExecutableProcess("earlierModel_establishment").camundaHistoryTimeToLive(1)
        .startEvent().userTask(Ids.ARRANGE_CO_LOCATION).camundaCandidateGroups("samordnare")
        .camundaExecutionListenerDelegateExpression("start", "${recordStatusListener}")
        .camundaExecutionListenerDelegateExpression("end", "${validateAnswersListener}")
        .endEvent().done();
    String deployment = engine.getRepositoryService().createDeployment().name("earlier-model-listeners-test")
        .addModelInstance("earlier.bpmn", earlier).deploy().getId();
    try {
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("earlierModel_establishment",
          centreId, Map.of(Vars.CENTRE_ID, centreId));
      assertThat(register.status(centreId)).as("the phase's status from the earlier model's table")
          .isEqualTo(CentreStatus.CO_LOCATING);

      Task coLocation = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
      Map<String, Object> withoutPremises = EstablishmentCases.coLocation(true, true, true, true);
      withoutPremises.remove(Vars.PREMISES);
      assertThatThrownBy(() -> engine.getTaskService().complete(coLocation.getId(), withoutPremises))
          .isInstanceOf(InputRefused.class).hasMessageContaining("Lokaler");
      assertThat(engine.getTaskService().createTaskQuery().taskId(coLocation.getId()).count()).isOne();

      engine.getTaskService().complete(coLocation.getId(), EstablishmentCases.coLocation(true, true, true, true));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
          .isZero();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  @Test
  void theStatusListenerIsABeanOfItsOwnPerCallSoTwoPhasesNeverShareTheirInjectedStatus() {
    assertThat(context.getBean("recordStatusListener")).isNotSameAs(context.getBean("recordStatusListener"));
  }
}
