package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.Leg;

/** Drives establishment cases step by step through the engine API, as the officials would through their forms. */
public final class EstablishmentCases {

  /** The report-back date of the tests' initiatives: a year ahead, as an assignment would set it. */
  public static final LocalDate REPORT_BACK = se.familycentre.shared.SwedishTime.today().plusYears(1);

  private final ProcessEngine engine;

  public EstablishmentCases(ProcessEngine engine) {
    this.engine = engine;
  }

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The initiative as the tests answer it through the Java API, with an id of the test's own (unique): all four legs
   * planned unless {@code legs} says which (four flags).
   */
  public static Map<String, Object> initiative(String centreId, String municipality, boolean... legs) {
    return answered(EstablishmentStart.of(centreId, "Familjecentralen " + centreId).in(municipality, "Centrum"),
        legs).variables();
  }

  /**
   * The initiative as an official submits the start form: no id, the server derives it from the municipality and the
   * area ({@link EstablishmentStart#centreId()}: {@code lund-} and the area, so a unique area makes a unique id).
   */
  public static EstablishmentStart formInitiative(String area, String municipality, boolean... legs) {
    return answered(EstablishmentStart.named("Familjecentralen " + area).in(municipality, area), legs);
  }

  private static EstablishmentStart answered(EstablishmentStart start, boolean... legs) {
    boolean[] planned = legs.length == 4 ? legs : new boolean[] {true, true, true, true};
    return start.initiative("JOINT_REQUEST", "De lokala verksamheterna").reportBackBy(REPORT_BACK)
        .leg(Leg.MATERNITY_CARE, planned[0], "Mama Mia BMM").leg(Leg.CHILD_HEALTH_CARE, planned[1], "BVC Centrum")
        .leg(Leg.OPEN_PRESCHOOL, planned[2], "Öppna förskolan")
        .leg(Leg.PREVENTIVE_SOCIAL_SERVICES, planned[3], "Socialförvaltningen");
  }

