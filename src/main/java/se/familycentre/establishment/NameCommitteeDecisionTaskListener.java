package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;

/**
 * Creation of userTask_recordCommitteeDecision: the official's task names its committee ("Registrera beslut i
 * Socialnämnden"), so the two decision tasks of one case are told apart in Tasklist, while the diagram and the
 * handbook keep the general name the auditor reads ("Registrera nämndens beslut"). The committee's name is the
 * local variable {@code committeeName} that {@link PrepareCommitteeDecisionListener} set when the task's instance
 * started. The model's own listeners run before those the engine plugins add at parse time, so the case reference
 * the tasks carry in Tasklist ({@code CaseOnTasksPlugin}) is added after this name.
 */
@Component
public class NameCommitteeDecisionTaskListener implements TaskListener {

  static final String PREFIX = "Registrera beslut i ";

  @Override
  public void notify(DelegateTask task) {
    task.setName(PREFIX + Typed.COMMITTEE_NAME.get(task));
  }
}
