package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.shared.SwedishTime;

/**
 * serviceTask_recordConsentDecision: records the guardians' answer, checked when the staff member completed the task
 * ({@link RecordConsentValidation}; in cases on an earlier version of the model, which checked it here, here). No
 * consent: the family keeps the universal offer and nothing is shared. Consent: the organisations it covers are kept
 * as a JSON list, whatever shape they came in, and any earlier note that consent was missing goes.
 */
@Component
public class RecordConsentDecisionDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final RecordConsentValidation validation;

  public RecordConsentDecisionDelegate(ReferralFigures figures, RecordConsentValidation validation) {
    this.figures = figures;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkForEarlierModel(execution);
    String reference = execution.getProcessBusinessKey();
    if (!Typed.CONSENT_GIVEN.getOrDefault(execution, false)) {
      Typed.CONSENT_GIVEN.set(execution, false);
      figures.consent(reference, ConsentOutcome.WITHHELD);
      figures.closed(reference, Values.OUTCOME_UNIVERSAL_OFFER_KEPT, SwedishTime.today());
      return;
    }
    Typed.CONSENT_ORGANISATIONS.set(execution, Typed.CONSENT_ORGANISATIONS.get(execution));
    execution.removeVariable(Vars.CONSENT_MISSING_FOR);
    figures.consent(reference, ConsentOutcome.GIVEN);
  }
}
