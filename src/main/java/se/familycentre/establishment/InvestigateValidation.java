package se.familycentre.establishment;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_investigate: the official report shows the consequences for children and the economic consequences, keeps
 * a report-back date, and names at least one known committee to decide.
 */
@Component
public class InvestigateValidation extends TaskValidation {

  private final CommitteeSelection committeeSelection;

  public InvestigateValidation(CommitteeSelection committeeSelection) {
    super(Ids.INVESTIGATE);
    this.committeeSelection = committeeSelection;
  }

  @Override
  public void check(VariableScope answers) {
    Typed.CONSEQUENCES_FOR_CHILDREN.get(answers);
    Typed.ECONOMIC_CONSEQUENCES.get(answers);
    Typed.REPORT_BACK_DATE.get(answers);
    if (committeeSelection.of(Typed.COMMITTEES.getOrNull(answers)).isEmpty()) {
      throw new InputRefused(Typed.COMMITTEES.name(), "Välj minst en nämnd som ska fatta beslut i ärendet.");
    }
  }
}
