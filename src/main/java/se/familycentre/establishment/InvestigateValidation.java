package se.familycentre.establishment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_investigate: the official report estimates the yearly costs (whole kronor, 0–1 000 000 000), answers every
 * point of the investigation, shows the consequences for children and the economic consequences, keeps a report-back
 * date (a new one, differing from the register's, not already passed), and names at least one known committee to
 * decide.
 */
@Component
public class InvestigateValidation extends TaskValidation {

  private final CommitteeSelection committeeSelection;
  private final FamilyCentreRegister register;

  public InvestigateValidation(CommitteeSelection committeeSelection, FamilyCentreRegister register) {
    super(Ids.INVESTIGATE);
    this.committeeSelection = committeeSelection;
    this.register = register;
  }

  /** The largest yearly cost an investigation can plausibly estimate (kr): a larger one is a typing error. */
  static final int MAX_ESTIMATED_COSTS = 1_000_000_000;

  @Override
  public void check(VariableScope answers) {
    Integer costs = Typed.ESTIMATED_COSTS.get(answers);
    if (costs < 0 || costs > MAX_ESTIMATED_COSTS) {
      throw new InputRefused(Typed.ESTIMATED_COSTS.name(), "\"" + Typed.ESTIMATED_COSTS.label()
          + "\" ska vara hela kronor mellan 0 och 1 000 000 000, inte " + costs + ".");
    }
    Typed.LOCATION.get(answers);
    Typed.STAFFING.get(answers);
    Typed.FAMILY_NEEDS.get(answers);
    Typed.LOCAL_ACTORS.get(answers);
    Typed.CONSEQUENCES_FOR_CHILDREN.get(answers);
    Typed.ECONOMIC_CONSEQUENCES.get(answers);
    checkNewReportBackDate(answers);
    if (committeeSelection.of(Typed.COMMITTEES.getOrNull(answers)).isEmpty()) {
      throw new InputRefused(Typed.COMMITTEES.name(), "Välj minst en nämnd som ska fatta beslut i ärendet.");
    }
  }

  /**
   * A report-back date written in the investigation is either the registered one or a date that has not passed.
   * Also asked by {@link MoveReportBackDateDelegate}, which moves the register and the timer as soon as the date is
   * written (before the task completes), so that a passed date is refused before anything moves.
   */
  void checkNewReportBackDate(VariableScope answers) {
    LocalDate reportBack = Typed.REPORT_BACK_DATE.get(answers);
    LocalDate registered = register.centreDetail(Typed.CENTRE_ID.get(answers)).map(c -> c.reportBackDate())
        .orElse(null);
    if (!reportBack.equals(registered) && reportBack.isBefore(SwedishTime.today())) {
      throw new InputRefused(Typed.REPORT_BACK_DATE.name(), "Ett nytt återredovisningsdatum kan inte ha passerat: "
          + reportBack + " är före i dag.");
    }
  }
}
