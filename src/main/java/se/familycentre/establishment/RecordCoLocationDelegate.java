package se.familycentre.establishment;

import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Typed;
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
    boolean agreementRejected = Values.REJECT.equals(Typed.AGREEMENT_DECISION.getOrNull(execution));
    Map<Leg, Boolean> present = new EnumMap<>(Leg.class);
    present.put(Leg.MATERNITY_CARE, Typed.MATERNITY_CARE_PRESENT.getOrDefault(execution, false)
        && !(agreementRejected && Typed.APPLICATION_COVERS_MATERNITY_CARE.getOrDefault(execution, false)));
    present.put(Leg.CHILD_HEALTH_CARE, Typed.CHILD_HEALTH_CARE_PRESENT.getOrDefault(execution, false)
        && !(agreementRejected && Typed.APPLICATION_COVERS_CHILD_HEALTH_CARE.getOrDefault(execution, false)));
    present.put(Leg.OPEN_PRESCHOOL, Typed.OPEN_PRESCHOOL_PRESENT.getOrDefault(execution, false));
    present.put(Leg.PREVENTIVE_SOCIAL_SERVICES,
        Typed.PREVENTIVE_SOCIAL_SERVICES_PRESENT.getOrDefault(execution, false));
    register.recordCoLocation(Typed.CENTRE_ID.get(execution), Typed.PREMISES.getOrNull(execution), present);
    Typed.MATERNITY_CARE.set(execution, present.get(Leg.MATERNITY_CARE));
    Typed.CHILD_HEALTH_CARE.set(execution, present.get(Leg.CHILD_HEALTH_CARE));
    Typed.OPEN_PRESCHOOL.set(execution, present.get(Leg.OPEN_PRESCHOOL));
    Typed.PREVENTIVE_SOCIAL_SERVICES.set(execution, present.get(Leg.PREVENTIVE_SOCIAL_SERVICES));
  }
}
