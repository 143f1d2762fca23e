package se.familycentre.establishment;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.shared.TaskValidation;

/** userTask_decideAfterClassification: back to the co-location, or end the case with its reason. */
@Component
public class DecideAfterClassificationValidation extends TaskValidation {

  public DecideAfterClassificationValidation() {
    super(Ids.DECIDE_AFTER_CLASSIFICATION);
  }

  @Override
  public void check(VariableScope answers) {
    String choice = oneOf(answers, Typed.AFTER_CLASSIFICATION, List.of(Values.BACK_TO_CO_LOCATION, Values.END_CASE));
    if (Values.END_CASE.equals(choice)) {
      Typed.NOT_ESTABLISHED_REASON.get(answers);
    }
  }
}
