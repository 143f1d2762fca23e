package se.familycentre.reportofconcern;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.SwedishTime;

/**
 * Social services receive a report of concern: the protection assessment is due the same day (end of today,
 * Swedish time); the report is counted in the figures.
 */
@Component
public class RegisterReportOfConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterReportOfConcernDelegate.class);
  private final ReferralFigures figures;

  public RegisterReportOfConcernDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = SwedishTime.now();
    Date due = SwedishTime.endOf(SwedishTime.today());
    Typed.REPORT_RECEIVED_AT.set(execution, now);
    Typed.PROTECTION_DUE_AT.set(execution, due);
    figures.reportReceived(execution.getProcessBusinessKey(), Typed.CENTRE_ID.getOrNull(execution),
        Typed.REFERRING_GROUP.getOrNull(execution), Typed.VIOLENCE.getOrDefault(execution, false),
        SwedishTime.today(), due);
    LOG.info("Report of concern {} received by social services, protection assessment due {}",
        execution.getProcessBusinessKey(), due);
  }
}
