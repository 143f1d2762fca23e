package se.familycentre.production.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import se.familycentre.production.ApplicationNode;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * The benchmark (bench/run.sh; not part of mvn test). On H2 (the shipped file database, made durable) and on an
 * embedded PostgreSQL (synchronous_commit on), inside the real application with authorization on:
 * <ol>
 * <li>cases per second of a process driven end-to-end through the Java API, every user task completed (as its
 * candidate group's first member), against a bare process with the same number of activities as no-op service
 * tasks, measured in the same run; the ratio is ours / bare;</li>
 * <li>Tasklist's queries (a user's candidate-group tasks, newest first, a page of 50, and the count) at N open
 * tasks spread over 8 groups, p50 and p95, with the user's authorization checks on and, as the baseline, off.</li>
 * </ol>
 * Arguments: {@code process=<key>} (default: familyReferralProcess if deployed, else the fixture benchCase),
 * {@code cases=<n>} (default 200), {@code tasks=<n>} (default 10000), {@code databases=h2,postgres},
 * {@code h2=durable|shipped} (default durable: application.yaml's URL with WRITE_DELAY=0; shipped: as it is).
 */
public final class Benchmark {

  private static final List<String> GROUPS = List.of("mvc", "bvc", "oppen-forskola", "socialtjanst-forebyggande",
      "socialtjanst-mottagning", "kommun-utredare", "namndsekreterare", "region-hsf");
  private static final String QUERY_USER = "erik.johansson";
  private static final String FIXTURE = "benchCase";
  private static final String TASK_FIXTURE = "benchOpenTask";

  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("cases", "200", "tasks", "10000",
        "databases", "h2,postgres", "process", "", "h2", "durable"));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    new Benchmark().run(options);
    System.exit(0);
  }

  private void run(Map<String, String> options) throws Exception {
    int cases = Integer.parseInt(options.get("cases"));
    int tasks = Integer.parseInt(options.get("tasks"));
    Map<String, String> settings = Map.of("camunda.bpm.job-execution.enabled", "false",
        "familycentre.demo.users", "true", "logging.level.root", "warn");
    for (String database : options.get("databases").split(",")) {
      Path dataDir = Files.createTempDirectory("familycentre-bench");
      String label = database.equals("h2") ? "h2-" + options.get("h2") : database;
      ApplicationNode node;
      if (database.equals("postgres")) {
        EmbeddedPostgresServer.acquire();
        String url = EmbeddedPostgresServer.createDatabase("bench");
        node = ApplicationNode.startOnPostgres("bench" + database, url, EmbeddedPostgresServer.user(), settings);
      } else {
        Map<String, String> h2 = new LinkedHashMap<>(settings);
        if (options.get("h2").equals("durable")) {
          h2.put("spring.datasource.url", ApplicationNode.durableH2Url());
        }
        node = ApplicationNode.startOnH2File("bench" + database, dataDir, h2);
      }
      try {
        throughput(node.engine(), label, options.get("process"), cases);
        if (database.equals("postgres")) {
          taskQueries(node.engine(), database, tasks);
        }
      } finally {
        node.close();
        if (database.equals("postgres")) {
          EmbeddedPostgresServer.release();
        }
      }
    }
    System.out.println();
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
        + System.getProperty("java.version"));
    rows.forEach(System.out::println);
  }

  // ---- 1. end-to-end cases per second -------------------------------------------------------------------------

  private void throughput(ProcessEngine engine, String database, String requestedKey, int cases) {
    String key = requestedKey.isBlank()
        ? (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("familyReferralProcess")
            .count() > 0 ? "familyReferralProcess" : FIXTURE)
        : requestedKey;
    if (key.equals(FIXTURE)) {
      engine.getRepositoryService().createDeployment().addClasspathResource("fixtures/bench-case.bpmn").deploy();
    }
    BpmnModelInstance ours = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId());
    int activities = ours.getModelElementsByType(Activity.class).size();
    String bareKey = "benchBare" + activities;
    AbstractFlowNodeBuilder<?, ?> bare = Bpmn.createExecutableProcess(bareKey).camundaHistoryTimeToLive(1)
        .startEvent();
    for (int i = 0; i < activities; i++) {
      bare = bare.serviceTask("serviceTask_noop" + i).camundaClass(NoOpDelegate.class.getName());
    }
    engine.getRepositoryService().createDeployment().addModelInstance(bareKey + ".bpmn", bare.endEvent().done())
        .deploy();

    // Warm up both, then bare, ours, bare: the baseline is the mean of the two bare runs.
    drive(engine, key, Math.max(10, cases / 10));
    drive(engine, bareKey, Math.max(10, cases / 10));
    double bare1 = drive(engine, bareKey, cases);
    double ourRate = drive(engine, key, cases);
    double bare2 = drive(engine, bareKey, cases);
    double bareRate = (bare1 + bare2) / 2;
    if (rows.isEmpty()) {
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %12s | %s", "database", "end-to-end cases",
          "activities", "cases/s", "ratio vs bare (same run)"));
    }
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %12.1f | %.2f", database, key, activities, ourRate,
        ourRate / bareRate));
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %12.1f | 1.00 (baseline)", database,
        "bare, no-op delegates", activities, bareRate));
  }

  /** Drives n cases from start to end: completes every open task (as a member of its candidate group), runs jobs. */
  private static double drive(ProcessEngine engine, String key, int n) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      String id = runtime.startProcessInstanceByKey(key, key + "-" + System.nanoTime()).getId();
      for (int step = 0; step < 200; step++) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(id).list();
        List<Job> jobs = management.createJobQuery().processInstanceId(id).executable().list();
        if (open.isEmpty() && jobs.isEmpty()) {
          break;
        }
        jobs.forEach(job -> management.executeJob(job.getId()));
        open.forEach(task -> tasks.complete(task.getId()));
      }
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        throw new IllegalStateException(key + " did not end when driven without variables; give it a driver");
      }
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  // ---- 2. Tasklist queries at N open tasks --------------------------------------------------------------------

  private void taskQueries(ProcessEngine engine, String database, int openTasks) {
    engine.getRepositoryService().createDeployment().addClasspathResource("fixtures/bench-open-task.bpmn").deploy();
    RuntimeService runtime = engine.getRuntimeService();
    long created = System.nanoTime();
    for (int i = 0; i < openTasks; i++) {
      runtime.startProcessInstanceByKey(TASK_FIXTURE, "open-" + i, Map.of("group", GROUPS.get(i % GROUPS.size())));
    }
    System.out.printf(Locale.ROOT, "%s: %d open tasks created in %.1f s%n", database, openTasks,
        (System.nanoTime() - created) / 1e9);
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(QUERY_USER).list().stream().map(g -> g.getId())
        .toList();
    List<String> tenants = identity.createTenantQuery().userMember(QUERY_USER).includingGroupsOfUser(true).list()
        .stream().map(t -> t.getId()).toList();
    TaskService tasks = engine.getTaskService();
    Supplier<Object> page = () -> tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByTaskCreateTime().desc()
        .listPage(0, 50);
    Supplier<Object> count = () -> tasks.createTaskQuery().taskCandidateGroupIn(groups).count();
    rows.add("");
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %12s | %s", "database",
        "Tasklist query, " + openTasks + " open tasks", "p50 ms", "p95 ms", "ratio p95 vs authorization off"));
    for (Map.Entry<String, Supplier<Object>> query : Map.of("page of 50, newest first", page, "count", count)
        .entrySet()) {
      double[] off = measure(() -> query.getValue().get());
      identity.setAuthentication(QUERY_USER, groups, tenants);
      double[] on;
      try {
        on = measure(() -> query.getValue().get());
      } finally {
        identity.clearAuthentication();
      }
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10.1f | %12.1f | %.2f", database,
          query.getKey() + ", authorization on", on[0], on[1], on[1] / off[1]));
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10.1f | %12.1f | 1.00 (baseline)", database,
          query.getKey() + ", authorization off", off[0], off[1]));
    }
  }

  /** p50 and p95 in ms over 40 runs after 5 warm-up runs. */
  private static double[] measure(Runnable query) {
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    double[] ms = new double[40];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
  }

  static Collection<String> groups() {
    return GROUPS;
  }
}
