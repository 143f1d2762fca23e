package se.familycentre.production.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import se.familycentre.shared.engine.tasklist.EngineStatements;

/**
 * Benchmark part 2: Tasklist's queries at N open tasks (one or more levels, loaded one after the other), a user's
 * candidate-group tasks newest first (a page of 50), their count, and the counts of every filter the user sees (one
 * refresh of Tasklist's filter list), p50 and p95, with the user's authorization
 * checks on (our statements, see TaskQueryAuthorizationPlugin) against the same query with checks off (no
 * authenticated user). At levels up to {@value #ENGINE_STATEMENT_UP_TO} open tasks also the engine's own statements
 * with checks on, the "before" of our change (beyond that a single count takes seconds to minutes).
 */
final class TaskQueries {

  static final List<String> GROUPS = List.of("mvc", "bvc", "oppen-forskola", "socialtjanst-forebyggande",
      "socialtjanst-mottagning", "kommun-utredare", "namndsekreterare", "region-hsf");
  private static final String QUERY_USER = "erik.johansson";
  private static final String TASK_FIXTURE = "benchOpenTask";
  private static final int ENGINE_STATEMENT_UP_TO = 20_000;

  private final List<String> rows;

  TaskQueries(List<String> rows) {
    this.rows = rows;
  }

  void run(ProcessEngine engine, String database, List<Integer> levels, boolean explain) {
    engine.getRepositoryService().createDeployment().addClasspathResource("fixtures/bench-open-task.bpmn").deploy();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(QUERY_USER).list().stream().map(g -> g.getId())
        .toList();
    List<String> tenants = identity.createTenantQuery().userMember(QUERY_USER).includingGroupsOfUser(true).list()
        .stream().map(t -> t.getId()).toList();
    TaskService tasks = engine.getTaskService();
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put("page of 50, newest first", () -> tasks.createTaskQuery().taskCandidateGroupIn(groups)
        .orderByTaskCreateTime().desc().listPage(0, 50));
    queries.put("count", () -> tasks.createTaskQuery().taskCandidateGroupIn(groups).count());

    int open = 0;
    for (int level : levels) {
      long started = System.nanoTime();
      open = load(engine, open, level);
      System.out.printf(Locale.ROOT, "%s: %d open tasks, loaded in %.1f s%n", database, open,
          (System.nanoTime() - started) / 1e9);
      rows.add("");
      rows.add(String.format(Locale.ROOT, "%-10s | %-62s | %9s | %9s | %s", "database",
          "Tasklist query, " + open + " open tasks", "p50 ms", "p95 ms", "p95 vs authorization off"));
      if (explain) {
        explain(engine, identity, groups, tenants, queries);
      }
      for (Map.Entry<String, Supplier<Object>> query : queries.entrySet()) {
        Runnable run = () -> query.getValue().get();
        double[] off = measure(run, 40);
        double[] on = as(identity, groups, tenants, () -> measure(run, 40));
        row(database, query.getKey() + ", authorization on", on, off);
        if (open <= ENGINE_STATEMENT_UP_TO) {
          double[] engines = EngineStatements.call(engine, () -> as(identity, groups, tenants, () -> measure(run, 20)));
          row(database, query.getKey() + ", on, engine's own statement", engines, off);
        }
        rows.add(String.format(Locale.ROOT, "%-10s | %-62s | %9.1f | %9.1f | 1.00 (baseline)", database,
            query.getKey() + ", authorization off", off[0], off[1]));
      }
      filterCounts(engine, database, open, identity, groups, tenants);
    }
  }

  /**
   * The counts Tasklist shows beside the filters: every filter the user may read, counted as Tasklist does
   * ({@code FilterService#count}, the filter's expressions resolved for the user), one refresh = all of them. The
   * baseline is the same refresh, as the same user, with the engine's authorization checks switched off for the
   * measurement (the filters' expressions need the authenticated user).
   */
  private void filterCounts(ProcessEngine engine, String database, int open, IdentityService identity,
      List<String> groups, List<String> tenants) {
    FilterService filters = engine.getFilterService();
    List<String> visible = as(identity, groups, tenants, () -> filters.createFilterQuery().list().stream()
        .map(Filter::getId).toList());
    Runnable refresh = () -> visible.forEach(filters::count);
    ProcessEngineConfigurationImpl configuration = configuration(engine);
    double[] off = as(identity, groups, tenants, () -> {
      configuration.setAuthorizationEnabled(false);
      try {
        return measure(refresh, 40);
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
    });
    double[] on = as(identity, groups, tenants, () -> measure(refresh, 40));
    String label = "all " + visible.size() + " filter counts (a refresh)";
    row(database, label + ", authorization on", on, off);
    if (open <= ENGINE_STATEMENT_UP_TO) {
      row(database, label + ", on, engine's own statement",
          EngineStatements.call(engine, () -> as(identity, groups, tenants, () -> measure(refresh, 20))), off);
    }
    rows.add(String.format(Locale.ROOT, "%-10s | %-62s | %9.1f | %9.1f | 1.00 (baseline)", database,
        label + ", authorization off", off[0], off[1]));
  }

  private void row(String database, String label, double[] measured, double[] baseline) {
    rows.add(String.format(Locale.ROOT, "%-10s | %-62s | %9.1f | %9.1f | %.2f", database, label, measured[0],
        measured[1], measured[1] / baseline[1]));
  }

  /**
   * Adds open tasks up to {@code target}, 1,000 per case (a parallel multi-instance task), candidate groups spread
   * evenly over the 8 groups; then ANALYZE, as PostgreSQL's autovacuum does by itself shortly after a bulk load.
   */
  private static int load(ProcessEngine engine, int open, int target) {
    RuntimeService runtime = engine.getRuntimeService();
    for (int first = open; first < target; first += 1000) {
      List<String> candidateGroups = new ArrayList<>();
      for (int i = first; i < Math.min(target, first + 1000); i++) {
        candidateGroups.add(GROUPS.get(i % GROUPS.size()));
      }
      runtime.startProcessInstanceByKey(TASK_FIXTURE, "open-" + first, Map.of("groups",
          Variables.objectValue(candidateGroups).serializationDataFormat("application/json").create()));
    }
    try (Connection connection = configuration(engine).getDataSource().getConnection();
        Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed", e);
    }
    return Math.max(open, target);
  }

  private static void explain(ProcessEngine engine, IdentityService identity, List<String> groups,
      List<String> tenants, Map<String, Supplier<Object>> queries) {
    QueryPlans plans = QueryPlans.install(engine);
    as(identity, groups, tenants, () -> {
      System.out.println("Plan of the count, authorization on:");
      plans.explain("selectTaskCountByQueryCriteria", queries.get("count")::get).forEach(System.out::println);
      System.out.println("Plan of the page, authorization on:");
      plans.explain("selectTaskByQueryCriteria", queries.get("page of 50, newest first")::get)
          .forEach(System.out::println);
      return null;
    });
  }

  private static <T> T as(IdentityService identity, List<String> groups, List<String> tenants, Supplier<T> work) {
    identity.setAuthentication(QUERY_USER, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** p50 and p95 in ms over n runs after 5 warm-up runs. */
  private static double[] measure(Runnable query, int n) {
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    double[] ms = new double[n];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
  }
}
