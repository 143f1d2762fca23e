package se.familycentre.secrecy.doors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.familycentre.demo.DemoUsers;
import se.familycentre.organisation.AuthorizationSetup;
import se.familycentre.organisation.Groups;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.referral.ContactDetails;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.secrecy.doors.Catalogue.Effect;
import se.familycentre.secrecy.doors.Runner.Door;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.TestDatabase;

/**
 * The door catalogue that cannot go stale: every operation of Camunda's own published description of its REST API
 * ({@code openapi.json}), of the webapps' own APIs and of ours has a row in {@code src/test/resources/doors/} naming
 * the policy that governs it ({@link Policy}); a new operation, a new webapp resource, a new endpoint of ours, a new
 * demo user or a new group fails this test until someone decides about it.
 *
 * <p>Then every demo role, and the administrator as the control, tries every door for real against a case of its
 * own that holds secrets ({@link DoorCase}): no answer may show a secret the role may not read (the raw body is
 * scanned), refusals and allowed work follow the policy ({@link Verdicts}), the webapps' prefix of the engine's API
 * answers exactly as {@code /engine-rest} does, every secret the role must see shows up somewhere (so that empty
 * answers prove nothing), and afterwards the case and the organisation are as they were. A request a foreign page
 * can forge changes nothing. Everything is written to {@code target/doors/report.md}.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoorCatalogueTest {

  static final Path REPORT = Path.of("target", "doors", "report.md");
  static final String ENGINE_REST = "engine-rest.tsv";
  static final String WEBAPP_API = "webapp-api.tsv";
  static final String OUR_API = "our-api.tsv";
  /** Who sees the follow-up figures of every centre (ReferralFiguresController). */
  static final Set<String> OVERSEEING_FIGURES = Set.of(Groups.LEDNING.id, Groups.REVISION.id, Groups.SAMORDNARE.id,
      Groups.CAMUNDA_ADMIN.id);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApplicationContext context;
  @Autowired DemoUsers demoUsers;
  @Autowired AuthorizationSetup authorizationSetup;
  @Autowired TasklistFilters tasklistFilters;
  @LocalServerPort int port;

  Engine engine;
  Map<String, OpenApi.Operation> openApi;
  List<Catalogue.Row> engineRows;
  List<Catalogue.Row> webappRows;
  List<Catalogue.Row> ourRows;
  List<Roles.Role> roles;
  final Secrets secrets = new Secrets();
  final Report report = new Report();
  final Targets targets = new Targets();
  final List<DoorCase> cases = Collections.synchronizedList(new ArrayList<>());
  /** Per role: all of it, and until the reads were done (the rest is writes, snapshots, restoring). */
  final Map<String, long[]> millisByRole = new LinkedHashMap<>();
  ExecutorService pool;
  long started;

  @BeforeAll
  void readTheCatalogue() {
    started = System.currentTimeMillis();
    engine = new Engine(runtimeService, taskService, historyService, identityService, managementService,
        repositoryService, filterService, authorizationService);
    openApi = OpenApi.operations();
    engineRows = Catalogue.read(ENGINE_REST);
    webappRows = Catalogue.read(WEBAPP_API);
    ourRows = Catalogue.read(OUR_API);
    roles = Roles.read();
    pool = Executors.newFixedThreadPool(4);
  }

  @Test
  @Order(1)
  void everyOperationOfCamundasPublishedRestApiIsInTheCatalogueAndNothingElse() {
    Set<String> catalogued = keys(engineRows);
    Set<String> missing = new TreeSet<>(openApi.keySet());
    missing.removeAll(catalogued);
    Set<String> gone = new TreeSet<>(catalogued);
    gone.removeAll(openApi.keySet());
    report.section("Camunda's REST API (openapi.json)", openApi.size() + " operations in openapi.json, "
        + engineRows.size() + " rows in doors/" + ENGINE_REST + "; by policy: " + byPolicy(engineRows));
    assertThat(missing).as("operations of openapi.json without a row in doors/" + ENGINE_REST
        + " (decide each one's policy)").isEmpty();
    assertThat(gone).as("rows of doors/" + ENGINE_REST + " that openapi.json no longer has").isEmpty();
    assertThat(openApi.size()).as("Camunda 7.24 publishes some 390 operations").isBetween(380, 420);
  }

  @Test
  @Order(2)
  void everyResourceOfTheWebappsOwnApisIsInTheCatalogue() {
    Set<String> roots = new TreeSet<>();
    Map<String, String> served = Served.webappOperations(context, roots);
    Set<String> onClasspath = Served.webappResourceClasses();
    Set<String> unserved = new TreeSet<>(onClasspath);
    unserved.removeAll(roots);
    Set<String> decidedUnserved = webappRows.stream().filter(Catalogue.Row::resourceClass).map(Catalogue.Row::path)
        .collect(Collectors.toCollection(TreeSet::new));
    List<Catalogue.Row> operations = webappRows.stream().filter(r -> !r.resourceClass()).toList();
    Set<String> missing = new TreeSet<>(served.keySet());
    missing.removeAll(keys(operations));
    Set<String> gone = new TreeSet<>(keys(operations));
    gone.removeAll(served.keySet());
    report.section("The webapps' own APIs", served.size() + " operations served by " + roots.size()
        + " resource classes (" + String.join(", ", roots) + "); applications: "
        + Served.jaxRsApplications(context) + "; @Path classes of Camunda's webapp packages on the classpath: "
        + onClasspath);
    assertThat(onClasspath).as("the classpath scan finds the webapps' resource classes").isNotEmpty();
    assertThat(served).as("the webapps serve their own APIs").isNotEmpty();
    assertThat(missing).as("operations of the webapps' own APIs without a row in doors/" + WEBAPP_API
        + " (decide each one's policy)").isEmpty();
    assertThat(gone).as("rows of doors/" + WEBAPP_API + " that the webapps no longer serve").isEmpty();
    assertThat(unserved).as("JAX-RS resource classes of Camunda's webapp packages that no webapp application serves"
        + " (a new one: find where it is served and catalogue it, or decide with a CLASS row that it is not)")
        .isEqualTo(decidedUnserved);
  }

  @Test
  @Order(3)
  void everyEndpointOfOursIsInTheCatalogue() {
    Map<String, String> served = Served.springEndpoints(context);
    Set<String> missing = new TreeSet<>(served.keySet());
    missing.removeAll(keys(ourRows));
    Set<String> gone = new TreeSet<>(keys(ourRows));
    gone.removeAll(served.keySet());
    report.section("Our own endpoints", served.size() + " mappings: " + served);
    assertThat(missing).as("endpoints of ours without a row in doors/" + OUR_API + " (decide each one's policy)")
        .isEmpty();
    assertThat(gone).as("rows of doors/" + OUR_API + " that the application no longer serves").isEmpty();
  }

  @Test
  @Order(4)
  void everyDemoRoleAndEveryGroupHasItsExpectationsAndTheyAgreeWithTheVisibilityMatrix() {
    Map<String, Roles.Role> byUser = roles.stream().collect(Collectors.toMap(Roles.Role::user, r -> r,
        (a, b) -> a, LinkedHashMap::new));
    Set<String> demoUsersAndAdmin = new TreeSet<>();
    DemoUsers.USERS.forEach(u -> demoUsersAndAdmin.add(u.id()));
    demoUsersAndAdmin.add("admin");
    assertThat(new TreeSet<>(byUser.keySet())).as("doors/roles.tsv names every demo user and the administrator")
        .isEqualTo(demoUsersAndAdmin);
    for (DemoUsers.DemoUser user : DemoUsers.USERS) {
      assertThat(byUser.get(user.id()).group()).as(user.id() + "'s group").isEqualTo(user.group().id);
    }
    Set<String> groups = Arrays.stream(Groups.values()).map(g -> g.id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalogued = roles.stream().map(Roles.Role::group).collect(Collectors.toCollection(TreeSet::new));
    assertThat(catalogued).as("every group of the organisation has a role in doors/roles.tsv").isEqualTo(groups);
    for (Roles.Role role : roles) {
      assertThat(role.kind()).as(role.user() + "'s kind").isEqualTo(Groups.byId(role.group()).kind);
      assertThat(identityService.createGroupQuery().groupMember(role.user()).groupId(role.group()).count())
          .as(role.user() + " is a member of " + role.group()).isEqualTo(1);
      if (role.admin()) {
        continue;
      }
      for (String secret : role.mayRead()) {
        assertThat(matrixLets(role.group(), secret)).as(role.user() + " may read " + secret + " by doors/roles.tsv,"
            + " so the visibility matrix (or the intake task's candidate group) must let " + role.group()).isTrue();
      }
    }
    report.section("Roles", roles.stream().map(r -> "`" + r.user() + "` (" + r.group() + ", " + r.kind()
        + "): may read " + (r.mayRead().isEmpty() ? "nothing" : r.mayRead()) + ", must see "
        + (r.mustSee().isEmpty() ? "nothing" : r.mustSee())).collect(Collectors.joining("; ")));
  }

  /** Where each secret lives: the process variables that hold it (comments, attachments: the intake task). */
  private boolean matrixLets(String group, String secret) {
    VisibilityMatrix matrix = VisibilityMatrix.get();
    List<String> groups = List.of(group);
    return switch (secret) {
      case Secrets.CHILD_NUMBER -> matrix.mayRead(ReferralProcess.KEY, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER,
          groups) || matrix.mayRead(ReportOfConcernProcess.KEY, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, groups);
      case Secrets.REPORT_TEXT -> matrix.mayRead(ReferralProcess.KEY, ReferralProcess.Vars.REPORT_TEXT, groups)
          || matrix.mayRead(ReportOfConcernProcess.KEY, ReferralProcess.Vars.REPORT_TEXT, groups);
      case Secrets.PROTECTION_ASSESSMENT -> matrix.mayRead(ReportOfConcernProcess.KEY,
          ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, groups);
      case Secrets.DESCRIPTION -> matrix.mayRead(ReferralProcess.KEY, ReferralProcess.Vars.DESCRIPTION, groups)
          || matrix.mayRead(ReferralSupportProcess.KEY, ReferralProcess.Vars.DESCRIPTION, groups);
      case Secrets.SUPPORT_SUMMARY -> matrix.mayRead(ReferralSupportProcess.KEY, ReferralSupportProcess.Vars.SUPPORT_SUMMARY,
          groups) || matrix.mayRead(ReferralProcess.KEY, ReferralSupportProcess.Vars.SUPPORT_SUMMARY, groups);
      case Secrets.FAMILY_IDENTITY -> ContactDetails.Vars.IDENTITY.stream().allMatch(v ->
          matrix.mayRead(ReferralProcess.KEY, v, groups) || matrix.mayRead(ReferralSupportProcess.KEY, v, groups));
      case Secrets.FAMILY_CONTACT -> ContactDetails.Vars.CONTACT.stream().allMatch(v ->
          matrix.mayRead(ReferralProcess.KEY, v, groups) || matrix.mayRead(ReferralSupportProcess.KEY, v, groups));
      case Secrets.DECISION_VALUES -> matrix.mayRead(ReferralProcess.KEY, ReferralProcess.Vars.CONCERNS, groups)
          && matrix.mayRead(ReferralProcess.KEY, ReferralProcess.Vars.AGE_BAND, groups);
      case Secrets.COMMENT, Secrets.ATTACHMENT -> intakeTaskCandidateGroups().contains(group);
      default -> false;
    };
  }

  private Set<String> intakeTaskCandidateGroups() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ReportOfConcernProcess.KEY)
        .latestVersion().singleResult();
    UserTask task = repositoryService.getBpmnModelInstance(definition.getId())
        .getModelElementById(ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION);
    return new LinkedHashSet<>(Arrays.asList(task.getCamundaCandidateGroups().split(",")));
  }

  private Set<String> starterGroups() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ReferralProcess.KEY)
        .latestVersion().singleResult();
    Process process = repositoryService.getBpmnModelInstance(definition.getId())
        .getModelElementById(ReferralProcess.KEY);
    return new LinkedHashSet<>(Arrays.asList(process.getCamundaCandidateStarterGroups().split(",")));
  }

  @TestFactory
  @Order(5)
  Stream<DynamicTest> everyDoorHoldsForEveryRoleAgainstACaseHoldingSecrets() {
    return roles.stream().map(role -> DynamicTest.dynamicTest(role.user() + " (" + role.group() + ")",
        () -> tryEveryDoor(role)));
  }

  void tryEveryDoor(Roles.Role role) {
    long start = System.currentTimeMillis();
    targets.ensure(engine);
    DoorCase c = DoorCase.build(engine);
    cases.add(c);
    c.register(secrets);
    Bindings bindings = new Bindings(engine, role, c, targets);
    Verdicts.Facts facts = facts(role, c);
    Set<String> caseBefore = Snapshots.ofCase(engine, c);
    Set<String> everythingBefore = Snapshots.ofEverything(engine);
    Runner runner = new Runner(base(), openApi, secrets, report, pool);
    Http.Caller basic = Http.basic(role.user(), role.password());
    Http.Session session = Http.Session.login(base(), role.user(), role.password(), role.app());

    List<Runner.Sent> sent = new ArrayList<>();
    Set<Effect> read = EnumSet.of(Effect.READ);
    List<Runner.Sent> engineReads = runner.send(runner.plan(Door.ENGINE_REST, engineRows, read, bindings), role,
        facts, basic, true, null);
    sent.addAll(engineReads);
    Map<String, Runner.Sent> byKey = new HashMap<>();
    engineReads.forEach(s -> byKey.put(s.planned().key(), s));
    // The webapps' copy of the engine API is the same resources behind another login (the webapps' session): what
    // it answers does not depend on the database, so it is compared with /engine-rest on H2 only. On PostgreSQL
    // the engine's own SQL (authorization joins, tenant checks) is what differs, and /engine-rest tries all of it.
    if (!TestDatabase.isPostgres()) {
      sent.addAll(runner.send(runner.plan(Door.WEBAPP_ENGINE, engineRows, read, bindings), role, facts, session, true,
          byKey));
    } else {
      report.note(role.user() + ": the webapps' copy of the engine API (" + Door.WEBAPP_ENGINE.prefix + ") is "
          + "compared with /engine-rest in the H2 run; it does not depend on the database");
    }
    sent.addAll(runner.send(runner.plan(Door.WEBAPP_API, webappRows, read, bindings), role, facts, session, true,
        null));
    sent.addAll(runner.send(runner.plan(Door.OUR_API, ourRows, read, bindings), role, facts, basic, true, null));
    long reads = System.currentTimeMillis();
    if (role.admin()) {
      report.note("admin (the control) sends the reading requests only: its writes would change the case and the "
          + "organisation for nothing a test of the refusals needs");
    } else {
      for (Effect effect : List.of(Effect.WRITE, Effect.DESTROY, Effect.LAST)) {
        Set<Effect> only = EnumSet.of(effect);
        if (effect == Effect.LAST) {
          sent.addAll(runner.send(runner.plan(Door.WEBAPP_API, webappRows, only, bindings), role, facts, session,
              false, null));
        }
        // the officials' own work goes one by one (a profile and a password change update the same user, a claim
        // the task); the administrators' doors, which must all be refused and so change nothing, in parallel
        Map<Boolean, List<Runner.Planned>> adminOnly = runner.plan(Door.ENGINE_REST, engineRows, only, bindings)
            .stream().collect(Collectors.partitioningBy(p -> p.row().policy() == Policy.ADMIN_ONLY));
        sent.addAll(runner.send(adminOnly.get(false), role, facts, basic, false, null));
        sent.addAll(runner.send(adminOnly.get(true), role, facts, basic, effect != Effect.LAST, null));
        List<Runner.Planned> ours = new ArrayList<>();
        for (Runner.Planned p : runner.plan(Door.OUR_API, ourRows, only, bindings)) {
          if (p.row().policy() == Policy.CONSENT_WITHDRAWAL && facts.mayWithdrawConsent()) {
            runner.notSent(p, role, "would withdraw the guardians' consent, which " + role.user()
                + " may do (ConsentWithdrawal tests cover it); the forged variant is tried");
          } else {
            ours.add(p);
          }
        }
        sent.addAll(runner.send(ours, role, facts, basic, false, null));
        if (effect != Effect.LAST) {
          sent.addAll(runner.send(runner.plan(Door.WEBAPP_API, webappRows, only, bindings), role, facts, session,
              false, null));
        }
      }
    }

    giveTheClaimedTaskBack(role, c);
    List<String> caseChanges = Snapshots.changes(caseBefore, Snapshots.ofCase(engine, c));
    Set<String> everythingAfter = Snapshots.ofEverything(engine);
    List<String> changes = Snapshots.changes(everythingBefore, everythingAfter);
    report.add(new Report.Result("snapshot", "the secret case after every request", "-", role.user(), null, 0,
        caseChanges.stream().limit(40).map(line -> "changed: " + line).toList(), "case " + c.report().reference()
        + " and " + c.referral().reference()));
    report.add(new Report.Result("snapshot", "the organisation after every request", "-", role.user(), null, 0,
        changes.stream().limit(40).map(line -> "changed: " + line).toList(), "users, groups, centres, grants, "
        + "filters, deployments, definitions"));
    if (!changes.isEmpty()) {
      Restore.everything(engine, everythingBefore, everythingAfter, this::setUpTheOrganisationAgain);
    }
    changed(role.user(), caseChanges, changes);
    Set<String> mustSee = role.mustSee().contains(Roles.ALL) ? Secrets.NAMES : role.mustSee();
    Set<String> missed = new TreeSet<>(mustSee);
    missed.removeAll(Runner.shown(sent));
    report.add(new Report.Result("positive control", "every secret the role must see, through some door", "-",
        role.user(), null, 0, missed.stream().map(s -> "never shown " + s + " (the doors were not really tried, or a "
        + "guard hides more than the matrix says)").toList(), "must see " + mustSee));
    millisByRole.put(role.user(), new long[] {System.currentTimeMillis() - start, reads - start});

    List<Report.Result> failures = report.failures(role.user());
    assertThat(failures).as(role.user() + ": " + failures.size() + " doors failed (see " + REPORT + "):\n"
        + failures.stream().limit(60).map(r -> r.door() + " " + r.operation() + " [" + r.probe() + "] -> "
        + r.status() + ": " + String.join("; ", r.failures())).collect(Collectors.joining("\n"))).isEmpty();
  }

  /**
   * The one change a role may make to its case: claiming the intake task its group holds (TASK_WORK). Giving it back
   * is the administrators' (the catalogue's release probe is refused), so the test does it, without a user, before
   * the case is compared; a task assigned to anyone else stays a change.
   */
  private void giveTheClaimedTaskBack(Roles.Role role, DoorCase c) {
    Task task = taskService.createTaskQuery().taskId(c.intakeTask()).singleResult();
    if (task != null && role.user().equals(task.getAssignee())) {
      taskService.setAssignee(task.getId(), null);
      report.note(role.user() + " claimed the intake task, as the task's group may; the test gave it back "
          + "(unclaiming is the administrators') before comparing the case");
    }
  }

  /** A forged request (text/plain or multipart, no header of ours) changes nothing, however well meant. */
  @Test
  @Order(6)
  void aRequestAForeignPageCanForgeChangesNothing() {
    targets.ensure(engine);
    DoorCase c = DoorCase.build(engine);
    cases.add(c);
    c.register(secrets);
    Set<String> caseBefore = Snapshots.ofCase(engine, c);
    Set<String> everythingBefore = Snapshots.ofEverything(engine);
    List<Report.Result> failed = new ArrayList<>();
    for (String user : List.of("johan.holm", "erik.johansson")) {
      Roles.Role role = roles.stream().filter(r -> r.user().equals(user)).findFirst().orElseThrow();
      Bindings bindings = new Bindings(engine, role, c, targets);
      Runner runner = new Runner(base(), openApi, secrets, report, pool);
      List<Runner.Planned> planned = new ArrayList<>();
      Set<Effect> changing = EnumSet.of(Effect.WRITE, Effect.DESTROY);
      if (user.equals("johan.holm")) {
        planned.addAll(runner.plan(Door.ENGINE_REST, engineRows, changing, bindings));
      } else {
        planned.addAll(runner.plan(Door.OUR_API, ourRows, changing, bindings));
      }
      for (Runner.Planned p : planned) {
        if (!p.method().equals("POST")) {
          continue; // a foreign page's form or fetch without a preflight can only GET and POST
        }
        Http.Body forged = p.body().contentType() != null && p.body().contentType().startsWith("multipart/")
            ? p.body() : new Http.Body("text/plain", p.body().bytes() == null ? "{}".getBytes(StandardCharsets.UTF_8)
            : p.body().bytes());
        Http.Answer answer = Http.send(base() + p.door().prefix + p.pathAndQuery(), "POST", forged,
            Http.basic(role.user(), role.password()), Map.of("Accept", "application/json"));
        List<String> why = answer.status() == 403 ? List.of()
            : List.of("answered " + answer.status() + " to a forged request (" + forged.contentType()
            + ", no " + Http.OUR_HEADER + "): must be refused with 403 before anything runs");
        Report.Result result = new Report.Result("forged " + p.door().label(), p.row().key(), p.probeName(), user,
            p.row().policy(), answer.status(), why, "POST " + p.door().prefix + p.pathAndQuery() + " as "
            + forged.contentType());
        report.add(result);
        if (result.failed()) {
          failed.add(result);
        }
      }
    }
    List<String> caseChanges = Snapshots.changes(caseBefore, Snapshots.ofCase(engine, c));
    Set<String> everythingAfter = Snapshots.ofEverything(engine);
    List<String> changes = Snapshots.changes(everythingBefore, everythingAfter);
    if (!changes.isEmpty()) {
      Restore.everything(engine, everythingBefore, everythingAfter, this::setUpTheOrganisationAgain);
    }
    changed("johan.holm, erik.johansson (forged requests)", caseChanges, changes);
    report.add(new Report.Result("snapshot", "the secret case after the forged requests", "-", "johan.holm, "
        + "erik.johansson", null, 0, caseChanges.stream().limit(40).map(l -> "changed: " + l).toList(), "-"));
    assertThat(failed).as(failed.size() + " forged requests were not refused (see " + REPORT + "):\n"
        + failed.stream().limit(60).map(r -> r.operation() + " [" + r.probe() + "] -> " + r.status())
        .collect(Collectors.joining("\n"))).isEmpty();
    assertThat(caseChanges).as("forged requests changed the case").isEmpty();
    assertThat(changes).as("forged requests changed the organisation").isEmpty();
  }

  @AfterAll
  void writeTheReportAndCleanUp() {
    long total = System.currentTimeMillis() - started;
    report.section("Runtime", "all of it " + total / 1000 + " s; per role: " + millisByRole.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()[0] / 1000 + " s (reads " + e.getValue()[1] / 1000 + " s)").collect(Collectors.joining(", ")));
    report.write(REPORT);
    pool.shutdownNow();
    for (DoorCase c : cases) {
      runtimeService.createIncidentQuery().incidentId(c.incident()).list()
          .forEach(i -> runtimeService.resolveIncident(i.getId()));
    }
    targets.remove(engine);
  }

  private void changed(String who, List<String> caseChanges, List<String> changes) {
    if (!caseChanges.isEmpty() || !changes.isEmpty()) {
      report.section("What " + who + "'s requests changed", "```\n" + String.join("\n", caseChanges)
          + (changes.isEmpty() ? "" : "\n" + String.join("\n", changes)) + "\n```");
    }
  }

  private void setUpTheOrganisationAgain() {
    demoUsers.createAll();
    authorizationSetup.setUp();
    tasklistFilters.createFilters();
    targets.ensure(engine);
  }

  private Verdicts.Facts facts(Roles.Role role, DoorCase c) {
    List<String> groups = identityService.createGroupQuery().groupMember(role.user()).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(role.user()).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    boolean holds = !Collections.disjoint(groups, c.intakeCandidateGroups())
        && (c.intakeTenant() == null || tenants.contains(c.intakeTenant()));
    boolean atCentre = tenants.contains(DemoUsers.DANDERYD_MORBY);
    Set<String> consenting = new LinkedHashSet<>();
    Object referring = runtimeService.getVariable(c.supportedReferralInstance(), ReferralProcess.Vars.REFERRING_GROUP);
    Object receiving = runtimeService.getVariable(c.supportedReferralInstance(), ReferralProcess.Vars.TARGET_GROUPS);
    if (referring != null) {
      consenting.add(referring.toString());
    }
    if (receiving != null) {
      consenting.addAll(Arrays.asList(receiving.toString().split(",")));
    }
    return new Verdicts.Facts(holds, starterGroups().contains(role.group()), atCentre,
        groups.stream().anyMatch(OVERSEEING_FIGURES::contains),
        atCentre && groups.stream().anyMatch(consenting::contains),
        groups.contains(Groups.REVISION.id) || role.admin(), role.kind() == Groups.Kind.WORK, groups,
        foreignCentreNames(role));
  }

  /** The names of the centres the role does not work at (its own tenant membership, not one through a group). */
  private List<String> foreignCentreNames(Roles.Role role) {
    Set<String> own = identityService.createTenantQuery().userMember(role.user()).list().stream()
        .map(Tenant::getId).collect(java.util.stream.Collectors.toSet());
    return identityService.createTenantQuery().list().stream().filter(t -> !own.contains(t.getId()))
        .map(Tenant::getName).filter(java.util.Objects::nonNull).toList();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static Set<String> keys(List<Catalogue.Row> rows) {
    return rows.stream().map(Catalogue.Row::key).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String byPolicy(List<Catalogue.Row> rows) {
    return rows.stream().collect(Collectors.groupingBy(r -> r.policy().name(), java.util.TreeMap::new,
        Collectors.counting())).toString();
  }
}
