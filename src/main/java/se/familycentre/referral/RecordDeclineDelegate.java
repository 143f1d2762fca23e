package se.familycentre.referral;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Vars;

/**
 * The receiving organisation declined (its reason stays in its own process): the referral records that the service
 * declined, so that routing does not offer it again, and counts the decline towards the bound after which the
 * coordinator decides.
 */
@Component
public class RecordDeclineDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> declined = new ArrayList<>(ReferralValues.list(execution, Vars.DECLINED_SERVICES));
    declined.add(ReferralValues.string(execution, Vars.TARGET_SERVICE));
    execution.setVariable(Vars.DECLINED_SERVICES, Spin.JSON(declined));
    Object count = execution.getVariable(Vars.DECLINE_COUNT);
    execution.setVariable(Vars.DECLINE_COUNT, (count == null ? 0 : ((Number) count).intValue()) + 1);
  }
}
