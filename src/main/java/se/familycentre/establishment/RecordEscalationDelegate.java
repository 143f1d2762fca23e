package se.familycentre.establishment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;

/**
 * serviceTask_recordEscalation: the investigation is past its report-back date. Records an escalation in the
 * register (visible to management through the register and Cockpit); the investigation itself goes on.
 */
@Component
public class RecordEscalationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEscalationDelegate.class);
  private final FamilyCentreRegister register;

  public RecordEscalationDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.get(execution);
    LocalDate due = Typed.REPORT_BACK_DATE.getOrNull(execution);
    register.recordEscalation(centreId, EstablishmentProcess.Values.ESCALATION_REPORT_BACK_OVERDUE, due,
        "Utredningen har inte återredovisats senast " + due + "; samordnaren följer upp.",
        execution.getProcessBusinessKey());
    LOG.info("Centre {}: investigation past its report-back date {}, escalated", centreId, due);
  }
}
