package se.familycentre.reportofconcern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralValues;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Records whether an investigation is opened: always for a report about violence, otherwise as decided (with the
 * reasoning). Sets the only two values that go back to the referral: investigationOpened and its date.
 */
@Component
public class RecordInvestigationDecisionDelegate implements JavaDelegate {

  private final ReferralFigures figures;

  public RecordInvestigationDecisionDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean violence = ReferralValues.bool(execution, Vars.VIOLENCE);
    boolean opened = violence || ReferralValues.bool(execution, Vars.OPEN_INVESTIGATION);
    if (!violence) {
      String reasoning = ReferralValues.string(execution, Vars.DECISION_REASONING);
      if (reasoning == null || reasoning.isEmpty()) {
        throw new InputRefused(Vars.DECISION_REASONING, "Motivera beslutet.");
      }
    }
    execution.setVariable(Vars.INVESTIGATION_OPENED, opened);
    execution.setVariable(Vars.INVESTIGATION_DECISION_DATE, SwedishTime.today().toString());
    figures.investigationDecided(execution.getProcessBusinessKey(), opened, SwedishTime.today());
  }
}
