package se.familycentre.shared;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

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
    for (Map.Entry<String, Object> variable : execution.getVariables().entrySet()) {
      if (variable.getValue() instanceof String text && text.length() > MAX_TEXT_LENGTH) {
        throw new InputRefused(variable.getKey(), "Texten i fältet \"" + variable.getKey() + "\" är " + text.length()
            + " tecken lång; högst " + MAX_TEXT_LENGTH + " tecken får plats. Korta texten och försök igen.");
      }
    }
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
