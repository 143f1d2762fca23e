package se.familycentre.referral;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;

/**
 * Picks the targeted service. The coordinator's decision comes first (a service from the catalogue, or close the
 * referral without one; checked when the coordinator completed the task, {@link DecideRouteAsCoordinatorValidation}). Otherwise the routing table's candidates, in the table's order: the first that has not
 * declined this referral. After the configured number of declines, or when the table has no candidate, the
 * coordinator decides.
 */
@Component
public class ChooseTargetServiceDelegate implements JavaDelegate {

  private final ReferralProperties properties;
  private final DecideRouteAsCoordinatorValidation coordinatorValidation;

  public ChooseTargetServiceDelegate(ReferralProperties properties,
      DecideRouteAsCoordinatorValidation coordinatorValidation) {
    this.properties = properties;
    this.coordinatorValidation = coordinatorValidation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String coordinatorChoice = Typed.COORDINATOR_TARGET_SERVICE.getOrNull(execution);
    if (coordinatorChoice != null) {
      coordinatorValidation.checkForEarlierModel(execution);
      applyCoordinatorChoice(execution, coordinatorChoice);
      return;
    }
    List<Map<String, Object>> candidates = Typed.ROUTING_CANDIDATES.getOrNull(execution);
    execution.removeVariable(Vars.ROUTING_CANDIDATES);
    List<String> declined = Typed.DECLINED_SERVICES.getOrDefault(execution, List.of());
    int declines = Typed.DECLINE_COUNT.getOrDefault(execution, 0);
    Typed.DECLINE_COUNT.set(execution, declines);
    if (declines >= properties.maxDeclines() || candidates == null) {
      execution.setVariable(Vars.ROUTE_OUTCOME, Values.NEEDS_COORDINATOR);
      return;
    }
    for (Map<String, Object> candidate : candidates) {
      String service = (String) candidate.get(Vars.TARGET_SERVICE);
      if (!declined.contains(service)) {
        route(execution, TargetService.valueOf(service), (String) candidate.get(Vars.TARGET_GROUPS));
        return;
      }
    }
    execution.setVariable(Vars.ROUTE_OUTCOME, Values.NEEDS_COORDINATOR);
  }

  private static void applyCoordinatorChoice(DelegateExecution execution, String choice) {
    if (Values.CLOSED.equals(choice)) {
      execution.removeVariable(Vars.COORDINATOR_TARGET_SERVICE);
      execution.setVariable(Vars.ROUTE_OUTCOME, Values.CLOSED);
      execution.setVariable(Vars.WORK_OUTCOME, Values.CLOSED);
      return;
    }
    TargetService target = TargetService.valueOf(choice); // a known service: DecideRouteAsCoordinatorValidation
    execution.removeVariable(Vars.COORDINATOR_TARGET_SERVICE);
    route(execution, target, target.groups);
  }

  private static void route(DelegateExecution execution, TargetService target, String groups) {
    execution.setVariable(Vars.TARGET_SERVICE, target.name());
    execution.setVariable(Vars.TARGET_SERVICE_NAME, target.swedishName);
    execution.setVariable(Vars.TARGET_GROUPS, groups);
    execution.setVariable(Vars.ROUTE_OUTCOME, Values.ROUTED);
  }
}
