package se.familycentre.referral.support;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.referral.support.ReferralSupportProcess.Values;
import se.familycentre.referral.support.ReferralSupportProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Records the receiving organisation's answer, in its own process ({@code referralSupportProcess}). Accepted: the
 * date of the first contact (not in the future). Declined: a reason. Both are counted in the figures; the answer
 * (ACCEPTED or DECLINED) and the work's outcome (SUPPORTED or DECLINED) are what the referral gets back, the date and
 * the reason stay in this process.
 */
@Component
public class RecordReceiverAnswerDelegate implements JavaDelegate {

  private final ReferralFigures figures;

  public RecordReceiverAnswerDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (Typed.ACCEPTED.get(execution, "Ange om ni tar emot hänvisningen.")) {
      LocalDate firstContact = Typed.FIRST_CONTACT_DATE.get(execution,
          "Ange datum för första kontakten med familjen.");
      if (firstContact.isAfter(SwedishTime.today())) {
        throw new InputRefused(Vars.FIRST_CONTACT_DATE, "Första kontakten kan inte ha ett datum i framtiden.");
      }
      figures.answered(reference, true, SwedishTime.today(), firstContact);
      execution.setVariable(Vars.RECEIVER_ANSWER, Values.ANSWER_ACCEPTED);
      execution.setVariable(Vars.WORK_OUTCOME, Values.SUPPORTED);
      return;
    }
    Typed.DECLINE_REASON.get(execution, "Ange varför ni inte kan ta emot hänvisningen.");
    figures.answered(reference, false, SwedishTime.today(), null);
    execution.setVariable(Vars.RECEIVER_ANSWER, Values.ANSWER_DECLINED);
    execution.setVariable(Vars.WORK_OUTCOME, Values.DECLINED);
  }
}
