package se.familycentre.escalation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.escalation.EscalationProcess.Ids;
import se.familycentre.escalation.EscalationProcess.Typed;
import se.familycentre.shared.TaskValidation;

/** userTask_handleEscalation: what the coordinator did about the missed deadline is written down. */
@Component
public class HandleEscalationValidation extends TaskValidation {

  public HandleEscalationValidation() {
    super(Ids.HANDLE_ESCALATION);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.ESCALATION_ACTION.get(answers, "Beskriv vad du har gjort åt den missade tidsfristen.");
  }
}
