package se.familycentre.referral;

import static se.familycentre.referral.ReferralProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
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

  public static final String OUTCOME_UNIVERSAL_OFFER_KEPT = "UNIVERSAL_OFFER_KEPT";

  private final ReferralFigures figures;

  public RecordConsentDecisionDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (!ReferralValues.bool(execution, CONSENT_GIVEN)) {
      execution.setVariable(CONSENT_GIVEN, false);
      figures.consent(reference, ReferralFigures.CONSENT_WITHHELD);
      figures.closed(reference, OUTCOME_UNIVERSAL_OFFER_KEPT, SwedishTime.today());
      return;
    }
    List<String> organisations = ReferralValues.list(execution, CONSENT_ORGANISATIONS);
    if (organisations.isEmpty()) {
      throw new InputRefused(CONSENT_ORGANISATIONS,
          "Ange vilken eller vilka verksamheter samtycket gäller.");
    }
    for (String organisation : organisations) {
      try {
        ReceivingOrganisation.valueOf(organisation);
      } catch (IllegalArgumentException e) {
        throw new InputRefused(CONSENT_ORGANISATIONS, "Okänd mottagande verksamhet: " + organisation + ".");
      }
    }
    requireText(execution, CONSENT_SHARED_INFORMATION, "Ange vilka uppgifter som får lämnas.");
    requireText(execution, CONSENT_PURPOSE, "Ange i vilket syfte uppgifterna får lämnas.");
    LocalDate validUntil = ReferralValues.date(execution, CONSENT_VALID_UNTIL);
    if (validUntil == null) {
      throw new InputRefused(CONSENT_VALID_UNTIL, "Ange till och med vilket datum samtycket gäller.");
    }
    if (!validUntil.isAfter(SwedishTime.today())) {
      throw new InputRefused(CONSENT_VALID_UNTIL,
          "Samtycket måste gälla till ett datum i framtiden (angivet: " + validUntil + ").");
    }
    if (ReferralValues.bool(execution, JOINT_CUSTODY) && !ReferralValues.bool(execution, BOTH_GUARDIANS_CONSENTED)) {
      throw new InputRefused(BOTH_GUARDIANS_CONSENTED,
          "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.");
    }
    execution.setVariable(CONSENT_ORGANISATIONS, Spin.JSON(organisations));
    execution.removeVariable(CONSENT_MISSING_FOR);
    figures.consent(reference, ReferralFigures.CONSENT_GIVEN);
  }

  private static void requireText(DelegateExecution execution, String name, String message) {
    String value = ReferralValues.string(execution, name);
    if (value == null || value.isEmpty()) {
      throw new InputRefused(name, message);
    }
  }
}
