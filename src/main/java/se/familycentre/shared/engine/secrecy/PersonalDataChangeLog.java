package se.familycentre.shared.engine.secrecy;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.secrecy.AccessLog;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.shared.engine.guard.CommandFields;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;
import se.familycentre.shared.engine.secrecy.VariableReadGuard.Scope;

/**
 * Writes to the access log every change of a case's personal data by a signed-in user, whatever the door: the
 * start of a case, the completion of a task (Tasklist's form, REST, our own code), and an administrator's direct
 * change or removal of variables. Only what the command really did (it runs after the command succeeded).
 */
@Component
@Order(110)
public class PersonalDataChangeLog implements CommandGuard {

  private final ObjectProvider<AccessLog> accessLog;

  public PersonalDataChangeLog(ObjectProvider<AccessLog> accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object after(GuardedCommand guarded, Object result) {
    Object command = guarded.command();
    var context = guarded.context();
    if (command instanceof CompleteTaskCmd) {
      log(guarded, VariableReadGuard.ofFinishedTask(context, CommandFields.read(command, "taskId", String.class)),
          keys(CommandFields.read(command, "variables", Map.class)));
    } else if (command instanceof SubmitTaskFormCmd) {
      log(guarded, VariableReadGuard.ofFinishedTask(context, CommandFields.read(command, "taskId", String.class)),
          keys(CommandFields.read(command, "properties", Map.class)));
    } else if (command instanceof StartProcessInstanceCmd && result instanceof ProcessInstance instance) {
      ProcessInstantiationBuilderImpl builder = CommandFields.read(command, "instantiationBuilder",
          ProcessInstantiationBuilderImpl.class);
      log(guarded, started(guarded, instance), keys(builder.getVariables()));
    } else if (command instanceof SubmitStartFormCmd && result instanceof ProcessInstance instance) {
      log(guarded, started(guarded, instance), keys(CommandFields.read(command, "variables", Map.class)));
    } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
        || command instanceof AbstractPatchVariablesCmd) {
      String entityId = CommandFields.read(command, "entityId", String.class);
      boolean onTask = command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
          || command instanceof PatchTaskVariablesCmd;
      Scope scope = onTask ? VariableReadGuard.ofTask(context, entityId)
          : VariableReadGuard.ofExecution(context, entityId);
      Collection<String> names = command instanceof AbstractRemoveVariableCmd
          ? CommandFields.read(command, "variableNames", Collection.class)
          : keys(CommandFields.read(command, "variables", Map.class));
      if (command instanceof AbstractPatchVariablesCmd) {
        Collection<String> deletions = CommandFields.read(command, "deletions", Collection.class);
        names = new java.util.ArrayList<>(names);
        if (deletions != null) {
          names.addAll(deletions);
        }
      }
      log(guarded, scope, names);
    }
    return result;
  }

  private static Scope started(GuardedCommand guarded, ProcessInstance instance) {
    return new Scope(VariableReadGuard.keyOf(guarded.context(), instance.getProcessDefinitionId()), instance.getId());
  }

  private static Collection<String> keys(Map<String, ?> variables) {
    return variables == null ? java.util.List.of() : variables.keySet();
  }

  private void log(GuardedCommand guarded, Scope scope, Collection<String> names) {
    if (scope.processKey() == null || scope.processInstanceId() == null || names == null) {
      return;
    }
    var personal = names.stream().filter(n -> VisibilityMatrix.get().isPersonal(scope.processKey(), n)).toList();
    AccessLog log = accessLog.getIfAvailable();
    if (!personal.isEmpty() && log != null) {
      log.record(new AccessLog.Entry(guarded.caller().userId(), AccessLog.Action.CHANGE, scope.processKey(),
          scope.processInstanceId(), personal, guarded.door()));
    }
  }
}
