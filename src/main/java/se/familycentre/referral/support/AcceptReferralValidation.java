package se.familycentre.referral.support;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.support.ReferralSupportProcess.Ids;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.shared.CaseVariables;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_acceptReferral: whether the receiving organisation takes the referral; accepted with the date of the first
 * contact (not in the future, and not before the referral reached the organisation), declined with a reason.
 */
@Component
public class AcceptReferralValidation extends TaskValidation {

  private final ReferralFigures figures;

  public AcceptReferralValidation(ReferralFigures figures) {
    super(Ids.ACCEPT_REFERRAL);
    this.figures = figures;
  }

  @Override
  public void check(VariableScope answers) {
    if (!Typed.ACCEPTED.get(answers, "Ange om ni tar emot hänvisningen.")) {
      Typed.DECLINE_REASON.get(answers, "Ange varför ni inte kan ta emot hänvisningen.");
      return;
    }
    LocalDate firstContact = Typed.FIRST_CONTACT_DATE.get(answers, "Ange datum för första kontakten med familjen.");
    if (firstContact.isAfter(SwedishTime.today())) {
      throw new InputRefused(Typed.FIRST_CONTACT_DATE.name(), "Första kontakten kan inte ha ett datum i framtiden.");
    }
    String reference = CaseVariables.Typed.CASE_REFERENCE.getOrNull(answers);
    LocalDate received = reference == null ? null : figures.openOfferSince(reference).orElse(null);
    if (received != null && firstContact.isBefore(received)) {
      throw new InputRefused(Typed.FIRST_CONTACT_DATE.name(), "Första kontakten kan inte vara före " + received
          + ", dagen då hänvisningen kom till er (angivet: " + firstContact + ").");
    }
  }
}
