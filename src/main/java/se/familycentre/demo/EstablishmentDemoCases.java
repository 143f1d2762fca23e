package se.familycentre.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.CoLocationAnswers;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.establishment.EstablishmentStart;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;

/**
 * Demo cases drawn from the seed papers, driven through the engine API step by step like Camunda's invoice example,
 * so that Tasklist, Cockpit and the register are alive on first start. Idempotent: a case whose business key already
 * exists (running or ended) is left alone. Started by {@link DemoData} when {@code familycentre.demo.cases} is on.
 * <ul>
 *   <li>{@value #DANDERYD}: joint request of Mama Mia BMM, BVC Danderyd, social services and open preschool;
 *       socialnämnden and bildningsnämnden approve; the region grants the supplementary agreement from 2022-03-01;
 *       a weekly session in Välkomstcentret, Mörby centrum; ACTIVE and now waiting at its joint evaluation.</li>
 *   <li>{@value #OSTERAKER}: the municipal executive board's investigation, to report back by 2021-05-31, still
 *       under investigation (the escalation fires as soon as the job executor runs).</li>
 *   <li>{@value #RINKEBY}: a family-centre-like activity (BVC, open preschool, social services; no maternity care),
 *       ACTIVE.</li>
 * </ul>
 */
@Component
public class EstablishmentDemoCases {

  private static final Logger LOG = LoggerFactory.getLogger(EstablishmentDemoCases.class);
  public static final String DANDERYD = DemoUsers.DANDERYD_MORBY;
  public static final String OSTERAKER = "osteraker-familjecentral";
  public static final String RINKEBY = DemoUsers.STOCKHOLM_RINKEBY;
  public static final List<String> CENTRES = List.of(DANDERYD, OSTERAKER, RINKEBY);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final FamilyCentreRegister register;

