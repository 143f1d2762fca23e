package se.familycentre.referral.support;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.support.ReferralSupportProcess.Ids;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_acceptReferral: whether the receiving organisation takes the referral; accepted with the date of the first
 * contact (not in the future), declined with a reason.
 */
@Component
public class AcceptReferralValidation extends TaskValidation {

  public AcceptReferralValidation() {
    super(Ids.ACCEPT_REFERRAL);
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
  }
}
