package se.familycentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.support.FamilyCentreSpringTest;

/** Tasklist shows which case a task belongs to; the diagram keeps its short label. */
@FamilyCentreSpringTest
class CaseInTaskNameTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aTaskNameCarriesTheCaseReferenceAndTheCentre() {
    repositoryService.createDeployment().addModelInstance("named.bpmn",
        Bpmn.createExecutableProcess("caseInTaskNameSample").camundaHistoryTimeToLive(1).startEvent()
            .userTask("userTask_assessNeed").name("Bedöm behov").camundaCandidateGroups("bvc").endEvent().done())
        .deploy();

    var withCase = runtimeService.startProcessInstanceByKey("caseInTaskNameSample", Map.of(
        CaseVariables.CASE_REFERENCE, "REF-2026-000001", CaseVariables.CENTRE_NAME, "Familjecentralen Mörby"));
    var withoutCase = runtimeService.startProcessInstanceByKey("caseInTaskNameSample");

    assertThat(taskService.createTaskQuery().processInstanceId(withCase.getId()).singleResult().getName())
        .isEqualTo("Bedöm behov – REF-2026-000001 (Familjecentralen Mörby)");
    assertThat(taskService.createTaskQuery().processInstanceId(withoutCase.getId()).singleResult().getName())
        .isEqualTo("Bedöm behov");
    assertThat(repositoryService.getBpmnModelInstance(withCase.getProcessDefinitionId())
        .getModelElementById("userTask_assessNeed").getAttributeValue("name")).isEqualTo("Bedöm behov");
  }
}
