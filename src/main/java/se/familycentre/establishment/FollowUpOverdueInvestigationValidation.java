package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.shared.TaskValidation;

/** userTask_followUpOverdueInvestigation: the coordinator writes what is done about the late report. */
@Component
public class FollowUpOverdueInvestigationValidation extends TaskValidation {

  public FollowUpOverdueInvestigationValidation() {
    super(Ids.FOLLOW_UP_OVERDUE);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.FOLLOW_UP_ACTION.get(answers);
  }
}
