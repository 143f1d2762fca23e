package se.familycentre.shared.engine.guard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractSerializableValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.shared.engine.ParseListeners;

/**
 * Refuses a text answer longer than the engine can store ({@value #MAX_TEXT_LENGTH} characters, the size of the
 * variable text column on H2 and PostgreSQL) when a case starts or a task is completed, with a Swedish message naming
 * the field, before anything is written: otherwise the database would reject it at commit with an unreadable 500.
 * Added to every process's start event and user tasks at parse time. Forms keep their own, shorter limits.
 */
@Component
public class OversizedTextGuard extends AbstractProcessEnginePlugin {

  public static final int MAX_TEXT_LENGTH = 4000;

  static final ExecutionListener CHECK = OversizedTextGuard::check;

  static void check(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    for (Map.Entry<String, CoreVariableInstance> variable : visibleVariables(execution).entrySet()) {
      refuseIfTooLong(variable.getKey(), textOf(variable.getValue()));
    }
  }

  private static void refuseIfTooLong(String name, String text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new InputRefused(name, "Texten i fältet \"" + name + "\" är " + text.length()
          + " tecken lång; högst " + MAX_TEXT_LENGTH + " tecken får plats. Korta texten och försök igen.");
    }
  }

  /**
   * The variables the execution sees, in the order {@code execution.getVariables()} gives them (its own first,
   * then each parent scope's that are not shadowed), as variable instances: nothing is read or deserialized yet.
   * The listener is only ever called by the engine, with its own execution (a variable scope).
   */
  private static Map<String, CoreVariableInstance> visibleVariables(DelegateExecution execution) {
    Map<String, CoreVariableInstance> visible = new LinkedHashMap<>();
    for (AbstractVariableScope scope = (AbstractVariableScope) execution; scope != null;
        scope = scope.getParentVariableScope()) {
      for (CoreVariableInstance variable : scope.getVariableInstancesLocal()) {
        visible.putIfAbsent(variable.getName(), variable);
      }
    }
    return visible;
  }

  /**
   * The variable's value if it is a {@link String}, else null; the same answer as
   * {@code getVariables().get(name) instanceof String}, but without loading and deserializing every object and JSON
   * value of the case (one query per value, and a re-serialization at the end of the transaction): a stored string
   * is its text column; a serialized object can only be a String if its stored type name says so; any other stored
   * type (numbers, dates, booleans, bytes, files, JSON, XML) never is.
   */
  private static String textOf(CoreVariableInstance variable) {
    if (variable instanceof VariableInstanceEntity stored) {
      TypedValueSerializer<?> serializer = stored.getSerializer();
      if (serializer != null && ValueType.STRING.equals(serializer.getType())) {
        return stored.getTextValue();
      }
      if (!(serializer instanceof AbstractSerializableValueSerializer<?>)
          || !String.class.getName().equals(stored.getTextValue2())) {
        return null;
      }
    }
    return variable.getTypedValue(true).getValue() instanceof String text ? text : null;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        guard(processDefinition.getActivities());
      }
    });
  }

  private static void guard(java.util.List<ActivityImpl> activities) {
    for (ActivityImpl activity : activities) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior
          || activity.getActivityBehavior() instanceof NoneStartEventActivityBehavior) {
        activity.addListener(ExecutionListener.EVENTNAME_END, CHECK);
      }
      guard(activity.getActivities());
    }
  }
}
