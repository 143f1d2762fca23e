package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.engine.InputRefused;

/**
 * The condition of boundaryEvent_reportBackDateChanged, {@code ${reportBackDates.moved(execution)}}: the case's
 * report-back date differs from the one the register holds, so the timer, the due date and the register follow it.
 */
@Component("reportBackDates")
public class ReportBackDates {

  private final FamilyCentreRegister register;

  public ReportBackDates(FamilyCentreRegister register) {
    this.register = register;
  }

  /**
   * Whether the case's report-back date differs from the register's. A date nobody can read (written through the API
   * in another format) moves nothing: the report-back step that needs it fails later, visibly, as an incident.
   */
  public boolean moved(DelegateExecution execution) {
    LocalDate wanted;
    try {
      wanted = Typed.REPORT_BACK_DATE.getOrNull(execution);
    } catch (InputRefused unreadable) {
      return false;
    }
    return wanted != null
        && !Objects.equals(wanted, register.reportBackDate(Typed.CENTRE_ID.get(execution)).orElse(null));
  }
}
