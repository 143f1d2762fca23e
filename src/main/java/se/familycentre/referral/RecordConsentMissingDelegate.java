package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;

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
    Typed.CONSENT_MISSING_FOR.set(execution, consent.missing(execution));
    execution.setVariable(Vars.WORK_OUTCOME, Values.CONSENT_MISSING);
  }
}
