package se.familycentre.establishment;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.register.CentreStatus;
import se.familycentre.shared.TaskValidation;

/**
 * What the versions of {@code familyCentreEstablishmentProcess} deployed before the validations and statuses moved
 * into the model still call. An instance keeps the version it started on, so a case started before the change calls
 * these when its tasks end or its phases start:
 * <ul>
 *   <li>{@code ${validateAnswersListener}} on the end of each checked user task: it runs the task's own validation
 *       bean, found by the task's name ({@link TaskValidation#beanNameFor}), as today's model calls it directly;</li>
 *   <li>{@code ${recordStatusListener}} on the start of a phase without the field {@code status}: the status of that
 *       phase comes from {@link #statusOfEarlierModel}, the table those versions relied on.</li>
 * </ul>
 *
 * <p>Drop this class (and the fallback in {@link RecordStatusListener}) when no instance of those versions runs any
 * more (Cockpit: the process definition's earlier versions without running instances), or after migrating them to the
 * current version.
 */
@Configuration(proxyBeanMethods = false)
class EarlierModelListeners {

  private static final Map<String, CentreStatus> STATUS_BY_STEP = Map.of(
      Ids.INVESTIGATE, CentreStatus.INVESTIGATING,
      Ids.RECORD_COMMITTEE_DECISION, CentreStatus.DECIDING,
      Ids.ARRANGE_CO_LOCATION, CentreStatus.CO_LOCATING);

  @Bean
  ExecutionListener validateAnswersListener(Map<String, TaskValidation> validations) {
    return execution -> {
      TaskValidation validation = validations.get(TaskValidation.beanNameFor(execution.getCurrentActivityId()));
      if (validation == null) {
        throw new IllegalStateException("validateAnswersListener has no checks for "
            + execution.getCurrentActivityId());
      }
      validation.notify(execution);
    };
  }

  /** The status an earlier model's phase stood for, when its listener had no field {@code status}. */
  static CentreStatus statusOfEarlierModel(String activityId) {
    CentreStatus status = STATUS_BY_STEP.get(activityId);
    if (status == null) {
      throw new IllegalStateException("recordStatusListener without <camunda:field name=\"status\" .../> at "
          + activityId);
    }
    return status;
  }
}
