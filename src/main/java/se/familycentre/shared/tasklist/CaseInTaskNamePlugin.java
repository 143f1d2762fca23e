package se.familycentre.shared.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import se.familycentre.shared.CaseVariables;
import se.familycentre.shared.ParseListeners;

/**
 * Officials find their work by case, not by step: every user task's name in Tasklist carries the case reference and
 * the centre ("Bedöm skyddsbehov – REF-2026-000123 (Familjecentralen Mörby)"), while the diagram keeps the short label
 * auditors read. Added to every user task of every process at parse time, so no model has to remember it.
 */
@Component
public class CaseInTaskNamePlugin extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " – ";

  /** Appends the case and centre to the task's name when the task is created. */
  static final TaskListener NAME_WITH_CASE = CaseInTaskNamePlugin::nameWithCase;

  static void nameWithCase(DelegateTask task) {
    task.setName(withCase(task.getName(), (String) task.getVariable(CaseVariables.CASE_REFERENCE),
        (String) task.getVariable(CaseVariables.CENTRE_NAME)));
  }

  static String withCase(String label, String caseReference, String centreName) {
    if (label == null || caseReference == null || caseReference.isBlank() || label.contains(SEPARATOR + caseReference)) {
      return label;
    }
    String name = label + SEPARATOR + caseReference;
    if (centreName != null && !centreName.isBlank()) {
      name += " (" + centreName + ")";
    }
    return name;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_WITH_CASE);
        }
      }
    });
  }
}
