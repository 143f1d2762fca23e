package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;

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

  public boolean moved(DelegateExecution execution) {
    LocalDate wanted = Typed.REPORT_BACK_DATE.getOrNull(execution);
    return wanted != null
        && !Objects.equals(wanted, register.reportBackDate(Typed.CENTRE_ID.get(execution)).orElse(null));
  }
}
