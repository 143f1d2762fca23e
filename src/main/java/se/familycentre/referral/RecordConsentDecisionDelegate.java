package se.familycentre.referral;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
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
    if (!ReferralValues.bool(execution, Vars.CONSENT_GIVEN)) {
      execution.setVariable(Vars.CONSENT_GIVEN, false);
      figures.consent(reference, ConsentOutcome.WITHHELD);
      figures.closed(reference, Values.OUTCOME_UNIVERSAL_OFFER_KEPT, SwedishTime.today());
      return;
    }
    List<String> organisations = ReferralValues.list(execution, Vars.CONSENT_ORGANISATIONS);
    if (organisations.isEmpty()) {
      throw new InputRefused(Vars.CONSENT_ORGANISATIONS,
          "Ange vilken eller vilka verksamheter samtycket gäller.");
    }
    for (String organisation : organisations) {
      try {
        ReceivingOrganisation.valueOf(organisation);
      } catch (IllegalArgumentException e) {
        throw new InputRefused(Vars.CONSENT_ORGANISATIONS, "Okänd mottagande verksamhet: " + organisation + ".");
      }
    }
    requireText(execution, Vars.CONSENT_SHARED_INFORMATION, "Ange vilka uppgifter som får lämnas.");
    requireText(execution, Vars.CONSENT_PURPOSE, "Ange i vilket syfte uppgifterna får lämnas.");
    LocalDate validUntil = ReferralValues.date(execution, Vars.CONSENT_VALID_UNTIL);
    if (validUntil == null) {
      throw new InputRefused(Vars.CONSENT_VALID_UNTIL, "Ange till och med vilket datum samtycket gäller.");
    }
    if (!validUntil.isAfter(SwedishTime.today())) {
      throw new InputRefused(Vars.CONSENT_VALID_UNTIL,
          "Samtycket måste gälla till ett datum i framtiden (angivet: " + validUntil + ").");
    }
    if (ReferralValues.bool(execution, Vars.JOINT_CUSTODY) && !ReferralValues.bool(execution,
        Vars.BOTH_GUARDIANS_CONSENTED)) {
      throw new InputRefused(Vars.BOTH_GUARDIANS_CONSENTED,
          "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.");
    }
    execution.setVariable(Vars.CONSENT_ORGANISATIONS, Spin.JSON(organisations));
    execution.removeVariable(Vars.CONSENT_MISSING_FOR);
    figures.consent(reference, ConsentOutcome.GIVEN);
  }

  private static void requireText(DelegateExecution execution, String name, String message) {
    String value = ReferralValues.string(execution, name);
    if (value == null || value.isEmpty()) {
      throw new InputRefused(name, message);
    }
  }
}
