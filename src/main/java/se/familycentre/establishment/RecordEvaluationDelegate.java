package se.familycentre.establishment;

import static se.familycentre.establishment.EstablishmentVariables.integer;
import static se.familycentre.establishment.EstablishmentVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.RegisterRecords.Evaluation;

/** serviceTask_recordEvaluation: the joint evaluation's aggregated figures and outcome go into the register. */
@Component
public class RecordEvaluationDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public RecordEvaluationDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordEvaluation((String) execution.getVariable(Vars.CENTRE_ID), new Evaluation(null,
        integer(execution, Vars.FAMILIES_REACHED), integer(execution, Vars.BIRTHS_IN_AREA),
        integer(execution, Vars.FIRST_TIME_PARENTS_REACHED), integer(execution, Vars.JOINT_ACTIVITIES_PER_WEEK),
        integer(execution, Vars.VISITS_PER_ACTIVITY), integer(execution, Vars.REFERRALS_TO_TARGETED),
        integer(execution, Vars.PARENT_SURVEY_SCORE), string(execution, Vars.EVALUATION_OUTCOME),
        string(execution, Vars.EVALUATION_NOTE), null));
  }
}
