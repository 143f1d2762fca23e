package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

/**
 * The engine command fields the guards read and write exist with the types they expect (Camunda 7.24): an engine
 * upgrade that renames one fails here, by name, instead of letting a guard fail at run time.
 */
class CommandFieldsTest {

  @Test
  void theFieldsTheGuardsReadExistWithTheirTypes() {
    assertField(CompleteTaskCmd.class, "taskId", String.class);
    assertField(CompleteTaskCmd.class, "variables", Map.class);
    assertField(ResolveTaskCmd.class, "variables", Map.class);
    assertField(SubmitTaskFormCmd.class, "taskId", String.class);
    assertField(SubmitTaskFormCmd.class, "properties", VariableMap.class);
    assertField(SubmitStartFormCmd.class, "processDefinitionId", String.class);
    assertField(SubmitStartFormCmd.class, "variables", VariableMap.class);
    assertField(StartProcessInstanceCmd.class, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
    assertField(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder",
        ProcessInstantiationBuilderImpl.class);
    assertField(ClaimTaskCmd.class, "userId", String.class);
    assertField(AssignTaskCmd.class, "userId", String.class);
    assertField(SaveUserCmd.class, "user", User.class);
    assertField(SetUserPictureCmd.class, "userId", String.class);
    assertField(DeleteUserPictureCmd.class, "userId", String.class);
    assertField(SetUserInfoCmd.class, "userId", String.class);
    assertField(DeleteUserInfoCmd.class, "userId", String.class);
  }

  @Test
  void aFieldReadAndWrittenIsTheCommandsOwn() {
    CompleteTaskCmd command = new CompleteTaskCmd("task-1", Map.of("a", 1));

    CommandFields.write(command, "variables", Map.of("b", 2));

    assertThat(CommandFields.read(command, "taskId")).isEqualTo("task-1");
    assertThat(CommandFields.read(command, "variables")).isEqualTo(Map.of("b", 2));
    assertThatThrownBy(() -> CommandFields.read(command, "noSuchField"))
        .hasMessageContaining("CompleteTaskCmd has no field noSuchField");
  }

  private static void assertField(Class<?> command, String name, Class<?> type) {
    assertThat(CommandFields.field(command, name).getType()).as(command.getSimpleName() + "." + name)
        .isEqualTo(type);
  }
}
