package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;

/**
 * Start of userTask_recordCommitteeDecision, once per committee (the multi-instance's own execution): the task's
 * title names its committee ({@code committeeName}, read by the task's name expression), and the committee's own
 * report starts from the investigation's consequence texts as local variables, so what one committee's report says
 * never overwrites another's or the investigation's.
 */
@Component
public class PrepareCommitteeDecisionListener implements ExecutionListener {

  private final CommitteeSelection committees;

  public PrepareCommitteeDecisionListener(CommitteeSelection committees) {
    this.committees = committees;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(Typed.COMMITTEE_NAME.name(),
        committees.nameOf(Typed.COMMITTEE.get(execution)));
    execution.setVariableLocal(Typed.CONSEQUENCES_FOR_CHILDREN.name(),
        Typed.CONSEQUENCES_FOR_CHILDREN.getOrNull(execution));
    execution.setVariableLocal(Typed.ECONOMIC_CONSEQUENCES.name(), Typed.ECONOMIC_CONSEQUENCES.getOrNull(execution));
  }
}
