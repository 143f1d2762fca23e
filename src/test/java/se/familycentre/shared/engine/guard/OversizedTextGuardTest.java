package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Which values the guard counts as text: every variable the task's execution sees, from its own scope outwards,
 * whose value is a String, however it is stored; never a JSON value or any other type, however long.
 */
@FamilyCentreSpringTest
class OversizedTextGuardTest {

  static final String KEY = "oversizedTextGuardSample";
  static final String LONG = "x".repeat(OversizedTextGuard.MAX_TEXT_LENGTH + 1);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  void deploy() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
      repositoryService.createDeployment().addModelInstance("guard.bpmn", Bpmn.createExecutableProcess(KEY)
          .camundaHistoryTimeToLive(1).startEvent().subProcess("subProcess_inner").embeddedSubProcess()
          .startEvent().userTask("userTask_answer").endEvent().subProcessDone().endEvent().done()).deploy();
    }
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  @Test
  void aLongAnswerIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY);
    Task task = task(pi);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("summary", LONG)))
        .isInstanceOf(InputRefused.class).hasMessageContaining("summary").hasMessageContaining("högst 4000 tecken");
    assertThat(task(pi)).isNotNull();
  }

  @Test
  void aLongTextOnTheCaseIsRefusedFromTheInnerScopeOfTheTask() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, Map.of("note", "kort"));
    String innerScope = task(pi).getExecutionId();
    assertThat(innerScope).isNotEqualTo(pi.getId());

    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("note", LONG)))
        .isInstanceOf(InputRefused.class).hasMessageContaining("note");
    assertThat(runtimeService.getVariable(pi.getId(), "note")).isEqualTo("kort");
  }

  @Test
  void aSerializedObjectThatIsAStringCountsAsText() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY);

    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Variables.createVariables().putValueTyped(
        "wrapped", Variables.objectValue(LONG).serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create()))).isInstanceOf(InputRefused.class).hasMessageContaining("wrapped");
  }

  @Test
  void longJsonAndObjectValuesAreNotText() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, Variables.createVariables()
        .putValue("list", Spin.JSON(List.of(LONG)))
        .putValueTyped("object", Variables.objectValue(List.of(LONG))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));

    taskService.complete(task(pi).getId(), Map.of("more", Spin.JSON(Map.of("text", LONG))));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
