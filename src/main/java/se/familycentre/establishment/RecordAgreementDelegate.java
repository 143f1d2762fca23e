package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;

/** serviceTask_recordAgreement: the region's decision on the supplementary agreement goes into the register. */
@Component
public class RecordAgreementDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public RecordAgreementDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.get(execution);
    String provider = Typed.AGREEMENT_PROVIDER.getOrNull(execution);
    if (Values.GRANT.equals(Typed.AGREEMENT_DECISION.getOrNull(execution))) {
      register.recordAgreement(centreId, FamilyCentreRegister.AGREEMENT_GRANTED, provider,
          Typed.AGREEMENT_FROM.getOrNull(execution), Typed.CO_LOCATION_LEVEL.getOrNull(execution), null);
    } else {
      register.recordAgreement(centreId, FamilyCentreRegister.AGREEMENT_REJECTED, provider, null, null,
          Typed.AGREEMENT_REASON.getOrNull(execution));
    }
  }
}
