package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.shared.SwedishTime;

/**
 * The guardians withdrew their consent: the receiving organisation's open work has been cancelled (the boundary
 * event interrupted it); this records that nothing more is shared, removes the family's identity and contact details
 * from the receiver's process ({@link ContactDetailsSharing}) and closes the referral.
 */
@Component
public class RecordConsentWithdrawnDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final ContactDetailsSharing contactDetails;

  public RecordConsentWithdrawnDelegate(ReferralFigures figures, ContactDetailsSharing contactDetails) {
    this.figures = figures;
    this.contactDetails = contactDetails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    execution.setVariable(Vars.CONSENT_GIVEN, false);
    execution.setVariable(Vars.OUTCOME, Values.OUTCOME_CONSENT_WITHDRAWN);
    figures.consent(reference, ConsentOutcome.WITHDRAWN);
    figures.openOfferCancelled(reference, SwedishTime.today());
    figures.closed(reference, Values.OUTCOME_CONSENT_WITHDRAWN, SwedishTime.today());
    contactDetails.consentWithdrawn(reference, ReferralProcess.Typed.CONSENT_WITHDRAWN_BY.getOrNull(execution));
  }
}
