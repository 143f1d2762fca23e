package se.familycentre.reportofconcern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.SwedishTime;

/**
 * Records whether an investigation is opened: always for a report about violence, otherwise as decided (with the
 * reasoning, checked when the task was completed: {@link DecideOnInvestigationValidation}). Sets the only two values that go back to the referral: investigationOpened and its date.
 */
@Component
public class RecordInvestigationDecisionDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final DecideOnInvestigationValidation validation;

  public RecordInvestigationDecisionDelegate(ReferralFigures figures, DecideOnInvestigationValidation validation) {
    this.figures = figures;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean violence = Typed.VIOLENCE.getOrDefault(execution, false);
    boolean opened = violence || Typed.OPEN_INVESTIGATION.getOrDefault(execution, false);
    if (!violence) {
      validation.checkForEarlierModel(execution); // the decision task was answered (a report of violence skips it)
    }
    Typed.INVESTIGATION_OPENED.set(execution, opened);
    Typed.INVESTIGATION_DECISION_DATE.set(execution, SwedishTime.today());
    figures.investigationDecided(execution.getProcessBusinessKey(), opened, SwedishTime.today());
  }
}
