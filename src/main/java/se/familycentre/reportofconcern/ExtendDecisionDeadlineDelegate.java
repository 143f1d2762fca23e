package se.familycentre.reportofconcern;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.referral.ReferralValues;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Extends the deadline for the investigation decision, only with a recorded exceptional reason: the deadline moves
 * by the configured extension and the task (and its timer) start again with the new date.
 */
@Component
public class ExtendDecisionDeadlineDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final ReferralProperties properties;

  public ExtendDecisionDeadlineDelegate(ReferralFigures figures, ReferralProperties properties) {
    this.figures = figures;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = ReferralValues.string(execution, Vars.EXTENSION_REASON);
    if (reason == null || reason.isEmpty()) {
      throw new InputRefused(Vars.EXTENSION_REASON,
          "Tiden kan bara förlängas om det finns synnerliga skäl: ange skälen.");
    }
    Date due = (Date) execution.getVariable(Vars.DECISION_DUE_AT);
    Date extended = SwedishTime.endOf(SwedishTime.dayOf(due).plusDays(properties.decisionExtension().toDays()));
    execution.setVariable(Vars.DECISION_DUE_AT, extended);
    execution.setVariable(Vars.EXTEND_DECISION, false);
    figures.decisionExtended(execution.getProcessBusinessKey(), extended);
  }
}
