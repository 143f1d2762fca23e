package se.familycentre.shared.engine.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import se.familycentre.shared.CaseVariables;
import se.familycentre.shared.engine.ParseListeners;

/**
 * Officials find their work by case, not by step: every user task's name in Tasklist carries the case reference and
 * the centre ("Bedöm skyddsbehov – REF-2026-000123 (Familjecentralen Mörby)"), while the diagram keeps the short label
 * auditors read; and the case reference and centre name are copied onto the task as task variables, so the Tasklist
 * filter columns "Ärende" and "Familjecentral" show them to officials, who may read their own task's variables but
 * (by design) not the case's. Added to every user task of every process at parse time.
 */
@Component
public class CaseOnTasksPlugin extends AbstractProcessEnginePlugin {

  static final String SEPARATOR = " – ";

  /** Names the case on the task when it is created. */
  static final TaskListener CASE_ON_TASK = CaseOnTasksPlugin::caseOnTask;

  static void caseOnTask(DelegateTask task) {
    String caseReference = CaseVariables.Typed.CASE_REFERENCE.getOrNull(task);
    String centreName = CaseVariables.Typed.CENTRE_NAME.getOrNull(task);
    task.setName(withCase(task.getName(), caseReference, centreName));
    if (caseReference != null) {
      task.setVariableLocal(CaseVariables.CASE_REFERENCE, caseReference);
    }
    if (centreName != null) {
      task.setVariableLocal(CaseVariables.CENTRE_NAME, centreName);
    }
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
    ParseListeners.onEveryUserTask(configuration,
        task -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, CASE_ON_TASK));
  }
}
