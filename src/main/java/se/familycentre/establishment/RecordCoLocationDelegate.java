package se.familycentre.establishment;

import static se.familycentre.establishment.EstablishmentVariables.bool;
import static se.familycentre.establishment.EstablishmentVariables.string;

import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;

/**
 * serviceTask_recordCoLocation: records premises and the legs actually present, and sets the four inputs of the
 * classification decision. A regional leg whose participation the supplementary agreement was to fund is not
 * present when the region rejected that agreement.
 */
@Component
public class RecordCoLocationDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public RecordCoLocationDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean agreementRejected = Values.REJECT.equals(string(execution, Vars.AGREEMENT_DECISION));
    Map<Leg, Boolean> present = new EnumMap<>(Leg.class);
    present.put(Leg.MATERNITY_CARE, bool(execution, Vars.MATERNITY_CARE_PRESENT)
        && !(agreementRejected && bool(execution, Vars.APPLICATION_COVERS_MATERNITY_CARE)));
    present.put(Leg.CHILD_HEALTH_CARE, bool(execution, Vars.CHILD_HEALTH_CARE_PRESENT)
        && !(agreementRejected && bool(execution, Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE)));
    present.put(Leg.OPEN_PRESCHOOL, bool(execution, Vars.OPEN_PRESCHOOL_PRESENT));
    present.put(Leg.PREVENTIVE_SOCIAL_SERVICES, bool(execution, Vars.PREVENTIVE_SOCIAL_SERVICES_PRESENT));
    register.recordCoLocation((String) execution.getVariable(Vars.CENTRE_ID), string(execution, Vars.PREMISES),
        present);
    execution.setVariable(Vars.MATERNITY_CARE, present.get(Leg.MATERNITY_CARE));
    execution.setVariable(Vars.CHILD_HEALTH_CARE, present.get(Leg.CHILD_HEALTH_CARE));
    execution.setVariable(Vars.OPEN_PRESCHOOL, present.get(Leg.OPEN_PRESCHOOL));
    execution.setVariable(Vars.PREVENTIVE_SOCIAL_SERVICES, present.get(Leg.PREVENTIVE_SOCIAL_SERVICES));
  }
}
