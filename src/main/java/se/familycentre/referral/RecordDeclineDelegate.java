package se.familycentre.referral;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;

/**
 * The receiving organisation declined (its reason stays in its own process): the referral records that the service
 * declined, so that routing does not offer it again, and counts the decline towards the bound after which the
 * coordinator decides.
 */
@Component
public class RecordDeclineDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> declined = new ArrayList<>(Typed.DECLINED_SERVICES.getOrDefault(execution, List.of()));
    declined.add(Typed.TARGET_SERVICE.get(execution));
    Typed.DECLINED_SERVICES.set(execution, declined);
    Typed.DECLINE_COUNT.set(execution, Typed.DECLINE_COUNT.getOrDefault(execution, 0) + 1);
  }
}
