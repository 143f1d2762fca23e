package se.familycentre.establishment;

import static se.familycentre.establishment.EstablishmentVariables.requiredDate;
import static se.familycentre.establishment.EstablishmentVariables.requiredString;
import static se.familycentre.establishment.EstablishmentVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;

/**
 * Writes one committee's decision to the register when the committee secretary completes the decision task
 * (execution listener on {@code end}, after {@link ValidateAnswersListener}). The decision fields are local to each
 * multi-instance task, so parallel committees never overwrite each other.
 */
@Component
public class RecordCommitteeDecisionListener implements ExecutionListener {

  private final FamilyCentreRegister register;

  public RecordCommitteeDecisionListener(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the task was cancelled (e.g. the case ended after a rejection), not answered
    }
    register.recordCommitteeDecision((String) execution.getVariable(Vars.CENTRE_ID),
        ((Number) execution.getVariable(Vars.DECISION_ROUND)).intValue(),
        requiredString(execution, Vars.COMMITTEE, "Nämnd"),
        requiredString(execution, Vars.DECISION, "Beslut"),
        requiredDate(execution, Vars.DECISION_DATE, "Beslutsdatum"),
        requiredString(execution, Vars.MINUTE_REFERENCE, "Protokollsparagraf"),
        string(execution, Vars.DECISION_REASON));
  }
}
