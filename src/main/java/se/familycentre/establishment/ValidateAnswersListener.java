package se.familycentre.establishment;

import se.familycentre.shared.engine.InputRefused;
import static se.familycentre.establishment.EstablishmentVariables.bool;
import static se.familycentre.establishment.EstablishmentVariables.date;
import static se.familycentre.establishment.EstablishmentVariables.integer;
import static se.familycentre.establishment.EstablishmentVariables.requiredDate;
import static se.familycentre.establishment.EstablishmentVariables.requiredString;
import static se.familycentre.establishment.EstablishmentVariables.string;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.FamilyCentreRegister;

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
      case Ids.FOLLOW_UP_OVERDUE -> requiredString(execution, Vars.FOLLOW_UP_ACTION, "Åtgärd");
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
    requiredString(execution, Vars.CONSEQUENCES_FOR_CHILDREN, "Konsekvenser för barn (barnkonsekvensanalys)");
    requiredString(execution, Vars.ECONOMIC_CONSEQUENCES, "Ekonomiska konsekvenser");
    requiredDate(execution, Vars.REPORT_BACK_DATE, "Återredovisas senast");
    if (committeeSelection.of(execution.getVariable(Vars.COMMITTEES)).isEmpty()) {
      throw new InputRefused(Vars.COMMITTEES, "Välj minst en nämnd som ska fatta beslut i ärendet.");
    }
  }

  void committeeDecision(DelegateExecution execution) {
    String decision = oneOf(execution, Vars.DECISION, "Beslut", Values.APPROVE, Values.REJECT, Values.RETURN);
    requiredDate(execution, Vars.DECISION_DATE, "Beslutsdatum");
    requiredString(execution, Vars.MINUTE_REFERENCE, "Protokollsparagraf");
    if (!Values.APPROVE.equals(decision) && string(execution, Vars.DECISION_REASON) == null) {
      throw new InputRefused(Vars.DECISION_REASON, Values.REJECT.equals(decision)
          ? "Ett avslag måste motiveras: skriv nämndens skäl."
          : "En återremiss måste motiveras: skriv vad som ska utredas vidare.");
    }
  }

  void application(DelegateExecution execution) {
    requiredString(execution, Vars.AGREEMENT_PROVIDER, "Vårdgivare");
    requiredDate(execution, Vars.APPLICATION_DATE, "Ansökningsdatum");
    if (!bool(execution, Vars.APPLICATION_COVERS_MATERNITY_CARE)
        && !bool(execution, Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE)) {
      throw new InputRefused(Vars.APPLICATION_COVERS_MATERNITY_CARE,
          "Ansökan ska gälla mödrahälsovård (BMM), barnhälsovård (BVC) eller båda.");
    }
  }

  void assessment(DelegateExecution execution) {
    String decision = oneOf(execution, Vars.AGREEMENT_DECISION, "Beslut om tilläggsavtal", Values.GRANT,
        Values.REJECT);
    if (Values.GRANT.equals(decision)) {
      LocalDate from = requiredDate(execution, Vars.AGREEMENT_FROM, "Avtalet gäller från");
      LocalDate applied = date(execution, Vars.APPLICATION_DATE, "Ansökningsdatum");
      if (applied != null && from.isBefore(applied)) {
        throw new InputRefused(Vars.AGREEMENT_FROM, "Tilläggsavtalet kan inte gälla från " + from
            + ", före ansökningsdatumet " + applied + ".");
      }
      List<String> unmet = new java.util.ArrayList<>();
      if (!bool(execution, Vars.REQUIREMENT_BASIC_CONTRACT)) {
        unmet.add("grundavtal för BMM/BVC");
      }
      if (!bool(execution, Vars.REQUIREMENT_FOUR_LEGS)) {
        unmet.add("de fyra verksamheterna");
      }
      if (!bool(execution, Vars.REQUIREMENT_TARGET_GROUP)) {
        unmet.add("målgruppen");
      }
      if (!bool(execution, Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS)) {
        unmet.add("gemensam behovsanalys");
      }
      if (!unmet.isEmpty()) {
        throw new InputRefused(Vars.AGREEMENT_DECISION, "Tilläggsavtalet kan inte beviljas när kraven inte är "
            + "uppfyllda (saknas: " + String.join(", ", unmet) + "). Avslå ansökan med skäl i stället.");
      }
      Integer level = integer(execution, Vars.CO_LOCATION_LEVEL);
      if (level == null || level < 1 || level > 3) {
        throw new InputRefused(Vars.CO_LOCATION_LEVEL, "Ange graden av samlokalisering: nivå 1, 2 eller 3.");
      }
    } else if (string(execution, Vars.AGREEMENT_REASON) == null) {
      throw new InputRefused(Vars.AGREEMENT_REASON, "Ett avslag på tilläggsavtal måste motiveras: skriv skälen.");
    }
  }

  void coLocation(DelegateExecution execution) {
    requiredString(execution, Vars.PREMISES, "Lokaler");
    oneOf(execution, Vars.SIMULTANEOUS_WEEKDAY, "Veckodag då alla finns på plats", WEEKDAYS.toArray(String[]::new));
    List<String> missing = new java.util.ArrayList<>();
    if (!bool(execution, Vars.AGREEMENT_CHILD_RIGHTS)) {
      missing.add("barnets rättigheter");
    }
    if (!bool(execution, Vars.AGREEMENT_SIMULTANEOUS_OPENING)) {
      missing.add("samtidighet per vecka");
    }
    if (!bool(execution, Vars.AGREEMENT_PARENTING_SUPPORT)) {
      missing.add("gemensamt föräldrastöd");
    }
    if (!bool(execution, Vars.AGREEMENT_PARTICIPATION)) {
      missing.add("delaktighet och inflytande");
    }
    if (!bool(execution, Vars.AGREEMENT_JOINT_EVALUATION)) {
      missing.add("gemensam utvärdering av samverkan");
    }
    if (!missing.isEmpty()) {
      throw new InputRefused(Vars.AGREEMENT_CHILD_RIGHTS, "Det lokala samverkansavtalet måste minst omfatta "
          + "barnets rättigheter, samtidighet per vecka, gemensamt föräldrastöd, delaktighet och inflytande samt "
          + "gemensam utvärdering. Saknas: " + String.join(", ", missing) + ".");
    }
  }

  void afterClassification(DelegateExecution execution) {
    String choice = oneOf(execution, Vars.AFTER_CLASSIFICATION, "Hur går ärendet vidare",
        Values.BACK_TO_CO_LOCATION, Values.END_CASE);
    if (Values.END_CASE.equals(choice)) {
      requiredString(execution, Vars.NOT_ESTABLISHED_REASON, "Skäl till att ärendet avslutas");
    }
  }

  void launch(DelegateExecution execution) {
    LocalDate launch = requiredDate(execution, Vars.LAUNCH_DATE, "Startdatum");
    String centreId = (String) execution.getVariable(Vars.CENTRE_ID);
    register.lastCommitteeDecisionDate(centreId).ifPresent(decided -> {
      if (launch.isBefore(decided)) {
        throw new InputRefused(Vars.LAUNCH_DATE, "Familjecentralen kan inte starta " + launch
            + ", före nämndernas sista beslut " + decided + ".");
      }
    });
    oneOf(execution, Vars.SESSION_WEEKDAY, "Veckodag", WEEKDAYS.toArray(String[]::new));
    String from = requiredString(execution, Vars.SESSION_FROM, "Från klockan");
    String to = requiredString(execution, Vars.SESSION_TO, "Till klockan");
    if (!from.matches(TIME) || !to.matches(TIME)) {
      throw new InputRefused(Vars.SESSION_FROM, "Skriv tiderna som TT:MM, t.ex. 09:30.");
    }
    if (from.compareTo(to) >= 0) {
      throw new InputRefused(Vars.SESSION_TO, "Passet måste sluta (" + to + ") efter att det börjar (" + from + ").");
    }
  }

  void evaluation(DelegateExecution execution) {
    oneOf(execution, Vars.EVALUATION_OUTCOME, "Utfall", Values.CONTINUE, Values.DEVELOP, Values.CLOSE);
    for (String figure : List.of(Vars.FAMILIES_REACHED, Vars.BIRTHS_IN_AREA, Vars.FIRST_TIME_PARENTS_REACHED,
        Vars.JOINT_ACTIVITIES_PER_WEEK, Vars.VISITS_PER_ACTIVITY, Vars.REFERRALS_TO_TARGETED)) {
      Integer value = integer(execution, figure);
      if (value != null && value < 0) {
        throw new InputRefused(figure, "Uppföljningstal kan inte vara negativa.");
      }
    }
    Integer survey = integer(execution, Vars.PARENT_SURVEY_SCORE);
    if (survey != null && (survey < 0 || survey > 100)) {
      throw new InputRefused(Vars.PARENT_SURVEY_SCORE, "Föräldraenkäten anges i procent nöjda, 0–100.");
    }
    if (Values.CLOSE.equals(string(execution, Vars.EVALUATION_OUTCOME))) {
      requiredString(execution, Vars.EVALUATION_NOTE, "Sammanfattning av utvärderingen (skäl att avveckla)");
    }
  }

  private static String oneOf(DelegateExecution execution, String name, String label, String... allowed) {
    String value = requiredString(execution, name, label);
    if (!List.of(allowed).contains(value)) {
      throw new InputRefused(name, "\"" + value + "\" är inget giltigt svar på \"" + label + "\".");
    }
    return value;
  }
}