  public EstablishmentDemoCases(RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, HistoryService historyService, FamilyCentreRegister register) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.register = register;
  }

  /** Creates every demo case that does not exist yet; returns how many it started. */
  public int createAll() {
    int started = 0;
    if (absent(DANDERYD)) {
      danderyd();
      started++;
    }
    if (absent(OSTERAKER)) {
      osteraker();
      started++;
    }
    if (absent(RINKEBY)) {
      rinkeby();
      started++;
    }
    LOG.info("Demo establishment cases: {} started, {} already there", started, CENTRES.size() - started);
    return started;
  }

  /** Absent when no case with this business key ever ran (history) and the register has no such centre. */
  private boolean absent(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(EstablishmentProcess.KEY)
        .processInstanceBusinessKey(businessKey).count() == 0 && !register.exists(businessKey);
  }

  void danderyd() {
    ProcessInstance pi = start(initiative(DANDERYD, "Familjecentralen Mörby", "Danderyd", "Mörby", "JOINT_REQUEST",
        "Mama Mia, BVC i Danderyd, socialtjänsten och öppna förskolan", "2022-04-20"), "Mama Mia Danderyd BMM",
        "BVC i Danderyd", "Öppna förskolan, Danderyds kommun", "Socialtjänsten, Danderyds kommun");
    complete(pi, Ids.INVESTIGATE, investigation("Välkomstcentret, Mörby centrum",
        "Familjecentralens verksamhet riktar sig uteslutande till barn och deras föräldrar och bedöms främja en "
            + "god hälsa och utjämna hälsoklyftor.",
        "Genomförs inom socialnämndens tilldelade resurser; inga ekonomiska konsekvenser för socialnämnden.",
        "socialnamnden", "bildningsnamnden"));
    decide(pi, "socialnamnden", "2022-04-20", "Socialnämnden 2022-04-20, ärendet Uppstart av familjecentral");
    decide(pi, "bildningsnamnden", "2022-05-16", "Bildningsnämnden 2022-05-16");
    complete(pi, Ids.APPLY_FOR_AGREEMENT, Map.of(Vars.AGREEMENT_PROVIDER, "Mama Mia Danderyd BMM",
        Vars.HOLDS_BASIC_CONTRACT, true, Vars.APPLICATION_COVERS_MATERNITY_CARE, true,
        Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, false, Vars.APPLICATION_DATE, "2022-01-17"));
    complete(pi, Ids.ASSESS_AGREEMENT, grant("2022-03-01", "1"));
    complete(pi, Ids.ARRANGE_CO_LOCATION, coLocation("Välkomstcentret, Mörby centrum", true, true, true, true));
    complete(pi, Ids.LAUNCH_CENTRE, launch("2022-09-06", "09:30", "12:00", "Öppna förskolan håller i passet; BVC, "
        + "Mama Mia och socialtjänsten deltar ungefär ett tillfälle i månaden; biblioteket deltar."));
    // the yearly evaluation is due: run its timer now so the joint evaluation waits in Tasklist
    executeTimer(pi, Ids.EVALUATION_DUE);
  }

  void osteraker() {
    start(initiative(OSTERAKER, "Familjecentralen Österåker", "Österåker", "Åkersberga", "BUDGET_ASSIGNMENT",
        "Kommunstyrelsens arbetsutskott (Dnr KS 2021/0049)", "2021-05-31"), "Barnmorskemottagning i Åkersberga",
        "BVC Åkersberga", "Öppna förskolan, Österåkers kommun", "Socialtjänsten, Österåkers kommun");
  }

  void rinkeby() {
    // the area is today's district (Järva, Rinkeby-Kista's since 2023-07-01), so coverage counts it there
    ProcessInstance pi = start(initiative(RINKEBY, "Familjecentralen Rinkeby", "Stockholm", "Järva",
        "BUDGET_ASSIGNMENT", "Stockholms stads budget 2015, uppdrag till socialförvaltningen", "2016-12-31"), null,
        "Rinkeby barnavårdscentral", "Öppna förskolan, Rinkeby-Kista stadsdelsförvaltning",
        "Individ- och familjeomsorgen, Rinkeby-Kista stadsdelsförvaltning");
    complete(pi, Ids.INVESTIGATE, investigation("Rinkeby centrum",
        "Samlokaliseringen ger barn och föräldrar tidigt stöd och ett hembesöksprogram nära hemmet.",
        "Inom befintliga ekonomiska ramar och stimulansmedel.", "stadsdelsnamnden"));
    decide(pi, "stadsdelsnamnden", "2017-02-16", "Rinkeby-Kista stadsdelsnämnd 2017-02-16");
    complete(pi, Ids.APPLY_FOR_AGREEMENT, Map.of(Vars.AGREEMENT_PROVIDER, "Rinkeby barnavårdscentral",
        Vars.HOLDS_BASIC_CONTRACT, true, Vars.APPLICATION_COVERS_MATERNITY_CARE, false,
        Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, true, Vars.APPLICATION_DATE, "2016-11-01"));
    Map<String, Object> assessment = grant("2017-01-01", "2");
    complete(pi, Ids.ASSESS_AGREEMENT, assessment);
    complete(pi, Ids.ARRANGE_CO_LOCATION, coLocation("Rinkeby centrum", false, true, true, true));
    complete(pi, Ids.LAUNCH_CENTRE, launch("2017-03-01", "09:00", "15:00",
        "BVC, öppna förskolan och socialtjänstens föräldrarådgivare på plats samtidigt."));
  }

  private static EstablishmentStart initiative(String id, String name, String municipality, String area,
      String kind, String raisedBy, String reportBackDate) {
    // the id the start form's server derives from municipality and area (Danderyd + Mörby: danderyd-morby); Rinkeby's
    // area is its district (Järva, for coverage) and Österåker's id predates the derivation, so theirs are given
    EstablishmentStart derived = EstablishmentStart.named(name).in(municipality, area);
    return (derived.centreId().equals(id) ? derived : EstablishmentStart.of(id, name).in(municipality, area))
        .initiative(kind, raisedBy).reportBackBy(LocalDate.parse(reportBackDate));
  }

  /** Starts the initiative with its legs: maternity care where it has an organisation, the other three always. */
  private ProcessInstance start(EstablishmentStart initiative, String mvc, String bvc, String op, String ps) {
    initiative.leg(Leg.MATERNITY_CARE, mvc != null, mvc).leg(Leg.CHILD_HEALTH_CARE, true, bvc)
        .leg(Leg.OPEN_PRESCHOOL, true, op).leg(Leg.PREVENTIVE_SOCIAL_SERVICES, true, ps);
    return runtimeService.startProcessInstanceByKey(EstablishmentProcess.KEY, initiative.centreId(),
        initiative.variables());
  }

  private static Map<String, Object> investigation(String location, String children, String economy,
      String... committees) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.ESTIMATED_COSTS, 1_200_000);
    v.put(Vars.LOCATION, location);
    v.put(Vars.STAFFING, "Personal från de fyra verksamheterna enligt överenskommelse");
    v.put(Vars.FAMILY_NEEDS, "Blivande och nyblivna föräldrar i området; behov av samlat, lättillgängligt stöd");
    v.put(Vars.LOCAL_ACTORS, "Barnmorskemottagning, BVC, öppen förskola, socialtjänst, bibliotek");
    v.put(Vars.CONSEQUENCES_FOR_CHILDREN, children);
    v.put(Vars.ECONOMIC_CONSEQUENCES, economy);
    // a checklist: JSON, as Tasklist stores it (a Java list would be a serialized object)
    v.put(Vars.COMMITTEES, Spin.JSON(List.of(committees)));
    return v;
  }

  private static Map<String, Object> grant(String from, String level) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.REQUIREMENT_BASIC_CONTRACT, true);
    v.put(Vars.REQUIREMENT_FOUR_LEGS, true);
    // a family-centre-like activity is assessed on child health care and open preschool instead of all four
    v.put(Vars.REQUIREMENT_CORE_LEGS, true);
    v.put(Vars.REQUIREMENT_TARGET_GROUP, true);
    v.put(Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS, true);
    v.put(Vars.CO_LOCATION_LEVEL, level);
    v.put(Vars.AGREEMENT_DECISION, Values.GRANT);
    v.put(Vars.AGREEMENT_FROM, from);
    return v;
  }

  private static Map<String, Object> coLocation(String premises, boolean mvc, boolean bvc, boolean op, boolean ps) {
    return CoLocationAnswers.of(premises, mvc, bvc, op, ps);
  }

  private static Map<String, Object> launch(String date, String from, String to, String note) {
    return Map.of(Vars.LAUNCH_DATE, date, Vars.SESSION_WEEKDAY, "TUESDAY", Vars.SESSION_FROM, from,
        Vars.SESSION_TO, to, Vars.SESSION_NOTE, note);
  }

  private void decide(ProcessInstance pi, String committee, String date, String minutes) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).list().stream()
        .filter(t -> committee.equals(Typed.COMMITTEE.read(taskService.getVariable(t.getId(), Vars.COMMITTEE))))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no decision task for " + committee));
    taskService.complete(task.getId(), Map.of(Vars.DECISION, Values.APPROVE, Vars.DECISION_DATE, date,
        Vars.MINUTE_REFERENCE, minutes));
  }

  private void complete(ProcessInstance pi, String activityId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .singleResult();
    taskService.complete(task.getId(), variables);
  }

  private void executeTimer(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    managementService.executeJob(job.getId());
  }
}
