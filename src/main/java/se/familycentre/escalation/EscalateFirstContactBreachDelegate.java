package se.familycentre.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.escalation.EscalationProcess.Values;
import se.familycentre.escalation.EscalationProcess.Vars;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralValues;
import se.familycentre.shared.SwedishTime;

/** The first contact was not made in time: counted in the figures and escalated to the coordinator. */
@Component
public class EscalateFirstContactBreachDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final Escalations escalations;

  public EscalateFirstContactBreachDelegate(ReferralFigures figures, Escalations escalations) {
    this.figures = figures;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    figures.firstContactBreached(reference);
    escalations.escalate(reference, ReferralValues.string(execution, Vars.CENTRE_ID),
        ReferralValues.string(execution, Vars.CENTRE_NAME), Values.FIRST_CONTACT,
        SwedishTime.now());
  }
}
