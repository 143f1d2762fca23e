package se.familycentre.establishment;

import static se.familycentre.establishment.EstablishmentVariables.date;
import static se.familycentre.establishment.EstablishmentVariables.integer;
import static se.familycentre.establishment.EstablishmentVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
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
    String centreId = (String) execution.getVariable(Vars.CENTRE_ID);
    String provider = string(execution, Vars.AGREEMENT_PROVIDER);
    if (Values.GRANT.equals(string(execution, Vars.AGREEMENT_DECISION))) {
      register.recordAgreement(centreId, FamilyCentreRegister.AGREEMENT_GRANTED, provider,
          date(execution, Vars.AGREEMENT_FROM, "Avtalet gäller från"), integer(execution, Vars.CO_LOCATION_LEVEL),
          null);
    } else {
      register.recordAgreement(centreId, FamilyCentreRegister.AGREEMENT_REJECTED, provider, null, null,
          string(execution, Vars.AGREEMENT_REASON));
    }
  }
}
