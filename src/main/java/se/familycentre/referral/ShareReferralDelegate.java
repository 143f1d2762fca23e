package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.SwedishTime;

/**
 * Sends the referral to the routed organisation (its task is next) and counts the offer. Checks the consent once
 * more: without consent covering the receiver nothing is shared, whatever the model says.
 */
@Component
public class ShareReferralDelegate implements JavaDelegate {

  private final ReferralConsent consent;
  private final ReferralFigures figures;

  public ShareReferralDelegate(ReferralConsent consent, ReferralFigures figures) {
    this.consent = consent;
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!consent.covers(execution)) {
      throw new IllegalStateException("Referral " + execution.getProcessBusinessKey()
          + ": consent does not cover " + consent.missing(execution) + "; nothing is shared");
    }
    figures.offered(execution.getProcessBusinessKey(),
        Typed.CENTRE_ID.getOrNull(execution), Typed.REFERRING_GROUP.getOrNull(execution),
        Typed.TARGET_SERVICE.getOrNull(execution),
        SwedishTime.today());
  }
}
