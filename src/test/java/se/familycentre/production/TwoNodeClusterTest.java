package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * The real application with the {@code postgres} profile, twice: two homogeneous nodes with their job executors on,
 * sharing one (embedded) PostgreSQL, the way Camunda 7 scales out. Many cases with several asynchronous steps: each
 * step runs exactly once (a side-effect row with a unique key, and one attempt), nothing is left, no incident, and
 * both nodes did work. Each node has its own engine name (Camunda keeps engines in a static registry per JVM); the
 * job executors' lock owners are distinct by default (a UUID each).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180)
class TwoNodeClusterTest {

  private static final String PROCESS = "fixtureClusterSteps";
  private static final List<String> STEPS = List.of("serviceTask_one", "serviceTask_two", "serviceTask_three");
  private static final int CASES = 200;
  /**
   * Both job executors on (the postgres profile's default); idle nodes look for work at least every second rather
   * than backing off up to a minute, so a short test sees both at work. Everything else as in production.
   */
  private static final Map<String, String> JOB_EXECUTOR = Map.of(
      "camunda.bpm.job-execution.enabled", "true",
      "camunda.bpm.job-execution.wait-time-in-millis", "200",
      "camunda.bpm.job-execution.max-wait", "1000");

  private String jdbcUrl;
  private ApplicationNode nodeA;
  private ApplicationNode nodeB;

  @BeforeAll
  void startTwoNodesOnOnePostgres() throws SQLException {
    EmbeddedPostgresServer.acquire();
    jdbcUrl = EmbeddedPostgresServer.createDatabase("cluster");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.user(), "");
        Statement statement = connection.createStatement()) {
      SideEffects.createTable(statement);
    }
    // One after the other, as a rolling start would: the first creates the schemas, the second finds them.
    nodeA = ApplicationNode.startOnPostgres("nodeA", jdbcUrl, EmbeddedPostgresServer.user(), JOB_EXECUTOR);
    nodeB = ApplicationNode.startOnPostgres("nodeB", jdbcUrl, EmbeddedPostgresServer.user(), JOB_EXECUTOR);
  }

  @AfterAll
  void stopNodesThenPostgres() {
    try {
      if (nodeB != null) {
        nodeB.close();
      }
      if (nodeA != null) {
        nodeA.close();
      }
    } finally {
      EmbeddedPostgresServer.release();
    }
  }

  @Test
  void thePostgresProfileRunsTheRealApplicationOnPostgresFromEnvironmentSettings() throws SQLException {
    DataSource dataSource = nodeA.bean(DataSource.class);
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getURL()).isEqualTo(jdbcUrl);
    }
    // The profile's pool size, and the engine on PostgreSQL with its job executor running.
    assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(20);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) nodeA.engine().getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(configuration.getJobExecutor().isActive()).isTrue();
    // Our schema (Flyway) beside Camunda's, nothing pending.
    assertThat(nodeA.bean(Flyway.class).info().pending()).isEmpty();

    HttpResponse<String> health = nodeA.get("/actuator/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    // Nothing anonymous. (Several engines in one test JVM carry their own names; the REST API of a single
    // production node, engine "default", is exercised through a separate JVM in JvmKilledMidLoadTest.)
    assertThat(nodeA.get("/engine-rest/process-definition/count", null, null).statusCode()).isIn(401, 404);
    HttpResponse<String> tasklist = nodeA.get("/camunda/app/tasklist/", null, null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).containsIgnoringCase("tasklist");
  }
  @Test
  void asynchronousStepsSpreadOverBothNodesAndEachRunsExactlyOnce() throws InterruptedException {
    nodeA.engine().getRepositoryService().createDeployment().name("cluster-fixture")
        .addClasspathResource("fixtures/cluster-steps.bpmn").deploy();
    assertThat(lockOwner(nodeA)).isNotEqualTo(lockOwner(nodeB));
    // A load balancer spreads the starts over both nodes.
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      ApplicationNode node = i % 2 == 0 ? nodeA : nodeB;
      instances.add(node.engine().getRuntimeService()
          .startProcessInstanceByKey(PROCESS, "cluster-" + i).getId());
    }

    // Both job executors work until nothing is left (bounded).
    ManagementService management = nodeA.engine().getManagementService();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (management.createJobQuery().processDefinitionKey(PROCESS).count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(management.createJobQuery().processDefinitionKey(PROCESS).count()).as("jobs left").isZero();

    // Every case ended, no incident, nothing failed.
    assertThat(nodeA.engine().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .finished().count()).isEqualTo(CASES);
    assertThat(nodeA.engine().getRuntimeService().createIncidentQuery().count()).isZero();

    // Each step of each case ran exactly once: one committed side effect (unique key), one attempt, no rerun.
    JdbcTemplate jdbc = new JdbcTemplate(nodeA.bean(DataSource.class));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + SideEffects.TABLE, Integer.class))
        .isEqualTo(CASES * STEPS.size());
    for (String instance : instances) {
      assertThat(jdbc.queryForList("SELECT step FROM " + SideEffects.TABLE + " WHERE process_instance_id = ?"
          + " ORDER BY step", String.class, instance)).containsExactlyInAnyOrderElementsOf(STEPS);
      for (String step : STEPS) {
        assertThat(SideEffects.attempts(instance, step)).as("attempts of %s in %s", step, instance).isEqualTo(1);
      }
    }

    // The work spread over both nodes.
    Map<String, Integer> perNode = new TreeMap<>();
    jdbc.query("SELECT node, COUNT(*) AS steps FROM " + SideEffects.TABLE + " GROUP BY node",
        (java.sql.ResultSet row) -> {
          perNode.put(row.getString("node"), row.getInt("steps"));
        });
    assertThat(perNode.keySet()).containsExactlyInAnyOrder("nodeA", "nodeB");
    assertThat(perNode.values()).allMatch(steps -> steps > 0);
    System.out.println("Steps per node: " + perNode);
  }

  private static String lockOwner(ApplicationNode node) {
    return ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()).getJobExecutor()
        .getLockOwner();
  }
}
