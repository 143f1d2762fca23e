package se.familycentre.referral;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.TargetService.ReceivingOrganisation;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_recordConsent: consent, where given, is specific (which receiving organisations, what is shared, for what
 * purpose, valid until a date in the future, at most {@code familycentre.referral.consent-max-validity} ahead) and,
 * with joint custody, given by both guardians. No consent needs nothing more.
 */
@Component
public class RecordConsentValidation extends TaskValidation {

  private final ReferralProperties properties;
  private final ContactDetailsCheck contactDetails;

  public RecordConsentValidation(ReferralProperties properties, ContactDetailsCheck contactDetails) {
    super(Ids.RECORD_CONSENT);
    this.properties = properties;
    this.contactDetails = contactDetails;
  }

  @Override
  public void check(VariableScope answers) {
    if (!Typed.CONSENT_GIVEN.getOrDefault(answers, false)) {
      contactDetails.check(answers, false, false, null);
      return;
    }
    for (String organisation : Typed.CONSENT_ORGANISATIONS.get(answers,
        "Ange vilken eller vilka verksamheter samtycket gäller.")) {
      try {
        ReceivingOrganisation.valueOf(organisation);
      } catch (IllegalArgumentException e) {
        throw new InputRefused(Typed.CONSENT_ORGANISATIONS.name(),
            "Okänd mottagande verksamhet: " + organisation + ".");
      }
    }
    Typed.CONSENT_SHARED_INFORMATION.get(answers, "Ange vilka uppgifter som får lämnas.");
    Typed.CONSENT_PURPOSE.get(answers, "Ange i vilket syfte uppgifterna får lämnas.");
    LocalDate validUntil = Typed.CONSENT_VALID_UNTIL.get(answers, "Ange till och med vilket datum samtycket gäller.");
    if (!validUntil.isAfter(SwedishTime.today())) {
      throw new InputRefused(Typed.CONSENT_VALID_UNTIL.name(),
          "Samtycket måste gälla till ett datum i framtiden (angivet: " + validUntil + ").");
    }
    LocalDate latest = SwedishTime.today().plus(properties.consentMaxValidity());
    if (validUntil.isAfter(latest)) {
      throw new InputRefused(Typed.CONSENT_VALID_UNTIL.name(), "Samtycket kan gälla högst till och med " + latest
          + " (angivet: " + validUntil + "). Be vårdnadshavarna om ett nytt samtycke när det har gått ut.");
    }
    if (Typed.JOINT_CUSTODY.getOrDefault(answers, false)
        && !Typed.BOTH_GUARDIANS_CONSENTED.getOrDefault(answers, false)) {
      throw new InputRefused(Typed.BOTH_GUARDIANS_CONSENTED.name(),
          "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.");
    }
    contactDetails.check(answers, true, Typed.JOINT_CUSTODY.getOrDefault(answers, false),
        Typed.AGE_BAND.getOrNull(answers));
  }
}
