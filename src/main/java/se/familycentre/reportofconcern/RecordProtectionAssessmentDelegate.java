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
 * Records the protection assessment (written down: {@link AssessProtectionNeedValidation}), within the same-day
 * deadline or not, and sets the deadline for the decision whether to open an investigation: the configured period
 * (14 days) from the day the report was received. A child who needs immediate protection gets it within the
 * configured hour ({@code immediateProtectionDueAt}, the due date and timer of userTask_protectChildImmediately).
 */
@Component
public class RecordProtectionAssessmentDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final ReferralProperties properties;
  private final AssessProtectionNeedValidation validation;

  public RecordProtectionAssessmentDelegate(ReferralFigures figures, ReferralProperties properties,
      AssessProtectionNeedValidation validation) {
    this.figures = figures;
    this.properties = properties;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkForEarlierModel(execution);
    Date now = SwedishTime.now();
    Date due = Typed.PROTECTION_DUE_AT.get(execution);
    Date received = Typed.REPORT_RECEIVED_AT.get(execution);
    Date decisionDue = SwedishTime.endOf(SwedishTime.dayOf(received)
        .plusDays(properties.decisionDeadline().toDays()));
    Typed.DECISION_DUE_AT.set(execution, decisionDue);
    Typed.EXTEND_DECISION.set(execution, false);
    if (Boolean.TRUE.equals(Typed.IMMEDIATE_PROTECTION_NEEDED.getOrNull(execution))) {
      Typed.IMMEDIATE_PROTECTION_DUE_AT.set(execution,
          new Date(now.getTime() + properties.immediateProtectionDeadline().toMillis()));
    }
    figures.protectionAssessed(execution.getProcessBusinessKey(), now, !now.after(due), decisionDue);
  }
}
