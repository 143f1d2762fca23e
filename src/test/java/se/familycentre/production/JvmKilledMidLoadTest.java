package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.production.fixtures.SideEffects;
import se.familycentre.shared.web.ForgedRequestFilter;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * kill -9 in the middle of a load. The real application runs in a JVM of its own with its job executor on; clients
 * start cases through the REST API as fast as it answers; the JVM is killed with SIGKILL mid-load; the application
 * is started again on the same database. Every case that got its 200 is there exactly once, every case is at its
 * last committed wait state (a side-effect row exists exactly for each step it has passed), nothing is duplicated
 * or half-done, and the cases go on from there. On the H2 file and on PostgreSQL.
 */
class JvmKilledMidLoadTest {

  private static final String PROCESS = "fixtureKillLoad";
  private static final int CLIENTS = 4;
  private static final int KILL_AFTER_ANSWERS = 40;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @TempDir
  Path workDir;

  @Test
  @Timeout(value = 240)
  void killedMidLoadOnTheH2FileEveryAnsweredCaseIsAtItsLastCommittedWaitState() throws Exception {
    Path dataDir = workDir.resolve("data");
    Files.createDirectories(dataDir);
    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath()
        + "/familycentre", "sa", ""); Statement statement = connection.createStatement()) {
      SideEffects.createTable(statement);
    }
    LoadResult load;
    try (ChildApplication child = ChildApplication.start(workDir,
        List.of("--FAMILYCENTRE_DATA_DIR=" + dataDir.toAbsolutePath(), "--spring.datasource.url=" + ApplicationNode.durableH2Url()))) {
      load = loadThenKill(child.awaitReady(Duration.ofSeconds(150)), "kill-h2-");
    }
    try (ApplicationNode restarted = ApplicationNode.startOnH2File("restartH2", dataDir,
        Map.of("camunda.bpm.job-execution.enabled", "false", "spring.datasource.url", ApplicationNode.durableH2Url()))) {
      verifyAfterRestart(restarted, load);
    }
  }

  @Test
  @Timeout(value = 240)
  void killedMidLoadOnPostgresEveryAnsweredCaseIsAtItsLastCommittedWaitState() throws Exception {
    EmbeddedPostgresServer.acquire();
    try {
      String url = EmbeddedPostgresServer.createDatabase("kill");
      try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.user(), "");
          Statement statement = connection.createStatement()) {
        SideEffects.createTable(statement);
      }
      LoadResult load;
      try (ChildApplication child = ChildApplication.start(workDir, List.of("--spring.profiles.active=postgres",
          "--FAMILYCENTRE_DB_URL=" + url, "--FAMILYCENTRE_DB_USER=" + EmbeddedPostgresServer.user(),
          "--FAMILYCENTRE_DB_PASSWORD="))) {
        load = loadThenKill(child.awaitReady(Duration.ofSeconds(150)), "kill-pg-");
      }
      try (ApplicationNode restarted = ApplicationNode.startOnPostgres("restartPg", url,
          EmbeddedPostgresServer.user(), Map.of("camunda.bpm.job-execution.enabled", "false"))) {
        verifyAfterRestart(restarted, load);
      }
    } finally {
      EmbeddedPostgresServer.release();
    }
  }

  /** What the clients saw: business keys answered 200, and those sent but never answered (in flight at the kill). */
  record LoadResult(Set<String> answered, Set<String> unanswered) {
  }

  private LoadResult loadThenKill(ChildApplication child, String keyPrefix) throws Exception {
    deployFixture(child);
    Set<String> answered = ConcurrentHashMap.newKeySet();
    Set<String> unanswered = ConcurrentHashMap.newKeySet();
    Map<String, String> refused = new ConcurrentHashMap<>();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        // Bounded: at most 2000 starts per client, and only until the kill.
        for (int i = 0; i < 2000 && !killed.get(); i++) {
          String key = keyPrefix + sequence.incrementAndGet();
          try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    child.uri("/engine-rest/process-definition/key/" + PROCESS + "/start"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", ApplicationNode.basic("admin", "admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"businessKey\":\"" + key + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
              answered.add(key);
            } else if (killed.get()) {
              unanswered.add(key);
            } else {
              refused.put(key, answer.statusCode() + " " + answer.body());
            }
          } catch (IOException e) {
            unanswered.add(key);
          } catch (InterruptedException e) {
            unanswered.add(key);
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (answered.size() < KILL_AFTER_ANSWERS && System.nanoTime() < deadline && refused.isEmpty()) {
      Thread.sleep(20);
    }
    child.kill();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(refused).as("starts refused before the kill").isEmpty();
    assertThat(answered).as("starts answered before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_ANSWERS);
    return new LoadResult(Set.copyOf(answered), Set.copyOf(unanswered));
  }

  private static void deployFixture(ChildApplication child) throws IOException, InterruptedException {
    String boundary = "fixture" + System.nanoTime();
    String bpmn = new String(JvmKilledMidLoadTest.class.getResourceAsStream("/fixtures/kill-load.bpmn")
        .readAllBytes(), StandardCharsets.UTF_8);
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "kill-load\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kill-load.bpmn\"; "
        + "filename=\"kill-load.bpmn\"\r\nContent-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary
        + "--\r\n";
    HttpResponse<String> deployed = HTTP.send(HttpRequest.newBuilder(child.uri("/engine-rest/deployment/create"))
        .timeout(Duration.ofSeconds(30)).header("Authorization", ApplicationNode.basic("admin", "admin"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header(ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  private static void verifyAfterRestart(ApplicationNode node, LoadResult load) {
    RuntimeService runtime = node.engine().getRuntimeService();
    ManagementService management = node.engine().getManagementService();
    JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list();

    // None lost, none duplicated, nothing that was never sent.
    Map<String, Long> perKey = instances.stream()
        .collect(Collectors.groupingBy(ProcessInstance::getBusinessKey, Collectors.counting()));
    assertThat(perKey.values()).as("cases per business key").allMatch(count -> count == 1);
    assertThat(perKey.keySet()).containsAll(load.answered());
    Set<String> committedButUnanswered = perKey.keySet().stream()
        .filter(key -> !load.answered().contains(key)).collect(Collectors.toSet());
    assertThat(load.unanswered()).as("cases committed although their answer was lost in the kill")
        .containsAll(committedButUnanswered);
    assertThat(instances).hasSize(load.answered().size() + committedButUnanswered.size());
    // History was committed with them.
    assertThat(node.engine().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .count()).isEqualTo(instances.size());

    // Each case is at its last committed wait state, and its side effects say exactly which steps it passed.
    Map<String, Integer> atState = new HashMap<>();
    for (ProcessInstance instance : instances) {
      List<String> active = runtime.getActiveActivityIds(instance.getId());
      assertThat(active).hasSize(1);
      String state = active.get(0);
      List<String> steps = jdbc.queryForList("SELECT step FROM " + SideEffects.TABLE
          + " WHERE process_instance_id = ? ORDER BY step", String.class, instance.getId());
      switch (state) {
        case "serviceTask_first" -> assertThat(steps).isEmpty();
        case "serviceTask_second" -> assertThat(steps).containsExactly("serviceTask_first");
        case "userTask_wait" -> assertThat(steps).containsExactly("serviceTask_first", "serviceTask_second");
        default -> throw new AssertionError("Case " + instance.getBusinessKey() + " stands at " + state);
      }
      atState.merge(state, 1, Integer::sum);
    }
    assertThat(management.createJobQuery().processDefinitionKey(PROCESS).withException().count()).isZero();

    // And they go on from there: every outstanding step runs once, every case reaches the user task.
    for (int round = 0; round < 3; round++) {
      for (Job job : management.createJobQuery().processDefinitionKey(PROCESS).list()) {
        management.executeJob(job.getId());
      }
    }
    assertThat(management.createJobQuery().processDefinitionKey(PROCESS).count()).isZero();
    assertThat(node.engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS)
        .taskDefinitionKey("userTask_wait").count()).isEqualTo(instances.size());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + SideEffects.TABLE, Integer.class))
        .isEqualTo(2 * instances.size());
    System.out.printf("kill -9 on %s: %d answered, %d unanswered (%d of them committed), at restart %s%n",
        node.name(), load.answered().size(), load.unanswered().size(), committedButUnanswered.size(), atState);
  }
}
