package se.familycentre.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.FigurePeriod;
import se.familycentre.referral.ReferralFigureCounts;
import se.familycentre.referral.ReferralFigureCounts.Counts;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.RegisterRecords;
import se.familycentre.register.RegisterRecords.Centre;
import se.familycentre.register.RegisterRecords.Coverage;
import se.familycentre.shared.SmallCount;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * What the Cockpit plugin "Familjecentraler" shows managers ({@code ledning}), auditors ({@code revision}) and
 * coordinators ({@code samordnare}): coverage per region, the register, the referral figures per month, open
 * escalations and overdue work per centre, and the coordinator's overview across centres. Only coordination data
 * about centres and counts: no case reference, no user, no free text of a case or a status change, no variable of
 * a case (the engine is asked as the system, and only for dates, step names and counts).
 */
@Service
public class FamilyCentreOverview {

  /** Who gets answers; everyone else a 403. */
  public static final List<String> READERS = List.of(Groups.LEDNING.id, Groups.REVISION.id, Groups.SAMORDNARE.id,
      Groups.CAMUNDA_ADMIN.id);

  static final Map<CentreStatus, String> STATUS = Map.of(CentreStatus.INITIATED, "Initiativ registrerat",
      CentreStatus.INVESTIGATING, "Utreds", CentreStatus.DECIDING, "Nämndbeslut pågår", CentreStatus.DECIDED,
      "Beslutad", CentreStatus.CO_LOCATING, "Samlokalisering pågår", CentreStatus.ACTIVE, "I drift",
      CentreStatus.CLOSED, "Avvecklad", CentreStatus.NOT_ESTABLISHED, "Inte inrättad");
  static final Map<String, String> CLASSIFICATION = Map.of("FAMILY_CENTRE", "Familjecentral",
      "FAMILY_CENTRE_LIKE", "Familjecentralsliknande verksamhet", "NOT_A_FAMILY_CENTRE", "Inte en familjecentral");
  static final Map<String, String> AGREEMENT = Map.of(FamilyCentreRegister.AGREEMENT_APPLIED, "Ansökt",
      FamilyCentreRegister.AGREEMENT_GRANTED, "Beviljat", FamilyCentreRegister.AGREEMENT_REJECTED, "Avslaget");

  private final JdbcTemplate jdbc;
  private final FamilyCentreRegister register;
  private final ReferralFigureCounts figureCounts;
  private final SignedInUser signedInUser;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final HistoryService historyService;

