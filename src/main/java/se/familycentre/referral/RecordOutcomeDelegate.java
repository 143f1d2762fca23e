package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.shared.SwedishTime;

/** The referral is handed back to the universal activity: its outcome (supported or closed) is recorded. */
@Component
public class RecordOutcomeDelegate implements JavaDelegate {

  private final ReferralFigures figures;

  public RecordOutcomeDelegate(ReferralFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = Typed.WORK_OUTCOME.getOrDefault(execution, Values.SUPPORTED);
    execution.setVariable(Vars.OUTCOME, outcome);
    figures.closed(execution.getProcessBusinessKey(), outcome, SwedishTime.today());
  }
}
