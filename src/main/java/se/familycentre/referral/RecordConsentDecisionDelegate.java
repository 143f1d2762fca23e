package se.familycentre.referral;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.referral.TargetService.ReceivingOrganisation;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Records the guardians' answer. Consent must be specific (which organisations, what is shared, for what purpose,
 * valid until a date in the future) and, with joint custody, given by both guardians; otherwise it is refused with a
 * Swedish message and the task stays open. No consent: the family keeps the universal offer and nothing is shared.
 */
@Component
public class RecordConsentDecisionDelegate implements JavaDelegate {

  private final ReferralFigures figures;

  public RecordConsentDecisionDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (!Typed.CONSENT_GIVEN.getOrDefault(execution, false)) {
      Typed.CONSENT_GIVEN.set(execution, false);
      figures.consent(reference, ConsentOutcome.WITHHELD);
      figures.closed(reference, Values.OUTCOME_UNIVERSAL_OFFER_KEPT, SwedishTime.today());
      return;
    }
    List<String> organisations = Typed.CONSENT_ORGANISATIONS.get(execution,
        "Ange vilken eller vilka verksamheter samtycket gäller.");
    for (String organisation : organisations) {
      try {
        ReceivingOrganisation.valueOf(organisation);
      } catch (IllegalArgumentException e) {
        throw new InputRefused(Vars.CONSENT_ORGANISATIONS, "Okänd mottagande verksamhet: " + organisation + ".");
      }
    }
    Typed.CONSENT_SHARED_INFORMATION.get(execution, "Ange vilka uppgifter som får lämnas.");
    Typed.CONSENT_PURPOSE.get(execution, "Ange i vilket syfte uppgifterna får lämnas.");
    LocalDate validUntil = Typed.CONSENT_VALID_UNTIL.get(execution,
        "Ange till och med vilket datum samtycket gäller.");
    if (!validUntil.isAfter(SwedishTime.today())) {
      throw new InputRefused(Vars.CONSENT_VALID_UNTIL,
          "Samtycket måste gälla till ett datum i framtiden (angivet: " + validUntil + ").");
    }
    if (Typed.JOINT_CUSTODY.getOrDefault(execution, false)
        && !Typed.BOTH_GUARDIANS_CONSENTED.getOrDefault(execution, false)) {
      throw new InputRefused(Vars.BOTH_GUARDIANS_CONSENTED,
          "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.");
    }
    Typed.CONSENT_ORGANISATIONS.set(execution, organisations);
    execution.removeVariable(Vars.CONSENT_MISSING_FOR);
    figures.consent(reference, ConsentOutcome.GIVEN);
  }
}
