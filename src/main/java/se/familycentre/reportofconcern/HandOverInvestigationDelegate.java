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
 * Hands the opened investigation over to social services' own case system, where the legal record lives; this
 * product records when (an asynchronous step, so a failure retries and shows as an incident).
 */
@Component
public class HandOverInvestigationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(HandOverInvestigationDelegate.class);
  private final ReferralFigures figures;

  public HandOverInvestigationDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = SwedishTime.now();
    Typed.HANDED_OVER_AT.set(execution, now);
    figures.handedOver(execution.getProcessBusinessKey(), now);
    LOG.info("Report of concern {}: investigation handed over to social services' case system",
        execution.getProcessBusinessKey());
  }
}
