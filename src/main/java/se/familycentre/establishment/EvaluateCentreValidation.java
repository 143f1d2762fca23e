package se.familycentre.establishment;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_evaluateCentre: an outcome (continue, develop, close), figures that are neither negative nor implausibly
 * large, the parents' survey as a percentage, and a summary of what the evaluation shows (the reasons, when the
 * centre closes).
 */
@Component
public class EvaluateCentreValidation extends TaskValidation {

  static final List<CaseVariable<Integer>> FIGURES = List.of(Typed.FAMILIES_REACHED, Typed.BIRTHS_IN_AREA,
      Typed.FIRST_TIME_PARENTS_REACHED, Typed.JOINT_ACTIVITIES_PER_WEEK, Typed.VISITS_PER_ACTIVITY,
      Typed.REFERRALS_TO_TARGETED);

  /** The plausible largest figures of one centre's period: larger ones are typing errors. */
  static final int MAX_FIGURE = 100_000;
  static final int MAX_VISITS_PER_ACTIVITY = 10_000;
  static final int MAX_ACTIVITIES_PER_WEEK = 50;

  public EvaluateCentreValidation() {
    super(Ids.EVALUATE_CENTRE);
  }

  @Override
  public void check(VariableScope answers) {
    String outcome = oneOf(answers, Typed.EVALUATION_OUTCOME, List.of(Values.CONTINUE, Values.DEVELOP, Values.CLOSE));
    for (CaseVariable<Integer> figure : FIGURES) {
      Integer value = figure.getOrNull(answers);
      if (value != null && value < 0) {
        throw new InputRefused(figure.name(), "Uppföljningstal kan inte vara negativa.");
      }
      int most = figure == Typed.JOINT_ACTIVITIES_PER_WEEK ? MAX_ACTIVITIES_PER_WEEK
          : figure == Typed.VISITS_PER_ACTIVITY ? MAX_VISITS_PER_ACTIVITY : MAX_FIGURE;
      if (value != null && value > most) {
        throw new InputRefused(figure.name(), "\"" + figure.label() + "\" kan inte vara " + value + ": högst "
            + most + " för en familjecentral.");
      }
    }
    Integer survey = Typed.PARENT_SURVEY_SCORE.getOrNull(answers);
    if (survey != null && (survey < 0 || survey > 100)) {
      throw new InputRefused(Typed.PARENT_SURVEY_SCORE.name(), "Föräldraenkäten anges i procent nöjda, 0–100.");
    }
    Typed.EVALUATION_NOTE.get(answers, Values.CLOSE.equals(outcome)
        ? "Uppgiften \"Sammanfattning\" saknas: skriv skälen att avveckla."
        : "Uppgiften \"Sammanfattning\" saknas: skriv vad utvärderingen visar.");
  }
}
