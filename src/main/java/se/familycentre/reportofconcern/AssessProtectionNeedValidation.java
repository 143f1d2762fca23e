package se.familycentre.reportofconcern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Ids;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.TaskValidation;

/** userTask_assessProtectionNeed: the protection assessment is written down. */
@Component
public class AssessProtectionNeedValidation extends TaskValidation {

  public AssessProtectionNeedValidation() {
    super(Ids.ASSESS_PROTECTION);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.PROTECTION_ASSESSMENT.get(answers, "Beskriv skyddsbedömningen.");
  }
}
