package se.familycentre.shared.engine.secrecy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessInstanceWithVariablesImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.secrecy.AccessLog;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.engine.guard.CommandFields;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * The visibility matrix on every command that hands variable values to a signed-in user: a task's or an
 * execution's variables (all, or one), a task's form variables (what Tasklist's Camunda Forms show), the variables
 * returned after a start or a completion. Variables the user's groups may not read in that process are left out
 * (a single one reads as absent). The variable queries (runtime, history, details) are restricted in their SQL by
 * {@link VariableQueryRewritePlugin}; this guard writes their personal data to the access log, as it does for every
 * command above, administrators' reads included.
 */
@Component
@Order(100)
public class VariableReadGuard implements CommandGuard {

  private final ObjectProvider<AccessLog> accessLog;

  public VariableReadGuard(ObjectProvider<AccessLog> accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public Object after(GuardedCommand guarded, Object result) {
    if (result == null) {
      return null;
    }
    Object command = guarded.command();
    CommandContext context = guarded.context();
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
      String taskId = command instanceof AbstractGetFormVariablesCmd form ? form.resourceId
          : CommandFields.read(command, "taskId", String.class);
      return visible(guarded, ofTask(context, taskId).onTask(), (VariableMap) result);
    }
    if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
      return visibleOne(guarded, ofTask(context, CommandFields.read(command, "taskId", String.class)).onTask(),
          CommandFields.read(command, "variableName", String.class), result);
    }
    if (command instanceof GetExecutionVariablesCmd) {
      return visible(guarded, ofExecution(context, CommandFields.read(command, "executionId", String.class)),
          (VariableMap) result);
    }
    if (command instanceof GetExecutionVariableCmd || command instanceof GetExecutionVariableTypedCmd) {
      return visibleOne(guarded, ofExecution(context, CommandFields.read(command, "executionId", String.class)),
          CommandFields.read(command, "variableName", String.class), result);
    }
    if (command instanceof GetStartFormVariablesCmd start) {
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(start.resourceId);
      return visible(guarded, new Scope(definition.getKey(), null), (VariableMap) result);
    }
    if ((command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
        && result instanceof VariableMap variables) {
      return visible(guarded, ofFinishedTask(context, CommandFields.read(command, "taskId", String.class)), variables);
    }
    if (command instanceof StartProcessInstanceCmd && result instanceof ProcessInstanceWithVariablesImpl started) {
      ExecutionEntity instance = started.getExecutionEntity();
      // the starter's own answers and what the first steps set: filtered, not logged as a read (the start itself
      // is logged as a change of the personal data it carries, see PersonalDataChangeLog)
      VariableMap variables = shown(guarded.caller(), new Scope(keyOf(context, instance.getProcessDefinitionId()),
          instance.getId()), started.getVariables());
      return (ProcessInstanceWithVariables) new ProcessInstanceWithVariablesImpl(instance, variables);
    }
    if (command instanceof VariableInstanceQueryImpl || command instanceof HistoricVariableInstanceQueryImpl
        || command instanceof HistoricDetailQueryImpl) {
      logQueryResult(guarded, result);
    }
    return result;
  }

  /**
   * The process a variable scope belongs to (its definition key) and the instance, for the access log; read through
   * a task, the task's copies of the case reference and centre are readable too.
   */
  record Scope(String processKey, String processInstanceId, boolean task) {
    Scope(String processKey, String processInstanceId) {
      this(processKey, processInstanceId, false);
    }

    Scope onTask() {
      return new Scope(processKey, processInstanceId, true);
    }

    boolean mayRead(String name, Caller caller) {
      return caller.admin() || VariableVisibility.mayRead(processKey, name, caller.groups())
          || task && VisibilityMatrix.TASK_COPIES.contains(name);
    }
  }

  static Scope ofTask(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return new Scope(null, null);
    }
    return new Scope(keyOf(context, task.getProcessDefinitionId()), task.getProcessInstanceId());
  }

  static Scope ofFinishedTask(CommandContext context, String taskId) {
    HistoricTaskInstanceEntity task = context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class, taskId);
    return task == null ? new Scope(null, null) : new Scope(task.getProcessDefinitionKey(), task.getProcessInstanceId());
  }

  static Scope ofExecution(CommandContext context, String executionId) {
    ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
    if (execution == null || execution.getProcessDefinitionId() == null) {
      return new Scope(null, null);
    }
    return new Scope(keyOf(context, execution.getProcessDefinitionId()), execution.getProcessInstanceId());
  }

  static String keyOf(CommandContext context, String processDefinitionId) {
    return context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId).getKey();
  }

  private VariableMap visible(GuardedCommand guarded, Scope scope, VariableMap variables) {
    VariableMap shown = shown(guarded.caller(), scope, variables);
    log(guarded, scope, shown.keySet());
    return shown;
  }

  private static VariableMap shown(Caller caller, Scope scope, VariableMap variables) {
    VariableMap shown = Variables.createVariables();
    for (String name : variables.keySet()) {
      if (scope.mayRead(name, caller)) {
        shown.putValueTyped(name, variables.getValueTyped(name));
      }
    }
    return shown;
  }

  private Object visibleOne(GuardedCommand guarded, Scope scope, String name, Object value) {
    Caller caller = guarded.caller();
    if (!scope.mayRead(name, caller)) {
      return null;
    }
    log(guarded, scope, List.of(name));
    return value;
  }

  private void logQueryResult(GuardedCommand guarded, Object result) {
    if (!(result instanceof Collection<?> rows)) {
      return;
    }
    Map<Scope, Set<String>> read = new LinkedHashMap<>();
    for (Object row : rows) {
      String process = null;
      String instance = null;
      String name = null;
      if (row instanceof HistoricVariableInstance variable) {
        process = variable.getProcessDefinitionKey();
        instance = variable.getProcessInstanceId();
        name = variable.getName();
      } else if (row instanceof HistoricDetail detail) {
        process = detail.getProcessDefinitionKey();
        instance = detail.getProcessInstanceId();
        name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
            : detail instanceof HistoricFormField field ? field.getFieldId() : null;
      } else if (row instanceof VariableInstance variable && variable.getProcessDefinitionId() != null) {
        process = keyOf(guarded.context(), variable.getProcessDefinitionId());
        instance = variable.getProcessInstanceId();
        name = variable.getName();
      }
      if (name != null && process != null) {
        read.computeIfAbsent(new Scope(process, instance), s -> new LinkedHashSet<>()).add(name);
      }
    }
    read.forEach((scope, names) -> log(guarded, scope, names));
  }

  /** One access log entry for the personal data among {@code names}, if there is any. */
  private void log(GuardedCommand guarded, Scope scope, Collection<String> names) {
    if (scope.processKey() == null || scope.processInstanceId() == null) {
      return;
    }
    List<String> personal = new ArrayList<>();
    for (String name : names) {
      if (VisibilityMatrix.get().isPersonal(scope.processKey(), name)) {
        personal.add(name);
      }
    }
    AccessLog log = accessLog.getIfAvailable();
    if (!personal.isEmpty() && log != null) {
      log.record(new AccessLog.Entry(guarded.caller().userId(), AccessLog.Action.READ, scope.processKey(),
          scope.processInstanceId(), personal, guarded.door()));
    }
  }
}
