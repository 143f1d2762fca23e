package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.familycentre.FamilyCentreApplication;

/**
 * The embedded default keeps its data in an H2 file: a case started before a restart is still there, at the same
 * step, with its task, variables and history, after the restart. Runs the real application twice on one file.
 */
class RestartKeepsCasesTest {

  @Test
  void aCaseStartedBeforeARestartIsAtTheSameStepAfterIt() throws Exception {
    Path dataDir = Files.createTempDirectory("familycentre-restart");
    String processInstanceId;
    String taskId;

    try (ConfigurableApplicationContext first = start(dataDir)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().name("restart-test").addModelInstance("restart.bpmn",
          Bpmn.createExecutableProcess("restartSampleProcess").camundaHistoryTimeToLive(30)
              .startEvent().userTask("userTask_first").camundaCandidateGroups("bvc")
              .userTask("userTask_second").camundaCandidateGroups("bvc").endEvent().done()).deploy();
      ProcessInstance instance = engine.getRuntimeService()
          .startProcessInstanceByKey("restartSampleProcess", "restart-case-1", java.util.Map.of("centreId", "danderyd-morby"));
      Task first1 = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
      engine.getTaskService().complete(first1.getId());
      processInstanceId = instance.getId();
      taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    try (ConfigurableApplicationContext second = start(dataDir)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("restart-case-1").singleResult();

      assertThat(task.getId()).isEqualTo(taskId);
      assertThat(task.getTaskDefinitionKey()).isEqualTo("userTask_second");
      assertThat(engine.getRuntimeService().getVariable(processInstanceId, "centreId")).isEqualTo("danderyd-morby");
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(processInstanceId).activityId("userTask_first").finished().count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("restart-case-1")
          .count()).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    // command-line arguments, so they win over application.yaml (builder properties would only be defaults)
    return new SpringApplicationBuilder(FamilyCentreApplication.class).run(
        "--familycentre.data-dir=" + dataDir,
        "--server.port=0",
        // its own engine name, so this second engine never replaces the shared test context's in Camunda's
        // static engine registry
        "--camunda.bpm.process-engine-name=restarttest",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.admin-user.password=admin");
  }
}
