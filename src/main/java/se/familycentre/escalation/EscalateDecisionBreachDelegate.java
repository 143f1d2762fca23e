package se.familycentre.escalation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.escalation.EscalationProcess.Values;
import se.familycentre.escalation.EscalationProcess.Vars;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralValues;
import se.familycentre.reportofconcern.ReportOfConcernProcess;

/** No investigation decision within the deadline: counted in the figures, escalated to the coordinator. */
@Component
public class EscalateDecisionBreachDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final Escalations escalations;

  public EscalateDecisionBreachDelegate(ReferralFigures figures, Escalations escalations) {
    this.figures = figures;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    figures.decisionBreached(reference);
    escalations.escalate(reference, ReferralValues.string(execution, Vars.CENTRE_ID),
        ReferralValues.string(execution, Vars.CENTRE_NAME), Values.INVESTIGATION_DECISION,
        (Date) execution.getVariable(ReportOfConcernProcess.Vars.DECISION_DUE_AT));
  }
}
