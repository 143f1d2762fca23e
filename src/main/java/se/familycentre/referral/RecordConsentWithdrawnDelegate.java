package se.familycentre.referral;

import static se.familycentre.referral.ReferralProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.shared.SwedishTime;

/**
 * The guardians withdrew their consent: the receiving organisation's open work has been cancelled (the boundary
 * event interrupted it); this records that nothing more is shared and closes the referral.
 */
@Component
public class RecordConsentWithdrawnDelegate implements JavaDelegate {

  public static final String OUTCOME_CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

  private final ReferralFigures figures;

  public RecordConsentWithdrawnDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    execution.setVariable(CONSENT_GIVEN, false);
    execution.setVariable(OUTCOME, OUTCOME_CONSENT_WITHDRAWN);
    figures.consent(reference, ReferralFigures.CONSENT_WITHDRAWN);
    figures.openOfferCancelled(reference, SwedishTime.today());
    figures.closed(reference, OUTCOME_CONSENT_WITHDRAWN, SwedishTime.today());
  }
}
