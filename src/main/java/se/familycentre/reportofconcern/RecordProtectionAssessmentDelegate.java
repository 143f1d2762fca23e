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
 * Records the protection assessment (within the same-day deadline or not) and sets the deadline for the decision
 * whether to open an investigation: the configured period (14 days) from the day the report was received.
 */
@Component
public class RecordProtectionAssessmentDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final ReferralProperties properties;

  public RecordProtectionAssessmentDelegate(ReferralFigures figures, ReferralProperties properties) {
    this.figures = figures;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String assessment = ReferralValues.string(execution, Vars.PROTECTION_ASSESSMENT);
    if (assessment == null || assessment.isEmpty()) {
      throw new InputRefused(Vars.PROTECTION_ASSESSMENT, "Beskriv skyddsbedömningen.");
    }
    Date now = SwedishTime.now();
    Date due = (Date) execution.getVariable(Vars.PROTECTION_DUE_AT);
    Date received = (Date) execution.getVariable(Vars.REPORT_RECEIVED_AT);
    Date decisionDue = SwedishTime.endOf(SwedishTime.dayOf(received)
        .plusDays(properties.decisionDeadline().toDays()));
    execution.setVariable(Vars.DECISION_DUE_AT, decisionDue);
    execution.setVariable(Vars.EXTEND_DECISION, false);
    figures.protectionAssessed(execution.getProcessBusinessKey(), now, !now.after(due), decisionDue);
  }
}
