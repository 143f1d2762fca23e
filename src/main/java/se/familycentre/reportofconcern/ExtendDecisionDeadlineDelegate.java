package se.familycentre.reportofconcern;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.SwedishTime;

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
    Typed.EXTENSION_REASON.get(execution, "Tiden kan bara förlängas om det finns synnerliga skäl: ange skälen.");
    Date due = Typed.DECISION_DUE_AT.get(execution);
    Date extended = SwedishTime.endOf(SwedishTime.dayOf(due).plusDays(properties.decisionExtension().toDays()));
    Typed.DECISION_DUE_AT.set(execution, extended);
    Typed.EXTEND_DECISION.set(execution, false);
    figures.decisionExtended(execution.getProcessBusinessKey(), extended);
  }
}
