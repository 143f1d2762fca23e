package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.production.fixtures.Fixtures;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Two officials of the same group complete the same task at the same moment through the REST API (as Tasklist
 * does): exactly one succeeds, the other gets an error answer naming the task, and the case advances once. Runs on
 * H2 and on PostgreSQL.
 */
@FamilyCentreSpringTest
class ConcurrentCompletionPostgresTest {

  @LocalServerPort
  private int port;
  @Autowired
  private DataSource dataSource;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private HistoryService historyService;

  private Fixtures fixtures;

  @BeforeEach
  void setUp() {
    SideEffects.createTable(dataSource);
    fixtures = new Fixtures(repositoryService);
    fixtures.deploy("fixtures/concurrent-task.bpmn");
  }

  @AfterEach
  void tearDown() {
    fixtures.close();
  }

  @Test
  @Timeout(60)
  void twoOfficialsCompletingTheSameTaskAtOnceAdvanceTheCaseOnceAndTheSecondIsToldWhy() throws Exception {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("fixtureConcurrentTask",
        "concurrent-" + System.nanoTime());
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Rest rest = new Rest(port);
    String path = "/engine-rest/task/" + task.getId() + "/complete";
    // Both may work the task (candidate group bvc): erik.johansson and amira.hassan.
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService officials = Executors.newFixedThreadPool(2);
    List<CompletableFuture<Rest.Answer>> answers = new ArrayList<>();
    try {
      for (String official : List.of("erik.johansson", "amira.hassan")) {
        answers.add(CompletableFuture.supplyAsync(() -> {
          try {
            together.await(10, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return rest.post(official, path, "{}");
        }, officials));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);
    } finally {
      officials.shutdownNow();
    }

    List<Rest.Answer> succeeded = answers.stream().map(CompletableFuture::join)
        .filter(answer -> answer.status() == 204).toList();
    List<Rest.Answer> refused = answers.stream().map(CompletableFuture::join)
        .filter(answer -> answer.status() != 204).toList();
    assertThat(succeeded).hasSize(1);
    assertThat(refused).hasSize(1);
    Rest.Answer refusal = refused.get(0);
    assertThat(refusal.status()).isBetween(400, 599);
    assertThat(refusal.body()).contains(task.getId());
    // Overlapping (the usual case here): our guard's message. Later than the winner's commit: the engine's own.
    assertThat(refusal.body()).containsAnyOf("\\\"Besluta\\\" (" + task.getId() + ") har redan slutförts",
        "Cannot find task with id " + task.getId());

    // The case advanced exactly once: one side effect, one pass through the next step, one next task.
    Integer rows = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + SideEffects.TABLE
        + " WHERE process_instance_id = ? AND step = 'serviceTask_after'", Integer.class, instance.getId());
    assertThat(rows).isEqualTo(1);
    // The loser stopped before the next step: its delegate did not even run (and roll back).
    assertThat(SideEffects.attempts(instance.getId(), "serviceTask_after")).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("serviceTask_after").count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("userTask_decide").finished().count()).isEqualTo(1);
    List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly("userTask_next");
    System.out.println("Second completion answered " + refusal.status() + ": " + refusal.body());
  }
}
