package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/** userTask_decideRouteAsCoordinator: a service from the catalogue ({@link TargetService}), or close (CLOSED). */
@Component
public class DecideRouteAsCoordinatorValidation extends TaskValidation {

  public DecideRouteAsCoordinatorValidation() {
    super(Ids.COORDINATOR_DECIDES);
  }

  @Override
  public void check(VariableScope answers) {
    String choice = Typed.COORDINATOR_TARGET_SERVICE.get(answers,
        "Välj en insats, eller att hänvisningen avslutas utan insats.");
    if (Values.CLOSED.equals(choice)) {
      return;
    }
    try {
      TargetService.valueOf(choice);
    } catch (IllegalArgumentException e) {
      throw new InputRefused(Typed.COORDINATOR_TARGET_SERVICE.name(), "Okänd insats: " + choice + ".");
    }
  }
}
