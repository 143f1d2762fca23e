package se.familycentre.referral;

import se.familycentre.shared.InputRefused;
import static se.familycentre.referral.ReferralProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Records the receiving organisation's answer. Accepted: the date of the first contact (not in the future).
 * Declined: a reason; the service is not offered this referral again, and the answer is removed from the case so
 * that the next organisation does not see it (it stays in history).
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
    if (execution.getVariable(ACCEPTED) == null) {
      throw new InputRefused(ACCEPTED, "Ange om ni tar emot hänvisningen.");
    }
    if (ReferralValues.bool(execution, ACCEPTED)) {
      LocalDate firstContact = ReferralValues.date(execution, FIRST_CONTACT_DATE);
      if (firstContact == null) {
        throw new InputRefused(FIRST_CONTACT_DATE, "Ange datum för första kontakten med familjen.");
      }
      if (firstContact.isAfter(ReferralValues.today())) {
        throw new InputRefused(FIRST_CONTACT_DATE, "Första kontakten kan inte ha ett datum i framtiden.");
      }
      figures.answered(reference, true, ReferralValues.today(), firstContact);
      execution.setVariable(RECEIVER_ANSWER, ANSWER_ACCEPTED);
      execution.setVariable(WORK_OUTCOME, SUPPORTED);
      return;
    }
    String reason = ReferralValues.string(execution, DECLINE_REASON);
    if (reason == null || reason.isEmpty()) {
      throw new InputRefused(DECLINE_REASON, "Ange varför ni inte kan ta emot hänvisningen.");
    }
    figures.answered(reference, false, ReferralValues.today(), null);
    execution.setVariable(RECEIVER_ANSWER, ANSWER_DECLINED);
    List<String> declined = new ArrayList<>(ReferralValues.list(execution, DECLINED_SERVICES));
    declined.add(ReferralValues.string(execution, TARGET_SERVICE));
    execution.setVariable(DECLINED_SERVICES, Spin.JSON(declined));
    Object count = execution.getVariable(DECLINE_COUNT);
    execution.setVariable(DECLINE_COUNT, (count == null ? 0 : ((Number) count).intValue()) + 1);
    execution.removeVariable(ACCEPTED);
    execution.removeVariable(DECLINE_REASON);
    execution.removeVariable(FIRST_CONTACT_DATE);
  }
}
