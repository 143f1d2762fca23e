package se.familycentre.establishment;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;

/**
 * Keeps the register's status in step with the phase the case enters (execution listener on {@code start} of the
 * investigation, the committee decisions and the co-location): INVESTIGATING, DECIDING, CO_LOCATING. An active
 * centre that is being developed stays ACTIVE.
 */
@Component
public class RecordStatusListener implements ExecutionListener {

  static final Map<String, CentreStatus> STATUS_BY_STEP = Map.of(
      Ids.INVESTIGATE, CentreStatus.INVESTIGATING,
      Ids.RECORD_COMMITTEE_DECISION, CentreStatus.DECIDING,
      Ids.ARRANGE_CO_LOCATION, CentreStatus.CO_LOCATING);
  static final Map<CentreStatus, String> REASON = Map.of(
      CentreStatus.INVESTIGATING, "Utredning pågår",
      CentreStatus.DECIDING, "Ärendet är hos nämnderna för beslut",
      CentreStatus.CO_LOCATING, "Samlokalisering och lokalt samverkansavtal ordnas");

  private final FamilyCentreRegister register;

  public RecordStatusListener(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CentreStatus status = STATUS_BY_STEP.get(execution.getCurrentActivityId());
    if (status == null) {
      throw new IllegalStateException("recordStatusListener is not meant for " + execution.getCurrentActivityId());
    }
    String centreId = Typed.CENTRE_ID.get(execution);
    if (status == CentreStatus.CO_LOCATING && register.status(centreId) == CentreStatus.ACTIVE) {
      return;
    }
    register.changeStatus(centreId, status, REASON.get(status), execution.getProcessBusinessKey());
  }
}
