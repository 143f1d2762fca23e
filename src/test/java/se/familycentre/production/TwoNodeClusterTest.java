package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
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
 * sharing one (embedded) PostgreSQL, the way Camunda 7 scales out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180)
class TwoNodeClusterTest {

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
    nodeA = ApplicationNode.startOnPostgres("nodeA", jdbcUrl, EmbeddedPostgresServer.user(), Map.of());
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
}
