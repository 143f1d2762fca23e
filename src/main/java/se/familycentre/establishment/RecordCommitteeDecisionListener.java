package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;

/**
 * Writes one committee's decision to the register when the committee secretary completes the decision task
 * (execution listener on {@code end}, after {@link RecordCommitteeDecisionValidation}). The decision fields are local to each
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
    register.recordCommitteeDecision(Typed.CENTRE_ID.get(execution), Typed.DECISION_ROUND.get(execution),
        Typed.COMMITTEE.get(execution), Typed.DECISION.get(execution), Typed.DECISION_DATE.get(execution),
        Typed.MINUTE_REFERENCE.get(execution), Typed.DECISION_REASON.getOrNull(execution));
  }
}
