package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_applyForSupplementaryAgreement: who applies (a provider holding the basic BMM/BVC contract), when, and for
 * maternity care, child health care or both.
 */
@Component
public class ApplyForSupplementaryAgreementValidation extends TaskValidation {

  public ApplyForSupplementaryAgreementValidation() {
    super(Ids.APPLY_FOR_AGREEMENT);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.AGREEMENT_PROVIDER.get(answers);
    if (!Typed.HOLDS_BASIC_CONTRACT.getOrDefault(answers, false)) {
      throw new InputRefused(Typed.HOLDS_BASIC_CONTRACT.name(), "Bara vårdgivare som har grundavtal för BMM eller "
          + "BVC kan ansöka om tilläggsavtal: kryssa i \"" + Typed.HOLDS_BASIC_CONTRACT.label() + "\".");
    }
    Typed.APPLICATION_DATE.get(answers);
    if (!Typed.APPLICATION_COVERS_MATERNITY_CARE.getOrDefault(answers, false)
        && !Typed.APPLICATION_COVERS_CHILD_HEALTH_CARE.getOrDefault(answers, false)) {
      throw new InputRefused(Typed.APPLICATION_COVERS_MATERNITY_CARE.name(),
          "Ansökan ska gälla mödrahälsovård (BMM), barnhälsovård (BVC) eller båda.");
    }
  }
}
