package se.familycentre.shared.engine.guard.form;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import se.familycentre.shared.engine.guard.CommandFields;

/**
 * The variables a caller sends with a completion or a start, and where they go: a task (complete, resolve, submit
 * its form) or a process definition's start (start by id or key, submit the start form). The engine's commands
 * keep them in fields (see {@link CommandFields}); {@link #replace} puts back what the guard accepted.
 */
final class Submission {

  private final Command<?> command;
  private final String field;
  private final Map<String, Object> variables;
  private final TaskEntity task;
  private final String processDefinitionId;

  private Submission(Command<?> command, String field, Map<String, Object> variables, TaskEntity task,
      String processDefinitionId) {
    this.command = command;
    this.field = field;
    this.variables = variables;
    this.task = task;
    this.processDefinitionId = processDefinitionId;
  }

  /** The submission a command carries, or null when it carries none (another command, no variables, no task). */
  @SuppressWarnings("unchecked")
  static Submission of(Command<?> command, CommandContext context) {
    if (command instanceof CompleteTaskCmd) { // and ResolveTaskCmd, which extends it
      return forTask(command, "variables", (Map<String, Object>) CommandFields.read(command, "variables"), context);
    }
    if (command instanceof SubmitTaskFormCmd) {
      return forTask(command, "properties", (Map<String, Object>) CommandFields.read(command, "properties"),
          context);
    }
    if (command instanceof SubmitStartFormCmd) {
      Map<String, Object> variables = (Map<String, Object>) CommandFields.read(command, "variables");
      return empty(variables) ? null : new Submission(command, "variables", variables, null,
          (String) CommandFields.read(command, "processDefinitionId"));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder =
          (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
      VariableMap variables = builder.getModificationBuilder().getProcessVariables();
      return empty(variables) ? null : new Submission(command, null, variables, null,
          new GetDeployedProcessDefinitionCmd(builder, false).execute(context).getId());
    }
    return null;
  }

  private static Submission forTask(Command<?> command, String field, Map<String, Object> variables,
      CommandContext context) {
    if (empty(variables)) {
      return null;
    }
    TaskEntity task = context.getTaskManager().findTaskById((String) CommandFields.read(command, "taskId"));
    // no such task: the command itself says so
    return task == null ? null : new Submission(command, field, variables, task, null);
  }

  private static boolean empty(Map<String, Object> variables) {
    return variables == null || variables.isEmpty();
  }

  /**
   * The variables as sent, each as the caller gave it: a typed value stays typed (a {@link VariableMap} would
   * otherwise hand out its plain values, and fail on an object value that is not deserialized).
   */
  Map<String, Object> variables() {
    if (!(variables instanceof VariableMap typed)) {
      return variables;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : typed.keySet()) {
      values.put(name, typed.getValueTyped(name));
    }
    return values;
  }

  /** The task being completed; null for a start. */
  TaskEntity task() {
    return task;
  }

  /** The process definition being started; null for a task. */
  String processDefinitionId() {
    return processDefinitionId;
  }

  /** Makes the command carry these variables instead of those sent. */
  void replace(Map<String, Object> accepted) {
    if (field == null) {
      // the instantiation builder's own map, created by the builder: replaced in place
      variables.clear();
      variables.putAll(accepted);
    } else {
      CommandFields.write(command, field, new VariableMapImpl(accepted));
    }
  }
}
