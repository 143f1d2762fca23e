package se.familycentre.reportofconcern;

import static se.familycentre.reportofconcern.ReportOfConcernProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.referral.ReferralValues;
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
    String assessment = ReferralValues.string(execution, PROTECTION_ASSESSMENT);
    if (assessment == null || assessment.isEmpty()) {
      throw new InputRefused(PROTECTION_ASSESSMENT, "Beskriv skyddsbedömningen.");
    }
    Date now = SwedishTime.now();
    Date due = (Date) execution.getVariable(PROTECTION_DUE_AT);
    Date received = (Date) execution.getVariable(REPORT_RECEIVED_AT);
    Date decisionDue = SwedishTime.endOf(SwedishTime.dayOf(received)
        .plusDays(properties.decisionDeadline().toDays()));
    execution.setVariable(DECISION_DUE_AT, decisionDue);
    execution.setVariable(EXTEND_DECISION, false);
    figures.protectionAssessed(execution.getProcessBusinessKey(), now, !now.after(due), decisionDue);
  }
}
