package se.familycentre.shared.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.shared.CaseVariables;
import se.familycentre.support.FamilyCentreSpringTest;

/** Tasklist shows which case a task belongs to (name and filter columns); the diagram keeps its short label. */
@FamilyCentreSpringTest
class CaseOnTasksTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.FilterService filterService;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aTaskCarriesTheCaseReferenceAndTheCentreInItsNameAndInTheFilterColumns() throws Exception {
    repositoryService.createDeployment().addModelInstance("named.bpmn",
        Bpmn.createExecutableProcess("caseInTaskNameSample").camundaHistoryTimeToLive(1).startEvent()
            .userTask("userTask_assessNeed").name("Bedöm behov").camundaCandidateGroups("bvc").endEvent().done())
        .deploy();

    // a reference of its own: the shared test database also holds real referrals (REF-...)
    String reference = "PROV-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var withCase = runtimeService.startProcessInstanceByKey("caseInTaskNameSample", Map.of(
        CaseVariables.CASE_REFERENCE, reference, CaseVariables.CENTRE_NAME, "Familjecentralen Mörby"));
    var withoutCase = runtimeService.startProcessInstanceByKey("caseInTaskNameSample");

    assertThat(taskService.createTaskQuery().processInstanceId(withCase.getId()).singleResult().getName())
        .isEqualTo("Bedöm behov – " + reference + " (Familjecentralen Mörby)");
    assertThat(taskService.createTaskQuery().processInstanceId(withoutCase.getId()).singleResult().getName())
        .isEqualTo("Bedöm behov");
    assertThat(repositoryService.getBpmnModelInstance(withCase.getProcessDefinitionId())
        .getModelElementById("userTask_assessNeed").getAttributeValue("name")).isEqualTo("Bedöm behov");

    // the filter columns, fetched as Tasklist fetches them, as an official of the task's group
    String filterId = filterService.createFilterQuery()
        .filterName(se.familycentre.organisation.TasklistFilters.groupFilterName(
            se.familycentre.organisation.Groups.BVC)).singleResult().getId();
    var list = new se.familycentre.support.Rest(port).postRaw("erik.johansson",
        "/engine-rest/filter/" + filterId + "/list?maxResults=500",
        java.util.Map.of("Accept", "application/hal+json", "Content-Type", "application/json"),
        "{\"processVariables\":[],\"taskVariables\":[],\"variableNames\":[\"caseReference\",\"centreName\"]}");
    assertThat(list.status()).isEqualTo(200);
    // the task's embedded variables (not its name, which carries the same words)
    var tasks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.body()).path("_embedded").path("task");
    var columns = new java.util.HashMap<String, String>();
    for (var task : tasks) {
      if (task.path("processInstanceId").asText().equals(withCase.getId())) {
        for (var variable : task.path("_embedded").path("variable")) {
          columns.put(variable.path("name").asText(), variable.path("value").asText());
        }
      }
    }
    assertThat(columns).containsEntry(CaseVariables.CASE_REFERENCE, reference)
        .containsEntry(CaseVariables.CENTRE_NAME, "Familjecentralen Mörby");

    // the sample's tasks would otherwise sit in BVC officials' lists in later (browser) tests
    runtimeService.deleteProcessInstances(java.util.List.of(withCase.getId(), withoutCase.getId()), "test done",
        true, true);
  }
}
