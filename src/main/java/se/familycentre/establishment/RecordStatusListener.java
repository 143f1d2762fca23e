package se.familycentre.establishment;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;

/**
 * Keeps the register's status in step with the phase the case enters: an execution listener on the start of the
 * phase's first task, the status the model's word, its field {@code status} (a {@link CentreStatus}):
 *
 * <pre>{@code
 * <camunda:executionListener delegateExpression="${recordStatusListener}" event="start">
 *   <camunda:field name="status" stringValue="INVESTIGATING" />
 * </camunda:executionListener>
 * }</pre>
 *
 * An active centre that is being developed stays ACTIVE when it goes through the co-location again. A prototype: the
 * engine injects the field into the object the delegate expression resolves to, on every call, so two phases that
 * start at once never read each other's status. Earlier versions of the model call it without the field
 * ({@link EarlierModelListeners}).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RecordStatusListener implements ExecutionListener {

  static final Map<CentreStatus, String> REASON = Map.of(
      CentreStatus.INVESTIGATING, "Utredning pågår",
      CentreStatus.DECIDING, "Ärendet är hos nämnderna för beslut",
      CentreStatus.CO_LOCATING, "Samlokalisering och lokalt samverkansavtal ordnas");

  private final FamilyCentreRegister register;
  private Expression status;

  public RecordStatusListener(FamilyCentreRegister register) {
    this.register = register;
  }

  /** Set by the engine from {@code <camunda:field name="status" .../>}. */
  public void setStatus(Expression status) {
    this.status = status;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CentreStatus entered = status == null ? EarlierModelListeners.statusOfEarlierModel(execution.getCurrentActivityId())
        : statusNamed(String.valueOf(status.getValue(execution)), execution.getCurrentActivityId());
    String centreId = Typed.CENTRE_ID.get(execution);
    if (entered == CentreStatus.CO_LOCATING && register.status(centreId) == CentreStatus.ACTIVE) {
      return;
    }
    register.changeStatus(centreId, entered, REASON.get(entered), execution.getProcessBusinessKey());
  }

  private static CentreStatus statusNamed(String name, String activityId) {
    try {
      CentreStatus status = CentreStatus.valueOf(name);
      if (REASON.containsKey(status)) {
        return status;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new IllegalStateException("recordStatusListener at " + activityId + ": the field status is one of "
        + REASON.keySet() + ", not " + name);
  }
}
