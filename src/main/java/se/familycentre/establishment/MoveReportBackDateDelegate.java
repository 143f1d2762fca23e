package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;

/**
 * serviceTask_moveReportBackDate: a new report-back date goes into the register, and the overdue timer and the
 * investigation's due date move to the day after it (Swedish time).
 */
@Component
public class MoveReportBackDateDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;
  private final EstablishmentCalendar calendar;
  private final InvestigateValidation validation;

  public MoveReportBackDateDelegate(FamilyCentreRegister register, EstablishmentCalendar calendar,
      InvestigateValidation validation) {
    this.register = register;
    this.calendar = calendar;
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkNewReportBackDate(execution);
    LocalDate date = Typed.REPORT_BACK_DATE.get(execution);
    register.updateReportBackDate(Typed.CENTRE_ID.get(execution), date);
    Date due = calendar.dayAfter(date);
    String processInstanceId = execution.getProcessInstanceId();
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    for (Job timer : management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(Ids.REPORT_BACK_OVERDUE).timers().list()) {
      management.setJobDuedate(timer.getId(), due);
    }
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task investigation : tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Ids.INVESTIGATE).list()) {
      investigation.setDueDate(due);
      tasks.saveTask(investigation);
    }
  }
}
