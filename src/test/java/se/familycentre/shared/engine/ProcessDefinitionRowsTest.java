package se.familycentre.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Our start-up code (AuthorizationSetup, RetentionPlugin) lists process definitions with the engine's query minus its
 * description fetch, so that a start parses no model; it must list exactly what the engine's query lists, in the
 * same order.
 */
@FamilyCentreSpringTest
class ProcessDefinitionRowsTest {

  static final String KEY = "processDefinitionRowsSample";

  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void theSameDefinitionsInTheSameOrderAsTheEnginesQueryEveryVersionAndTheLatestPerKeyAndTenant() {
    // two versions without a tenant, and one with a tenant: its own latest version under the same key
    deploy(null, "first");
    deploy(null, "second");
    deploy("rows-test-tenant", "third");

    assertThat(ids(ProcessDefinitionRows.query(repositoryService).list()))
        .isEqualTo(ids(repositoryService.createProcessDefinitionQuery().list()));
    List<ProcessDefinition> latest = ProcessDefinitionRows.query(repositoryService).latestVersion().list();
    assertThat(ids(latest))
        .isEqualTo(ids(repositoryService.createProcessDefinitionQuery().latestVersion().list()));
    assertThat(latest).filteredOn(d -> d.getKey().equals(KEY))
        .extracting(ProcessDefinition::getVersion, ProcessDefinition::getTenantId)
        .containsExactlyInAnyOrder(tuple(2, null), tuple(1, "rows-test-tenant"));
    // the rows carry what RetentionPlugin and AuthorizationSetup read
    ProcessDefinition row = ProcessDefinitionRows.query(repositoryService).processDefinitionKey(KEY)
        .withoutTenantId().latestVersion().singleResult();
    ProcessDefinition engines = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
        .withoutTenantId().latestVersion().singleResult();
    assertThat(row).extracting(ProcessDefinition::getId, ProcessDefinition::getKey, ProcessDefinition::getVersion,
        ProcessDefinition::getHistoryTimeToLive, ProcessDefinition::getDeploymentId).containsExactly(engines.getId(),
        KEY, 2, engines.getHistoryTimeToLive(), engines.getDeploymentId());
    assertThat(row.getHistoryTimeToLive()).isNotNull();
  }

  @Test
  void theRowsQueryReadsNoModelTheEnginesQueryDoes() {
    String id = repositoryService.createDeployment().name("process-definition-rows-test")
        .addModelInstance("rows-cache.bpmn", model(KEY + "Cache", "cached")).deployWithResult()
        .getDeployedProcessDefinitions().get(0).getId();
    DeploymentCache cache = configuration.getDeploymentCache();
    cache.removeProcessDefinition(id); // as after a restart

    assertThat(ProcessDefinitionRows.query(repositoryService).processDefinitionId(id).list()).hasSize(1);
    assertThat(cache.getBpmnModelInstanceCache().get(id)).as("model read by the rows query").isNull();

    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionId(id).list()).hasSize(1);
    assertThat(cache.getBpmnModelInstanceCache().get(id)).as("model read by the engine's query").isNotNull();
  }

  private void deploy(String tenant, String taskName) {
    repositoryService.createDeployment().name("process-definition-rows-test").tenantId(tenant)
        .addModelInstance("rows.bpmn", model(KEY, taskName)).deploy();
  }

  private static BpmnModelInstance model(String key, String taskName) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask().name(taskName)
        .endEvent().done();
  }

  private static List<String> ids(List<ProcessDefinition> definitions) {
    return definitions.stream().map(ProcessDefinition::getId).toList();
  }
}
