package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * serviceTask_submitReportOfConcern: the written report goes to social services as it is, the child's personal
 * identity number already normalised; nothing can stop the report here. Its answers were checked when the reporter
 * completed the task ({@link WriteReportOfConcernValidation}); in cases on an earlier version of the model, which
 * checked them here, they are checked here.
 */
@Component
public class SubmitReportOfConcernDelegate implements JavaDelegate {

  private final WriteReportOfConcernValidation validation;

  public SubmitReportOfConcernDelegate(WriteReportOfConcernValidation validation) {
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.checkForEarlierModel(execution);
  }
}
