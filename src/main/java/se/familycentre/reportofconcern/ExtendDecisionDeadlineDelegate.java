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
 * Extends the deadline for the investigation decision, only with a recorded exceptional reason (checked when the task
 * was completed, {@link DecideOnInvestigationValidation}): the deadline moves by the configured extension and the task
 * (and its timer) start again with the new date.
 */
@Component
public class ExtendDecisionDeadlineDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final ReferralProperties properties;
  private final DecideOnInvestigationValidation validation;

  public ExtendDecisionDeadlineDelegate(ReferralFigures figures, ReferralProperties properties,
      DecideOnInvestigationValidation validation) {
    this.figures = figures;
    this.properties = properties;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkForEarlierModel(execution);
    Date due = Typed.DECISION_DUE_AT.get(execution);
    Date extended = SwedishTime.endOf(SwedishTime.dayOf(due).plusDays(properties.decisionExtension().toDays()));
    Typed.DECISION_DUE_AT.set(execution, extended);
    Typed.EXTEND_DECISION.set(execution, false);
    figures.decisionExtended(execution.getProcessBusinessKey(), extended);
  }
}
