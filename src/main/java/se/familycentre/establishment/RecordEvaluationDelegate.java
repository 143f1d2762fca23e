package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
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
    register.recordEvaluation(Typed.CENTRE_ID.get(execution), new Evaluation(null,
        Typed.FAMILIES_REACHED.getOrNull(execution), Typed.BIRTHS_IN_AREA.getOrNull(execution),
        Typed.FIRST_TIME_PARENTS_REACHED.getOrNull(execution), Typed.JOINT_ACTIVITIES_PER_WEEK.getOrNull(execution),
        Typed.VISITS_PER_ACTIVITY.getOrNull(execution), Typed.REFERRALS_TO_TARGETED.getOrNull(execution),
        Typed.PARENT_SURVEY_SCORE.getOrNull(execution), Typed.EVALUATION_OUTCOME.getOrNull(execution),
        Typed.EVALUATION_NOTE.getOrNull(execution), null));
  }
}
