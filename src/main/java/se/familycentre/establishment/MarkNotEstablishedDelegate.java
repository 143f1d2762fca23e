package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;

/**
 * serviceTask_markNotEstablished and serviceTask_endAsNotEstablished: the case ends without a centre, status
 * NOT_ESTABLISHED with the reason (a committee's rejection, or the coordinator's after a classification as not a
 * family centre). A centre that had been active is CLOSED instead.
 */
@Component
public class MarkNotEstablishedDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public MarkNotEstablishedDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.get(execution);
    String reason = Typed.NOT_ESTABLISHED_REASON.getOrNull(execution);
    String classification = Typed.CLASSIFICATION.getOrNull(execution);
    if (classification != null) {
      register.recordClassification(centreId, classification);
    }
    CentreStatus status = register.status(centreId) == CentreStatus.ACTIVE ? CentreStatus.CLOSED
        : CentreStatus.NOT_ESTABLISHED;
    register.changeStatus(centreId, status, reason, execution.getProcessBusinessKey());
  }
}