  public FamilyCentreOverview(JdbcTemplate jdbc, FamilyCentreRegister register, ReferralFigureCounts figureCounts,
      SignedInUser signedInUser, @Lazy RuntimeService runtimeService, @Lazy TaskService taskService,
      @Lazy ManagementService managementService, @Lazy HistoryService historyService) {
    this.jdbc = jdbc;
    this.register = register;
    this.figureCounts = figureCounts;
    this.signedInUser = signedInUser;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  // ---- answers --------------------------------------------------------------------------------------------------

  public record Label(String code, String name) {
  }

  public record LegShown(String name, boolean planned, boolean present) {
  }

  public record AgreementShown(String status, String statusName, String provider, LocalDate from) {
  }

  public record StatusShown(String status, String statusName, LocalDate on) {
  }

  public record CentreShown(String id, String name, String municipality, String regionId, String area,
      Label status, Label classification, AgreementShown agreement, List<LegShown> legs, LocalDate launchDate,
      List<StatusShown> statusHistory, LocalDate nextEvaluation) {
  }

  /** One month's figures, every count as it may be shown. */
  public record MonthFigures(String month, SmallCount referrals, SmallCount consentGiven, SmallCount routed,
      SmallCount firstContactsWithinDeadline, SmallCount reportsOfConcern, SmallCount deadlinesMet,
      SmallCount deadlinesMissed) {
  }

  public record FiguresOverTime(String centre, String centreName, LocalDate from, LocalDate to,
      List<MonthFigures> months, MonthFigures total) {
  }

  /** Open escalations (the coordinator's tasks) and overdue work of one centre, counts only. */
  public record CentreWork(String centreId, String centreName, String municipality, long openEscalations,
      long overdueTasks) {
  }

  /** Where one centre stands, for the coordinator. */
  public record CentreStep(String centreId, String centreName, String municipality, Label status,
      List<String> currentSteps, LocalDate nextEvaluation, long openEscalations, long overdueTasks) {
  }

  /** Whether the signed-in user may read the plugin's answers. */
  public boolean mayRead() {
    return signedInUser.current().map(FamilyCentreOverview::reader).orElse(false);
  }

  static boolean reader(Caller caller) {
    return caller.admin() || caller.inAnyGroup(READERS);
  }

  /** The register's 21 regions (id, name, county code and name, number of municipalities), by county code. */
  public List<RegisterRecords.Region> regions() {
    return register.regions();
  }

  public Optional<Coverage> coverage(String regionId) {
    return register.coverage(regionId);
  }

  public List<CentreShown> centres() {
    return signedInUser.asSystem(() -> register.centres().stream().map(this::shown).toList());
  }

  public FiguresOverTime figures(String centreId, FigurePeriod period) {
    List<MonthFigures> months = new ArrayList<>();
    for (YearMonth month : period.monthList()) {
      FigurePeriod one = new FigurePeriod(month.atDay(1), month.atEndOfMonth());
      months.add(month(month.toString(), figureCounts.count(centreId, one)));
    }
    String name = centreId == null ? null : register.centre(centreId).map(Centre::name).orElse(null);
    return new FiguresOverTime(centreId, name, period.from(), period.to(), months,
        month(period.from() + "–" + period.to(), figureCounts.count(centreId, period)));
  }

  public List<CentreWork> work() {
    return signedInUser.asSystem(() -> register.centres().stream().map(c -> new CentreWork(c.id(), c.name(),
        c.municipality(), openEscalations(c.id()), overdueTasks(c.id()))).toList());
  }

  public List<CentreStep> coordination() {
    return signedInUser.asSystem(() -> register.centres().stream().map(c -> new CentreStep(c.id(), c.name(),
        c.municipality(), status(c.status()), currentSteps(c.id()), nextEvaluation(c.id()),
        openEscalations(c.id()), overdueTasks(c.id()))).toList());
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private static MonthFigures month(String label, Counts c) {
    return new MonthFigures(label, SmallCount.of(c.referrals()), SmallCount.of(c.consentGiven()),
        SmallCount.of(c.routed()), SmallCount.of(c.firstContactsWithinDeadline()),
        SmallCount.of(c.reportsOfConcern()), SmallCount.of(c.deadlinesMet()), SmallCount.of(c.deadlinesMissed()));
  }

  private CentreShown shown(Centre c) {
    AgreementShown agreement = c.agreement() == null ? null : new AgreementShown(c.agreement().status(),
        AGREEMENT.getOrDefault(c.agreement().status(), c.agreement().status()), c.agreement().provider(),
        c.agreement().from());
    List<StatusShown> history = register.statusHistory(c.id()).stream().map(s -> new StatusShown(s.status().name(),
        STATUS.get(s.status()), SwedishTime.dayOf(Date.from(s.changedAt())))).toList();
    return new CentreShown(c.id(), c.name(), c.municipality(), c.regionId(), c.area(), status(c.status()),
        c.classification() == null ? null : new Label(c.classification(),
            CLASSIFICATION.getOrDefault(c.classification(), c.classification())), agreement,
        c.legs().stream().map(l -> new LegShown(l.name(), l.planned(), l.present())).toList(), c.launchDate(),
        history, nextEvaluation(c.id()));
  }

  private static Label status(CentreStatus status) {
    return new Label(status.name(), STATUS.get(status));
  }

  private Optional<ProcessInstance> establishment(String centreId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(EstablishmentProcess.KEY)
        .processInstanceBusinessKey(centreId).list().stream().findFirst();
  }

  /** The due date of the centre's next joint evaluation (the evaluation timer of its running case). */
  private LocalDate nextEvaluation(String centreId) {
    return establishment(centreId).flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId())
        .timers().activityId(EstablishmentProcess.Ids.EVALUATION_DUE).list().stream().map(Job::getDuedate)
        .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())).map(SwedishTime::dayOf).orElse(null);
  }

  /** The Swedish names of the steps the centre's running case waits in (as the diagram labels them). */
  private List<String> currentSteps(String centreId) {
    return establishment(centreId).map(pi -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).unfinished().list().stream()
        .filter(a -> !a.getActivityType().equals("subProcess") && !a.getActivityType().equals("processDefinition"))
        .map(HistoricActivityInstance::getActivityName).filter(java.util.Objects::nonNull).distinct().sorted()
        .toList()).orElse(List.of());
  }

  /** The coordinator's open escalation tasks: missed referral deadlines and overdue investigations. */
  private long openEscalations(String centreId) {
    long referral = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .tenantIdIn(centreId).count();
    long establishment = taskService.createTaskQuery().processDefinitionKey(EstablishmentProcess.KEY)
        .processInstanceBusinessKey(centreId).taskDefinitionKey(EstablishmentProcess.Ids.FOLLOW_UP_OVERDUE).count();
    return referral + establishment;
  }

  /** Open tasks past their due date: the centre's referral work (its tenant) and its establishment case. */
  private long overdueTasks(String centreId) {
    Date now = SwedishTime.now();
    long referral = taskService.createTaskQuery().tenantIdIn(centreId).dueBefore(now).count();
    long establishment = taskService.createTaskQuery().processDefinitionKey(EstablishmentProcess.KEY)
        .processInstanceBusinessKey(centreId).dueBefore(now).count();
    return referral + establishment;
  }
}
