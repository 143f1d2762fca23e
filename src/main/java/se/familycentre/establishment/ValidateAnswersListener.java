package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.engine.InputRefused;

/**
 * The server-side checks of the answers, on {@code end} of each user task that needs more than "required" in the
 * form: a reason for a rejection, dates in the right order (agreement not before its application, launch not before
 * the last committee decision), the five points every local collaboration agreement must cover. A failed check
 * throws {@link InputRefused}: the completion rolls back, the task stays open, the official sees why.
 */
@Component
public class ValidateAnswersListener implements ExecutionListener {

  static final Set<String> WEEKDAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
      "SUNDAY");
  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  private final FamilyCentreRegister register;
  private final CommitteeSelection committeeSelection;

  public ValidateAnswersListener(FamilyCentreRegister register, CommitteeSelection committeeSelection) {
    this.register = register;
    this.committeeSelection = committeeSelection;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the task was cancelled (e.g. the case ended after a rejection), not answered
    }
    switch (execution.getCurrentActivityId()) {
      case Ids.INVESTIGATE -> investigation(execution);
      case Ids.FOLLOW_UP_OVERDUE -> Typed.FOLLOW_UP_ACTION.get(execution);
      case Ids.RECORD_COMMITTEE_DECISION -> committeeDecision(execution);
      case Ids.APPLY_FOR_AGREEMENT -> application(execution);
      case Ids.ASSESS_AGREEMENT -> assessment(execution);
      case Ids.ARRANGE_CO_LOCATION -> coLocation(execution);
      case Ids.DECIDE_AFTER_CLASSIFICATION -> afterClassification(execution);
      case Ids.LAUNCH_CENTRE -> launch(execution);
      case Ids.EVALUATE_CENTRE -> evaluation(execution);
      default -> throw new IllegalStateException("validateAnswersListener has no checks for "
          + execution.getCurrentActivityId());
    }
  }

  void investigation(DelegateExecution execution) {
    Typed.CONSEQUENCES_FOR_CHILDREN.get(execution);
    Typed.ECONOMIC_CONSEQUENCES.get(execution);
    Typed.REPORT_BACK_DATE.get(execution);
    if (committeeSelection.of(Typed.COMMITTEES.getOrNull(execution)).isEmpty()) {
      throw new InputRefused(Vars.COMMITTEES, "Välj minst en nämnd som ska fatta beslut i ärendet.");
    }
  }

  void committeeDecision(DelegateExecution execution) {
    String decision = oneOf(execution, Typed.DECISION, Values.APPROVE, Values.REJECT, Values.RETURN);
    Typed.DECISION_DATE.get(execution);
    Typed.MINUTE_REFERENCE.get(execution);
    if (!Values.APPROVE.equals(decision) && Typed.DECISION_REASON.getOrNull(execution) == null) {
      throw new InputRefused(Vars.DECISION_REASON, Values.REJECT.equals(decision)
          ? "Ett avslag måste motiveras: skriv nämndens skäl."
          : "En återremiss måste motiveras: skriv vad som ska utredas vidare.");
    }
  }

  void application(DelegateExecution execution) {
    Typed.AGREEMENT_PROVIDER.get(execution);
    Typed.APPLICATION_DATE.get(execution);
    if (!Typed.APPLICATION_COVERS_MATERNITY_CARE.getOrDefault(execution, false)
        && !Typed.APPLICATION_COVERS_CHILD_HEALTH_CARE.getOrDefault(execution, false)) {
      throw new InputRefused(Vars.APPLICATION_COVERS_MATERNITY_CARE,
          "Ansökan ska gälla mödrahälsovård (BMM), barnhälsovård (BVC) eller båda.");
    }
  }

  void assessment(DelegateExecution execution) {
    String decision = oneOf(execution, Typed.AGREEMENT_DECISION, Values.GRANT,
        Values.REJECT);
    if (Values.GRANT.equals(decision)) {
      LocalDate from = Typed.AGREEMENT_FROM.get(execution);
      LocalDate applied = Typed.APPLICATION_DATE.getOrNull(execution);
      if (applied != null && from.isBefore(applied)) {
        throw new InputRefused(Vars.AGREEMENT_FROM, "Tilläggsavtalet kan inte gälla från " + from
            + ", före ansökningsdatumet " + applied + ".");
      }
      List<String> unmet = new java.util.ArrayList<>();
      if (!Typed.REQUIREMENT_BASIC_CONTRACT.getOrDefault(execution, false)) {
        unmet.add("grundavtal för BMM/BVC");
      }
      if (!Typed.REQUIREMENT_FOUR_LEGS.getOrDefault(execution, false)) {
        unmet.add("de fyra verksamheterna");
      }
      if (!Typed.REQUIREMENT_TARGET_GROUP.getOrDefault(execution, false)) {
        unmet.add("målgruppen");
      }
      if (!Typed.REQUIREMENT_JOINT_NEEDS_ANALYSIS.getOrDefault(execution, false)) {
        unmet.add("gemensam behovsanalys");
      }
      if (!unmet.isEmpty()) {
        throw new InputRefused(Vars.AGREEMENT_DECISION, "Tilläggsavtalet kan inte beviljas när kraven inte är "
            + "uppfyllda (saknas: " + String.join(", ", unmet) + "). Avslå ansökan med skäl i stället.");
      }
      Integer level = Typed.CO_LOCATION_LEVEL.getOrNull(execution);
      if (level == null || level < 1 || level > 3) {
        throw new InputRefused(Vars.CO_LOCATION_LEVEL, "Ange graden av samlokalisering: nivå 1, 2 eller 3.");
      }
    } else if (Typed.AGREEMENT_REASON.getOrNull(execution) == null) {
      throw new InputRefused(Vars.AGREEMENT_REASON, "Ett avslag på tilläggsavtal måste motiveras: skriv skälen.");
    }
  }

  void coLocation(DelegateExecution execution) {
    Typed.PREMISES.get(execution);
    oneOf(execution, Typed.SIMULTANEOUS_WEEKDAY, WEEKDAYS.toArray(String[]::new));
    List<String> missing = new java.util.ArrayList<>();
    if (!Typed.AGREEMENT_CHILD_RIGHTS.getOrDefault(execution, false)) {
      missing.add("barnets rättigheter");
    }
    if (!Typed.AGREEMENT_SIMULTANEOUS_OPENING.getOrDefault(execution, false)) {
      missing.add("samtidighet per vecka");
    }
    if (!Typed.AGREEMENT_PARENTING_SUPPORT.getOrDefault(execution, false)) {
      missing.add("gemensamt föräldrastöd");
    }
    if (!Typed.AGREEMENT_PARTICIPATION.getOrDefault(execution, false)) {
      missing.add("delaktighet och inflytande");
    }
    if (!Typed.AGREEMENT_JOINT_EVALUATION.getOrDefault(execution, false)) {
      missing.add("gemensam utvärdering av samverkan");
    }
    if (!missing.isEmpty()) {
      throw new InputRefused(Vars.AGREEMENT_CHILD_RIGHTS, "Det lokala samverkansavtalet måste minst omfatta "
          + "barnets rättigheter, samtidighet per vecka, gemensamt föräldrastöd, delaktighet och inflytande samt "
          + "gemensam utvärdering. Saknas: " + String.join(", ", missing) + ".");
    }
  }

  void afterClassification(DelegateExecution execution) {
    String choice = oneOf(execution, Typed.AFTER_CLASSIFICATION,
        Values.BACK_TO_CO_LOCATION, Values.END_CASE);
    if (Values.END_CASE.equals(choice)) {
      Typed.NOT_ESTABLISHED_REASON.get(execution);
    }
  }

  void launch(DelegateExecution execution) {
    LocalDate launch = Typed.LAUNCH_DATE.get(execution);
    String centreId = Typed.CENTRE_ID.get(execution);
    register.lastCommitteeDecisionDate(centreId).ifPresent(decided -> {
      if (launch.isBefore(decided)) {
        throw new InputRefused(Vars.LAUNCH_DATE, "Familjecentralen kan inte starta " + launch
            + ", före nämndernas sista beslut " + decided + ".");
      }
    });
    oneOf(execution, Typed.SESSION_WEEKDAY, WEEKDAYS.toArray(String[]::new));
    String from = Typed.SESSION_FROM.get(execution);
    String to = Typed.SESSION_TO.get(execution);
    if (!from.matches(TIME) || !to.matches(TIME)) {
      throw new InputRefused(Vars.SESSION_FROM, "Skriv tiderna som TT:MM, t.ex. 09:30.");
    }
    if (from.compareTo(to) >= 0) {
      throw new InputRefused(Vars.SESSION_TO, "Passet måste sluta (" + to + ") efter att det börjar (" + from + ").");
    }
  }

  void evaluation(DelegateExecution execution) {
    oneOf(execution, Typed.EVALUATION_OUTCOME, Values.CONTINUE, Values.DEVELOP, Values.CLOSE);
    for (CaseVariable<Integer> figure : List.of(Typed.FAMILIES_REACHED, Typed.BIRTHS_IN_AREA,
        Typed.FIRST_TIME_PARENTS_REACHED, Typed.JOINT_ACTIVITIES_PER_WEEK, Typed.VISITS_PER_ACTIVITY,
        Typed.REFERRALS_TO_TARGETED)) {
      Integer value = figure.getOrNull(execution);
      if (value != null && value < 0) {
        throw new InputRefused(figure.name(), "Uppföljningstal kan inte vara negativa.");
      }
    }
    Integer survey = Typed.PARENT_SURVEY_SCORE.getOrNull(execution);
    if (survey != null && (survey < 0 || survey > 100)) {
      throw new InputRefused(Vars.PARENT_SURVEY_SCORE, "Föräldraenkäten anges i procent nöjda, 0–100.");
    }
    if (Values.CLOSE.equals(Typed.EVALUATION_OUTCOME.getOrNull(execution))) {
      Typed.EVALUATION_NOTE.get(execution, "Uppgiften \"Sammanfattning\" saknas: skriv skälen att avveckla.");
    }
  }

  private static String oneOf(DelegateExecution execution, CaseVariable<String> answer, String... allowed) {
    String value = answer.get(execution);
    if (!List.of(allowed).contains(value)) {
      throw new InputRefused(answer.name(), "\"" + value + "\" är inget giltigt svar på \"" + answer.label()
          + "\".");
    }
    return value;
  }
}
