package se.familycentre.referral;

import static se.familycentre.referral.ReferralProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the coordinator's decision: a targeted service (its group from the service catalogue), or close the
 * referral without a targeted service (the family keeps the universal offer).
 */
@Component
public class ApplyCoordinatorDecisionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String choice = ReferralValues.string(execution, COORDINATOR_TARGET_SERVICE);
    if (choice == null || choice.isEmpty()) {
      throw new ReferralInputException(COORDINATOR_TARGET_SERVICE, "Välj en insats eller att avsluta hänvisningen.");
    }
    execution.removeVariable(COORDINATOR_TARGET_SERVICE);
    if (CLOSED.equals(choice)) {
      execution.setVariable(ROUTE_OUTCOME, CLOSED);
      execution.setVariable(WORK_OUTCOME, CLOSED);
      return;
    }
    TargetService target;
    try {
      target = TargetService.valueOf(choice);
    } catch (IllegalArgumentException e) {
      throw new ReferralInputException(COORDINATOR_TARGET_SERVICE, "Okänd insats: " + choice + ".");
    }
    execution.setVariable(TARGET_SERVICE, target.name());
    execution.setVariable(TARGET_SERVICE_NAME, target.swedishName);
    execution.setVariable(TARGET_GROUPS, target.groups);
    execution.setVariable(DECLINE_COUNT, 0);
    execution.setVariable(ROUTE_OUTCOME, ROUTED);
  }
}