  /**
   * Answers as Tasklist submits them to Camunda REST ({@code {"variables": {name: {"value": ...}}}}): a checklist
   * (Spin JSON) as a {@code Json} typed text, everything else untyped; a null answer is not submitted.
   */
  public static Map<String, Object> submitted(Map<String, Object> answers) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    answers.forEach((name, value) -> {
      if (value instanceof org.camunda.spin.json.SpinJsonNode json) {
        variables.put(name, Map.of("type", "Json", "value", json.toString()));
      } else if (value != null) {
        variables.put(name, Map.of("value", value));
      }
    });
    return Map.of("variables", variables);
  }

  public ProcessInstance start(Map<String, Object> initiative) {
    return engine.getRuntimeService().startProcessInstanceByKey(EstablishmentProcess.KEY,
        (String) initiative.get(Vars.CENTRE_ID), initiative);
  }

  public ProcessInstance start(String centreId) {
    return start(initiative(centreId, "Lund"));
  }

  public Task task(ProcessInstance pi, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .singleResult();
  }

  public static Map<String, Object> investigationAnswers(String... committees) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.ESTIMATED_COSTS, 450000);
    v.put(Vars.LOCATION, "Centrumhuset");
    v.put(Vars.STAFFING, "Öppen förskola två dagar i veckan");
    v.put(Vars.FAMILY_NEEDS, "Många förstagångsföräldrar");
    v.put(Vars.LOCAL_ACTORS, "BMM, BVC, öppen förskola, socialtjänst, bibliotek");
    v.put(Vars.CONSEQUENCES_FOR_CHILDREN, "Barn och föräldrar får tidigt stöd på ett ställe");
    v.put(Vars.ECONOMIC_CONSEQUENCES, "Inom socialnämndens ram");
    // a checklist: JSON, as Tasklist stores it (a Java list would be a serialized object)
    v.put(Vars.COMMITTEES, Spin.JSON(List.of(committees)));
    v.put(Vars.REPORT_BACK_DATE, REPORT_BACK.toString());
    return v;
  }

  public void investigate(ProcessInstance pi, String... committees) {
    engine.getTaskService().complete(task(pi, Ids.INVESTIGATE).getId(), investigationAnswers(committees));
  }

  public static Map<String, Object> decision(String decision, String date, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.DECISION, decision);
    v.put(Vars.DECISION_DATE, date);
    v.put(Vars.MINUTE_REFERENCE, "§ 12");
    if (reason != null) {
      v.put(Vars.DECISION_REASON, reason);
    }
    return v;
  }

  public Task committeeTask(ProcessInstance pi, String committee) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).list().stream()
        .filter(t -> committee.equals(engine.getTaskService().getVariable(t.getId(), Vars.COMMITTEE)))
        .findFirst().orElseThrow(() -> new AssertionError("no decision task for " + committee));
  }

  public void decide(ProcessInstance pi, String committee, String decision, String date, String reason) {
    engine.getTaskService().complete(committeeTask(pi, committee).getId(), decision(decision, date, reason));
  }

  public void approveAll(ProcessInstance pi, String date, String... committees) {
    for (String committee : committees) {
      decide(pi, committee, Values.APPROVE, date, null);
    }
  }

  public static Map<String, Object> application(boolean coversMvc, boolean coversBvc, String date) {
    return Map.of(Vars.AGREEMENT_PROVIDER, "Mama Mia BMM", Vars.HOLDS_BASIC_CONTRACT, true,
        Vars.APPLICATION_COVERS_MATERNITY_CARE, coversMvc, Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, coversBvc,
        Vars.APPLICATION_DATE, date);
  }

  public void apply(ProcessInstance pi, boolean coversMvc, boolean coversBvc, String date) {
    engine.getTaskService().complete(task(pi, Ids.APPLY_FOR_AGREEMENT).getId(), application(coversMvc, coversBvc, date));
  }

  public static Map<String, Object> grant(String from) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.REQUIREMENT_BASIC_CONTRACT, true);
    v.put(Vars.REQUIREMENT_FOUR_LEGS, true);
    // a family-centre-like activity is assessed on child health care and open preschool instead of all four
    v.put(Vars.REQUIREMENT_CORE_LEGS, true);
    v.put(Vars.REQUIREMENT_TARGET_GROUP, true);
    v.put(Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS, true);
    v.put(Vars.CO_LOCATION_LEVEL, "2");
    v.put(Vars.AGREEMENT_DECISION, Values.GRANT);
    v.put(Vars.AGREEMENT_FROM, from);
    return v;
  }

  public void grantAgreement(ProcessInstance pi, String from) {
    engine.getTaskService().complete(task(pi, Ids.ASSESS_AGREEMENT).getId(), grant(from));
  }

  public void rejectAgreement(ProcessInstance pi, String reason) {
    engine.getTaskService().complete(task(pi, Ids.ASSESS_AGREEMENT).getId(), Map.of(
        Vars.AGREEMENT_DECISION, Values.REJECT, Vars.AGREEMENT_REASON, reason));
  }

  public static Map<String, Object> coLocation(boolean mvc, boolean bvc, boolean op, boolean ps) {
    return CoLocationAnswers.of("Välkomstcentret", mvc, bvc, op, ps);
  }

  public void coLocate(ProcessInstance pi, boolean mvc, boolean bvc, boolean op, boolean ps) {
    engine.getTaskService().complete(task(pi, Ids.ARRANGE_CO_LOCATION).getId(), coLocation(mvc, bvc, op, ps));
  }

  public static Map<String, Object> launchAnswers(String date) {
    return Map.of(Vars.LAUNCH_DATE, date, Vars.SESSION_WEEKDAY, "TUESDAY", Vars.SESSION_FROM, "09:30",
        Vars.SESSION_TO, "12:00", Vars.SESSION_NOTE, "Öppna förskolan håller i passet");
  }

  public void launch(ProcessInstance pi, String date) {
    engine.getTaskService().complete(task(pi, Ids.LAUNCH_CENTRE).getId(), launchAnswers(date));
  }

  public void evaluationDue(ProcessInstance pi) {
    executeTimer(pi, Ids.EVALUATION_DUE);
  }

  public void executeTimer(ProcessInstance pi, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
    if (job == null) {
      throw new AssertionError("no timer at " + activityId);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  public void evaluate(ProcessInstance pi, String outcome) {
    engine.getTaskService().complete(task(pi, Ids.EVALUATE_CENTRE).getId(), evaluationAnswers(outcome));
  }

  /** The joint evaluation as the coordinator fills it in. */
  public static Map<String, Object> evaluationAnswers(String outcome) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.FAMILIES_REACHED, 180);
    v.put(Vars.BIRTHS_IN_AREA, 240);
    v.put(Vars.FIRST_TIME_PARENTS_REACHED, 75);
    v.put(Vars.JOINT_ACTIVITIES_PER_WEEK, 1);
    v.put(Vars.VISITS_PER_ACTIVITY, 22);
    v.put(Vars.REFERRALS_TO_TARGETED, 9);
    v.put(Vars.PARENT_SURVEY_SCORE, 91);
    v.put(Vars.EVALUATION_NOTE, "Utvärderat gemensamt");
    v.put(Vars.EVALUATION_OUTCOME, outcome);
    return v;
  }

  /** Initiative → approved in socialnämnden → agreement granted for BMM → all four legs present → launched. */
  public ProcessInstance activeCentre(String centreId) {
    ProcessInstance pi = start(centreId);
    investigate(pi, "socialnamnden");
    approveAll(pi, "2022-04-20", "socialnamnden");
    apply(pi, true, false, "2022-01-15");
    grantAgreement(pi, "2022-03-01");
    coLocate(pi, true, true, true, true);
    launch(pi, "2022-09-01");
    return pi;
  }
}
