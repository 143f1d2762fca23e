package se.familycentre.referral;

import static se.familycentre.referral.ReferralProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * The routed organisation is not covered by the consent: nothing is shared; the staff member is asked to talk with
 * the guardians again (which organisations are missing is recorded for the consent form).
 */
@Component
public class RecordConsentMissingDelegate implements JavaDelegate {

  private final ReferralConsent consent;

  public RecordConsentMissingDelegate(ReferralConsent consent) {
    this.consent = consent;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CONSENT_MISSING_FOR, Spin.JSON(consent.missing(execution)));
    execution.setVariable(WORK_OUTCOME, CONSENT_MISSING);
  }
}
