package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.production.fixtures.CallRegistryDelegate;
import se.familycentre.production.fixtures.Fixtures;
import se.familycentre.production.fixtures.LocalRegistryServer;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * A step that talks to a register outside the engine, while that register is down: the job retries on the
 * configured schedule (failed-job-retry-time-cycle R3/PT5M), then an incident with a readable message shows; once
 * the register is back, a retry through the REST API (what Cockpit's "retry" does) continues the case where it
 * stopped, and nothing before the failing step is done again.
 */
@FamilyCentreSpringTest
class ExternalCallFailureTest {

  private static final String PROCESS = "fixtureExternalCall";
  private static final String CALL_STEP = "serviceTask_callRegistry";

  @LocalServerPort
  private int port;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private HistoryService historyService;

  private Fixtures fixtures;
  private LocalRegistryServer registry;

  @BeforeEach
  void setUp() {
    SideEffects.createTable(dataSource);
    fixtures = new Fixtures(repositoryService);
    fixtures.deploy("fixtures/external-call.bpmn");
    registry = new LocalRegistryServer();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    registry.close();
    fixtures.close();
  }

  @Test
  void aRegisterThatIsDownIsRetriedOnScheduleThenAnIncidentAndARetryAfterTheFixContinuesWhereItStopped() {
    String caseReference = "external-call-" + System.nanoTime();
    registry.goDown();
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, caseReference,
        Map.of(CallRegistryDelegate.REGISTRY_URL, registry.url()));
    assertThat(sideEffectRows(instance.getId(), "serviceTask_prepare")).isEqualTo(1);

    // Three attempts, five minutes apart (R3/PT5M), each refused by the register.
    Job job = job(instance);
    assertThat(job.getRetries()).isEqualTo(3);
    for (int attempt = 1; attempt <= 3; attempt++) {
      String jobId = job.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("HTTP 503");
      job = job(instance);
      assertThat(job.getRetries()).isEqualTo(3 - attempt);
      if (attempt < 3) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        assertThat(job.getDuedate().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(5)));
        ClockUtil.setCurrentTime(job.getDuedate());
      }
    }
    assertThat(registry.requests()).hasSize(3).allMatch(body -> body.contains(caseReference));

    // An incident, with a message that says what failed and for which case.
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(CALL_STEP);
    assertThat(incident.getIncidentMessage())
        .isEqualTo("Registret svarade HTTP 503 för ärende " + caseReference + " (" + registry.url()
            + "): Registret är tillfälligt ur drift");
    Rest rest = new Rest(port);
    Rest.Answer incidents = rest.get("admin", "/engine-rest/incident?processInstanceId=" + instance.getId());
    assertThat(incidents.status()).isEqualTo(200);
    assertThat(incidents.body()).contains("Registret svarade HTTP 503 för ärende " + caseReference);
    assertThat(job(instance).getExceptionMessage()).isEqualTo(incident.getIncidentMessage());

    // The cause is fixed; the operator retries through the REST API (what Cockpit does).
    registry.recover();
    Rest.Answer retry = rest.put("admin", "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 1}");
    assertThat(retry.status()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    // The job executor would now pick it up; in the test the REST API runs it.
    Rest.Answer execute = rest.post("admin", "/engine-rest/job/" + job.getId() + "/execute", "");
    assertThat(execute.status()).isEqualTo(204);

    // The case continues where it stopped ...
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("userTask_followUp");
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(registry.requests()).hasSize(4);
    // ... and nothing before the failing step was done again.
    assertThat(sideEffectRows(instance.getId(), "serviceTask_prepare")).isEqualTo(1);
    assertThat(SideEffects.attempts(instance.getId(), "serviceTask_prepare")).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("serviceTask_prepare").count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(CALL_STEP).finished().count()).isEqualTo(1);
  }

  private Job job(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private int sideEffectRows(String processInstanceId, String step) {
    return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + SideEffects.TABLE
        + " WHERE process_instance_id = ? AND step = ?", Integer.class, processInstanceId, step);
  }
}
