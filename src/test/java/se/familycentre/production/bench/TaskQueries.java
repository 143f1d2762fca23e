package se.familycentre.production.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Benchmark part 2: Tasklist's queries at N open tasks, authorization on against off. */
final class TaskQueries {

  static final List<String> GROUPS = List.of("mvc", "bvc", "oppen-forskola", "socialtjanst-forebyggande",
      "socialtjanst-mottagning", "kommun-utredare", "namndsekreterare", "region-hsf");
  private static final String QUERY_USER = "erik.johansson";
  private static final String TASK_FIXTURE = "benchOpenTask";

  private final List<String> rows;

  TaskQueries(List<String> rows) {
    this.rows = rows;
  }

  // ---- 2. Tasklist queries at N open tasks --------------------------------------------------------------------

  void run(ProcessEngine engine, String database, int openTasks, boolean explain) {
    engine.getRepositoryService().createDeployment().addClasspathResource("fixtures/bench-open-task.bpmn").deploy();
    RuntimeService runtime = engine.getRuntimeService();
    long created = System.nanoTime();
    // up to 1,000 open tasks per case (a parallel multi-instance task), candidate groups spread evenly
    for (int first = 0; first < openTasks; first += 1000) {
      List<String> candidateGroups = new java.util.ArrayList<>();
      for (int i = first; i < Math.min(openTasks, first + 1000); i++) {
        candidateGroups.add(GROUPS.get(i % GROUPS.size()));
      }
      runtime.startProcessInstanceByKey(TASK_FIXTURE, "open-" + first,
          Map.of("groups", org.camunda.bpm.engine.variable.Variables.objectValue(candidateGroups)
              .serializationDataFormat("application/json").create()));
    }
    System.out.printf(Locale.ROOT, "%s: %d open tasks created in %.1f s%n", database, openTasks,
        (System.nanoTime() - created) / 1e9);
    // what PostgreSQL's autovacuum does by itself shortly after a bulk load: fresh planner statistics
    try (java.sql.Connection connection = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getDataSource().getConnection();
        java.sql.Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("ANALYZE failed", e);
    }
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
    if (explain) {
      QueryPlans plans = QueryPlans.install(engine);
      identity.setAuthentication(QUERY_USER, groups, tenants);
      try {
        System.out.println("Plan of the count, authorization on:");
        plans.explain("selectTaskCountByQueryCriteria", count::get).forEach(System.out::println);
        System.out.println("Plan of the page, authorization on:");
        plans.explain("selectTaskByQueryCriteria", page::get).forEach(System.out::println);
      } finally {
        identity.clearAuthentication();
      }
    }
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

}
