package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.support.EmbeddedPostgresServer;
import se.familycentre.support.Rest;

/**
 * The real application with the {@code postgres} profile, twice: two homogeneous nodes, each in a JVM of its own
 * (as production runs them), with their job executors on, sharing one (embedded) PostgreSQL, the way Camunda 7
 * scales out. Many cases with several asynchronous steps, started through the REST API of either node as a load
 * balancer would: each step runs exactly once (a side-effect row with a unique key, one successful job run and no
 * failed one in the engine's job log), nothing is left, no incident, and both nodes did work. Everything is checked
 * from outside: HTTP and the shared database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 360)
class TwoNodeClusterTest {

  private static final String PROCESS = "fixtureClusterSteps";
  private static final List<String> STEPS = List.of("serviceTask_one", "serviceTask_two", "serviceTask_three");
  private static final int CASES = 200;
  /** The profile's pool size per node (application-postgres.yaml); Hikari keeps that many connections open. */
  private static final int POOL_SIZE = 20;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  @TempDir
  static Path workDir;

  /** The application name of this test's own connections to the database. */
  private static final String CHECKS = "two-node-cluster-test";
  private String jdbcUrl;
  private ChildApplication nodeA;
  private ChildApplication nodeB;

  @BeforeAll
  void startTwoNodesOnOnePostgres() throws Exception {
    EmbeddedPostgresServer.acquire();
    jdbcUrl = EmbeddedPostgresServer.createDatabase("cluster");
    try (Connection connection = database(); Statement statement = connection.createStatement()) {
      SideEffects.createTable(statement);
    }
    // One after the other, as a rolling start would: the first creates the schemas, the second finds them.
    nodeA = start("nodeA").awaitReady(Duration.ofSeconds(150));
    nodeB = start("nodeB").awaitReady(Duration.ofSeconds(150));
  }

  /**
   * A node as production starts it: the postgres profile, the database from the environment's settings. Idle job
   * executors look for work at least every second rather than backing off up to a minute, so a short test sees
   * both at work; the engine's name tells the nodes apart in the side-effect rows.
   */
  private ChildApplication start(String name) {
    return ChildApplication.start(workDir.resolve(name), List.of("--spring.profiles.active=postgres",
        "--FAMILYCENTRE_DB_URL=" + jdbcUrl, "--FAMILYCENTRE_DB_USER=" + EmbeddedPostgresServer.user(),
        "--FAMILYCENTRE_DB_PASSWORD=", "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000"));
  }

  @AfterAll
  void stopNodesThenPostgres() throws InterruptedException {
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

  /**
   * The test's own connections carry an application name of their own, so that counting the nodes' connections
   * never counts one of ours whose server process is still ending after it was closed.
   */
  private Connection database() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", EmbeddedPostgresServer.user());
    properties.setProperty("password", "");
    properties.setProperty("ApplicationName", CHECKS);
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = database(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void bothNodesRunTheRealApplicationOnThePostgresDatabaseTheEnvironmentNames() throws Exception {
    for (ChildApplication node : List.of(nodeA, nodeB)) {
      Rest.Answer health = rest(node).anonymousGet("/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
      assertThat(rest(node).anonymousGet("/engine-rest/engine").status()).as("nothing anonymous").isEqualTo(401);
      Rest.Answer tasklist = rest(node).anonymousGet("/camunda/app/tasklist/");
      assertThat(tasklist.status()).isEqualTo(200);
      assertThat(tasklist.body()).containsIgnoringCase("tasklist");
    }
    // Camunda's schema and ours (Flyway) in the one database, every migration applied once, nothing failed.
    assertThat(count("SELECT COUNT(*) FROM act_ge_schema_log WHERE version_ = '7.24.0'")).isOne();
    assertThat(count("SELECT COUNT(*) FROM fc_schema_history WHERE NOT success")).isZero();
    assertThat(count("SELECT COUNT(*) FROM fc_schema_history WHERE version IS NOT NULL"))
        .isEqualTo(count("SELECT COUNT(DISTINCT version) FROM fc_schema_history WHERE version IS NOT NULL"))
        .isGreaterThanOrEqualTo(5);
    // Each node holds the profile's pool of connections to it (Hikari keeps the pool full), no more.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String connections = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
        + " AND application_name IS DISTINCT FROM '" + CHECKS + "'";
    while (count(connections) != 2 * POOL_SIZE && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(count(connections)).as("connections of both nodes").isEqualTo(2 * POOL_SIZE);
  }

  @Test
  void asynchronousStepsSpreadOverBothNodesAndEachRunsExactlyOnce() throws Exception {
    deploy(nodeA);
    // A load balancer spreads the starts over both nodes.
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      instances.add(startCase(i));
    }

    // Both job executors work until nothing is left (bounded).
    String jobsLeft = "SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = '" + PROCESS + "'";
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (count(jobsLeft) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(count(jobsLeft)).as("jobs left").isZero();

    // Every case ended, no incident, nothing failed: each job ran once, successfully.
    assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = '" + PROCESS
        + "' AND end_time_ IS NOT NULL")).isEqualTo(CASES);
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = '" + PROCESS
        + "' AND job_state_ = 1")).as("failed job runs (JobState.FAILED)").isZero();
    assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = '" + PROCESS
        + "' AND job_state_ = 2")).as("successful job runs (JobState.SUCCESSFUL)").isEqualTo(CASES * STEPS.size());

    // Each step of each case ran exactly once: one committed side effect (unique key).
    assertThat(count("SELECT COUNT(*) FROM " + SideEffects.TABLE)).isEqualTo(CASES * STEPS.size());
    try (Connection connection = database()) {
      for (String instance : instances) {
        List<String> steps = new ArrayList<>();
        try (var select = connection.prepareStatement("SELECT step FROM " + SideEffects.TABLE
            + " WHERE process_instance_id = ?")) {
          select.setString(1, instance);
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              steps.add(rows.getString(1));
            }
          }
        }
        assertThat(steps).as("steps of %s", instance).containsExactlyInAnyOrderElementsOf(STEPS);
      }
      // The work spread over both nodes.
      Map<String, Integer> perNode = new TreeMap<>();
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
          "SELECT node, COUNT(*) AS steps FROM " + SideEffects.TABLE + " GROUP BY node")) {
        while (rows.next()) {
          perNode.put(rows.getString("node"), rows.getInt("steps"));
        }
      }
      assertThat(perNode.keySet()).containsExactlyInAnyOrder("nodeA", "nodeB");
      assertThat(perNode.values()).allMatch(steps -> steps > 0);
      System.out.println("Steps per node: " + perNode);
    }
  }

  /**
   * Starts case i on node A or B in turn. When a connection breaks before the answer (seen under load: a kept-alive
   * connection closed by the server as it is reused), the load balancer's rule applies: look whether the case was
   * started (its business key is unique), else send it to the other node.
   */
  private String startCase(int i) throws Exception {
    String key = "cluster-" + i;
    for (int attempt = 0; attempt < 3; attempt++) {
      ChildApplication node = (i + attempt) % 2 == 0 ? nodeA : nodeB;
      try {
        Rest.Answer started = rest(node).post("admin", engine(node) + "/process-definition/key/" + PROCESS
            + "/start", "{\"businessKey\":\"" + key + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().path("id").asText();
      } catch (IllegalStateException broken) {
        if (!(broken.getCause() instanceof IOException)) {
          throw broken;
        }
        try (Connection connection = database(); var select = connection.prepareStatement(
            "SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ = ?")) {
          select.setString(1, key);
          try (ResultSet rows = select.executeQuery()) {
            if (rows.next()) {
              return rows.getString(1);
            }
          }
        }
      }
    }
    throw new AssertionError("case " + key + " could not be started on either node");
  }

  private static String engine(ChildApplication node) {
    return "/engine-rest/engine/" + node.name();
  }

  private void deploy(ChildApplication node) throws IOException {
    String bpmn = new String(TwoNodeClusterTest.class.getResourceAsStream("/fixtures/cluster-steps.bpmn")
        .readAllBytes(), StandardCharsets.UTF_8);
    Rest.Answer deployed = rest(node).postMultipart("admin", engine(node) + "/deployment/create",
        Map.of("deployment-name", "cluster-fixture"), "cluster-steps.bpmn", "cluster-steps.bpmn", bpmn);
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
  }

  /** The tests' one REST client, on a node's port; it follows redirects as a browser does (Tasklist's start). */
  private static Rest rest(ChildApplication node) {
    return new Rest(node.uri("").getPort(), HTTP);
  }
}
