package se.familycentre.reportofconcern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Ids;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.TaskValidation;

/** userTask_protectChildImmediately: the protective measure taken is written down. */
@Component
public class ProtectChildImmediatelyValidation extends TaskValidation {

  public ProtectChildImmediatelyValidation() {
    super(Ids.PROTECT_CHILD);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.IMMEDIATE_PROTECTION_MEASURE.get(answers, "Skriv vilken skyddsåtgärd som vidtogs.");
  }
}
