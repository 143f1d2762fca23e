package se.familycentre.referral;

import se.familycentre.shared.engine.InputRefused;
import static se.familycentre.referral.ReferralProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Picks the targeted service. The coordinator's decision comes first (a service from the catalogue, or close the
 * referral without one). Otherwise the routing table's candidates, in the table's order: the first that has not
 * declined this referral. After the configured number of declines, or when the table has no candidate, the
 * coordinator decides.
 */
@Component
public class ChooseTargetServiceDelegate implements JavaDelegate {

  private final ReferralProperties properties;

  public ChooseTargetServiceDelegate(ReferralProperties properties) {
    this.properties = properties;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String coordinatorChoice = ReferralValues.string(execution, COORDINATOR_TARGET_SERVICE);
    if (coordinatorChoice != null) {
      applyCoordinatorChoice(execution, coordinatorChoice);
      return;
    }
    List<Map<String, Object>> candidates = (List<Map<String, Object>>) execution.getVariable(ROUTING_CANDIDATES);
    execution.removeVariable(ROUTING_CANDIDATES);
    List<String> declined = ReferralValues.list(execution, DECLINED_SERVICES);
    Object count = execution.getVariable(DECLINE_COUNT);
    int declines = count == null ? 0 : ((Number) count).intValue();
    execution.setVariable(DECLINE_COUNT, declines);
    if (declines >= properties.maxDeclines() || candidates == null) {
      execution.setVariable(ROUTE_OUTCOME, NEEDS_COORDINATOR);
      return;
    }
    for (Map<String, Object> candidate : candidates) {
      String service = (String) candidate.get(TARGET_SERVICE);
      if (!declined.contains(service)) {
        route(execution, TargetService.valueOf(service), (String) candidate.get(TARGET_GROUPS));
        return;
      }
    }
    execution.setVariable(ROUTE_OUTCOME, NEEDS_COORDINATOR);
  }

  private static void applyCoordinatorChoice(DelegateExecution execution, String choice) {
    if (CLOSED.equals(choice)) {
      execution.removeVariable(COORDINATOR_TARGET_SERVICE);
      execution.setVariable(ROUTE_OUTCOME, CLOSED);
      execution.setVariable(WORK_OUTCOME, CLOSED);
      return;
    }
    TargetService target;
    try {
      target = TargetService.valueOf(choice);
    } catch (IllegalArgumentException e) {
      throw new InputRefused(COORDINATOR_TARGET_SERVICE, "Okänd insats: " + choice + ".");
    }
    execution.removeVariable(COORDINATOR_TARGET_SERVICE);
    route(execution, target, target.groups);
  }

  private static void route(DelegateExecution execution, TargetService target, String groups) {
    execution.setVariable(TARGET_SERVICE, target.name());
    execution.setVariable(TARGET_SERVICE_NAME, target.swedishName);
    execution.setVariable(TARGET_GROUPS, groups);
    execution.setVariable(ROUTE_OUTCOME, ROUTED);
  }
}
