package se.familycentre.reportofconcern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Ids;
import se.familycentre.reportofconcern.ReportOfConcernProcess.Typed;
import se.familycentre.shared.TaskValidation;

/**
 * userTask_decideOnInvestigation: an extension of the deadline only with the exceptional reasons written down;
 * otherwise the decision whether to open an investigation, with its reasoning. (A report about violence never comes
 * here: it goes straight to investigation.)
 */
@Component
public class DecideOnInvestigationValidation extends TaskValidation {

  public DecideOnInvestigationValidation() {
    super(Ids.DECIDE_ON_INVESTIGATION);
  }

  @Override
  public void check(VariableScope answers) {
    if (Typed.EXTEND_DECISION.getOrDefault(answers, false)) {
      Typed.EXTENSION_REASON.get(answers, "Tiden kan bara förlängas om det finns synnerliga skäl: ange skälen.");
    } else {
      Typed.DECISION_REASONING.get(answers, "Motivera beslutet.");
    }
  }
}
