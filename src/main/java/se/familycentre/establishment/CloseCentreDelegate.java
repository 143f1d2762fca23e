package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;

/** serviceTask_closeCentre: the joint evaluation decided to close the centre: register CLOSED with the reason. */
@Component
public class CloseCentreDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public CloseCentreDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(Typed.CENTRE_ID.get(execution), CentreStatus.CLOSED,
        "Avvecklas efter gemensam utvärdering: " + Typed.EVALUATION_NOTE.getOrNull(execution),
        execution.getProcessBusinessKey());
  }
}
