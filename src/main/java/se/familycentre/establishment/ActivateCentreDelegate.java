package se.familycentre.establishment;

import static se.familycentre.establishment.EstablishmentVariables.bool;
import static se.familycentre.establishment.EstablishmentVariables.requiredDate;
import static se.familycentre.establishment.EstablishmentVariables.string;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Vars;
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
    String centreId = (String) execution.getVariable(Vars.CENTRE_ID);
    List<Leg> legs = new ArrayList<>();
    if (bool(execution, Vars.MATERNITY_CARE)) {
      legs.add(Leg.MATERNITY_CARE);
    }
    if (bool(execution, Vars.CHILD_HEALTH_CARE)) {
      legs.add(Leg.CHILD_HEALTH_CARE);
    }
    if (bool(execution, Vars.OPEN_PRESCHOOL)) {
      legs.add(Leg.OPEN_PRESCHOOL);
    }
    if (bool(execution, Vars.PREVENTIVE_SOCIAL_SERVICES)) {
      legs.add(Leg.PREVENTIVE_SOCIAL_SERVICES);
    }
    String classification = string(execution, Vars.CLASSIFICATION);
    register.activate(centreId, requiredDate(execution, Vars.LAUNCH_DATE, "Startdatum"), classification,
        new WeeklySession(string(execution, Vars.SESSION_WEEKDAY), string(execution, Vars.SESSION_FROM),
            string(execution, Vars.SESSION_TO), legs, string(execution, Vars.SESSION_NOTE)),
        execution.getProcessBusinessKey());
    LOG.info("Centre {} active as {}", centreId, classification);
  }
}
