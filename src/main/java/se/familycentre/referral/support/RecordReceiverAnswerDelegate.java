package se.familycentre.referral.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.referral.support.ReferralSupportProcess.Values;
import se.familycentre.referral.support.ReferralSupportProcess.Vars;
import se.familycentre.shared.SwedishTime;

/**
 * Records the receiving organisation's answer, in its own process ({@code referralSupportProcess}), checked when the
 * organisation completed the task ({@link AcceptReferralValidation}; in cases on an earlier version of the model,
 * which checked it here, here). Both answers are counted in the figures; the answer (ACCEPTED or DECLINED) and the
 * work's outcome (SUPPORTED or DECLINED) are what the referral gets back, the date and the reason stay in this
 * process.
 */
@Component
public class RecordReceiverAnswerDelegate implements JavaDelegate {

  private final ReferralFigures figures;
  private final AcceptReferralValidation validation;

  public RecordReceiverAnswerDelegate(ReferralFigures figures, AcceptReferralValidation validation) {
    this.figures = figures;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkForEarlierModel(execution);
    String reference = execution.getProcessBusinessKey();
    if (Typed.ACCEPTED.get(execution)) {
      figures.answered(reference, true, SwedishTime.today(), Typed.FIRST_CONTACT_DATE.get(execution));
      execution.setVariable(Vars.RECEIVER_ANSWER, Values.ANSWER_ACCEPTED);
      execution.setVariable(Vars.WORK_OUTCOME, Values.SUPPORTED);
      return;
    }
    figures.answered(reference, false, SwedishTime.today(), null);
    execution.setVariable(Vars.RECEIVER_ANSWER, Values.ANSWER_DECLINED);
    execution.setVariable(Vars.WORK_OUTCOME, Values.DECLINED);
  }
}
