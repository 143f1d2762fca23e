package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.production.fixtures.Fixtures;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.TestDatabase;

/**
 * The shared test context runs on the database the JVM was told to use: H2 in the default surefire execution,
 * PostgreSQL in the {@code postgres} execution (this class runs in both). Camunda's schema and ours (Flyway) are
 * there, and a case with an asynchronous step runs through it.
 */
@FamilyCentreSpringTest
class SelectedDatabasePostgresTest {

  @Autowired
  private DataSource dataSource;
  @Autowired
  private Flyway flyway;
  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private TaskService taskService;

  private Fixtures fixtures;

  @BeforeEach
  void deployFixture() {
    SideEffects.createTable(dataSource);
    fixtures = new Fixtures(repositoryService);
    fixtures.deploy("fixtures/async-step.bpmn");
  }

  @AfterEach
  void removeFixture() {
    fixtures.close();
  }

  @Test
  void theSharedContextRunsOnTheSelectedDatabaseWithBothSchemas() throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    String engineDatabaseType = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getDatabaseType();
    if (TestDatabase.isPostgres()) {
      assertThat(product).isEqualTo("PostgreSQL");
      assertThat(engineDatabaseType).isEqualTo("postgres");
    } else {
      assertThat(product).isEqualTo("H2");
      assertThat(engineDatabaseType).isEqualTo("h2");
    }
    // Flyway has applied every migration of ours (none pending, none failed), beside Camunda's own schema.
    MigrationInfoService migrations = flyway.info();
    assertThat(migrations.pending()).isEmpty();
    assertThat(migrations.applied()).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void aCaseWithAnAsynchronousStepCommitsItsSideEffectWithTheEngine() {
    String businessKey = "selected-db-" + System.nanoTime();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("fixtureAsyncStep", businessKey);
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(job).isNotNull();
    assertThat(SideEffects.attempts(instance.getId(), "serviceTask_record")).isZero();

    managementService.executeJob(job.getId());

    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("userTask_wait")
        .count()).isEqualTo(1);
    Integer rows = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + SideEffects.TABLE
        + " WHERE process_instance_id = ? AND step = 'serviceTask_record'", Integer.class, instance.getId());
    assertThat(rows).isEqualTo(1);
  }
}
