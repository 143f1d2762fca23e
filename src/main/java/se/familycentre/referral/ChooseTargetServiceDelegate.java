package se.familycentre.referral;

import static se.familycentre.referral.ReferralProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Picks the targeted service from the routing table's candidates (in the table's order): the first that has not
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
        TargetService target = TargetService.valueOf(service);
        execution.setVariable(TARGET_SERVICE, target.name());
        execution.setVariable(TARGET_SERVICE_NAME, target.swedishName);
        execution.setVariable(TARGET_GROUPS, (String) candidate.get(TARGET_GROUPS));
        execution.setVariable(ROUTE_OUTCOME, ROUTED);
        return;
      }
    }
    execution.setVariable(ROUTE_OUTCOME, NEEDS_COORDINATOR);
  }
}
