package se.familycentre.establishment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;
import se.familycentre.register.RegisterRecords.WeeklySession;

/**
 * serviceTask_activateCentre: the centre opens: register ACTIVE with launch date, classification and the weekly
 * session at which the present legs meet families together.
 */
@Component
public class ActivateCentreDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ActivateCentreDelegate.class);
  private final FamilyCentreRegister register;

  public ActivateCentreDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.get(execution);
    List<Leg> legs = new ArrayList<>();
    if (Typed.MATERNITY_CARE.getOrDefault(execution, false)) {
      legs.add(Leg.MATERNITY_CARE);
    }
    if (Typed.CHILD_HEALTH_CARE.getOrDefault(execution, false)) {
      legs.add(Leg.CHILD_HEALTH_CARE);
    }
    if (Typed.OPEN_PRESCHOOL.getOrDefault(execution, false)) {
      legs.add(Leg.OPEN_PRESCHOOL);
    }
    if (Typed.PREVENTIVE_SOCIAL_SERVICES.getOrDefault(execution, false)) {
      legs.add(Leg.PREVENTIVE_SOCIAL_SERVICES);
    }
    String classification = Typed.CLASSIFICATION.getOrNull(execution);
    register.activate(centreId, Typed.LAUNCH_DATE.get(execution), classification,
        new WeeklySession(Typed.SESSION_WEEKDAY.getOrNull(execution), Typed.SESSION_FROM.getOrNull(execution),
            Typed.SESSION_TO.getOrNull(execution), legs, Typed.SESSION_NOTE.getOrNull(execution)),
        execution.getProcessBusinessKey());
    LOG.info("Centre {} active as {}", centreId, classification);
  }
}
