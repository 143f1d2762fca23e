package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ReferralStart;
import se.familycentre.shared.web.ForgedRequestFilter;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * kill -9 in the middle of a load, on the real referral. The real application runs in a JVM of its own with its job
 * executor on, with the shipped configuration (on H2: application.yaml's URL exactly as it is, so taking
 * {@code WRITE_DELAY=0} out of it fails this test). Four clients work as erik.johansson (bvc, Danderyd/Mörby) does
 * in Tasklist, through the REST API as fast as it answers: each starts a referral with the start form's answers and
 * then records the guardians' consent to social services, which hands the case to social services' own process
 * (two transactions per case). The JVM is killed with SIGKILL mid-load and the application is started again on the
 * same database. Then every case whose start got its 200 is there exactly once with its own referral number, every
 * case whose consent got its 200 has reached social services' task, every other case waits at "Dokumentera
 * samtycke", the figures rows say exactly what the case passed (nothing half-done, nothing duplicated), and the cases
 * go on from there. On the H2 file and on PostgreSQL.
 */
class JvmKilledMidLoadTest {

  private static final String REFERRAL = "familyReferralProcess";
  private static final String SUPPORT = "referralSupportProcess";
  private static final String RECORD_CONSENT = "userTask_recordConsent";
  private static final String ACCEPT_REFERRAL = "userTask_acceptReferral";
  private static final String GIVE_SUPPORT = "userTask_giveSupport";
  private static final String STARTER = "erik.johansson";
  /** sara.berg: preventive social services at Danderyd/Mörby, who receives the ABC programme's referrals. */
  private static final String RECEIVER = "sara.berg";
  private static final int CLIENTS = 4;
  private static final int KILL_AFTER_ANSWERS = 30;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path workDir;

  @Test
  @Timeout(value = 300)
  void killedMidLoadOnTheShippedH2FileEveryAnsweredReferralIsAtItsLastCommittedWaitState() throws Exception {
    Path dataDir = workDir.resolve("data");
    Files.createDirectories(dataDir);
    LoadResult load;
    // no datasource URL of the test's own: application.yaml's, as shipped
    try (ChildApplication child = ChildApplication.start(workDir, List.of(
        "--FAMILYCENTRE_DATA_DIR=" + dataDir.toAbsolutePath(), "--familycentre.demo.users=true"))) {
      load = loadThenKill(child.awaitReady(Duration.ofSeconds(150)));
    }
    try (ApplicationNode restarted = ApplicationNode.startOnH2File("restartH2", dataDir,
        Map.of("camunda.bpm.job-execution.enabled", "false", "familycentre.demo.users", "true"))) {
      verifyAfterRestart(restarted, load);
    }
  }

  @Test
  @Timeout(value = 300)
  void killedMidLoadOnPostgresEveryAnsweredReferralIsAtItsLastCommittedWaitState() throws Exception {
    EmbeddedPostgresServer.acquire();
    try {
      String url = EmbeddedPostgresServer.createDatabase("kill");
      LoadResult load;
      try (ChildApplication child = ChildApplication.start(workDir, List.of("--spring.profiles.active=postgres",
          "--FAMILYCENTRE_DB_URL=" + url, "--FAMILYCENTRE_DB_USER=" + EmbeddedPostgresServer.user(),
          "--FAMILYCENTRE_DB_PASSWORD=", "--familycentre.demo.users=true"))) {
        load = loadThenKill(child.awaitReady(Duration.ofSeconds(150)));
      }
      try (ApplicationNode restarted = ApplicationNode.startOnPostgres("restartPg", url,
          EmbeddedPostgresServer.user(), Map.of("camunda.bpm.job-execution.enabled", "false",
              "familycentre.demo.users", "true"))) {
        verifyAfterRestart(restarted, load);
      }
    } finally {
      EmbeddedPostgresServer.release();
    }
  }

  /**
   * What the clients saw: instances whose start was answered 200, those of them whose consent was answered 200, and
   * how many requests were sent but never answered (in flight at the kill) for a start and for a consent.
   */
  record LoadResult(Set<String> started, Set<String> consented, int startsUnanswered, Set<String> consentUnanswered) {
  }

  private LoadResult loadThenKill(ChildApplication child) throws Exception {
    Set<String> started = ConcurrentHashMap.newKeySet();
    Set<String> consented = ConcurrentHashMap.newKeySet();
    Set<String> consentUnanswered = ConcurrentHashMap.newKeySet();
    AtomicInteger startsUnanswered = new AtomicInteger();
    Map<String, String> refused = new ConcurrentHashMap<>();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        // Bounded: at most 1000 cases per client, and only until the kill.
        for (int i = 0; i < 1000 && !killed.get(); i++) {
          String instance;
          try {
            HttpResponse<String> answer = send(child, "POST", "/engine-rest/process-definition/key/" + REFERRAL
                + "/submit-form", "{\"variables\":" + startForm() + "}");
            if (answer.statusCode() != 200) {
              if (killed.get()) {
                startsUnanswered.incrementAndGet();
              } else {
                refused.put("start " + i, answer.statusCode() + " " + answer.body());
              }
              return;
            }
            instance = JSON.readTree(answer.body()).path("id").asText();
            started.add(instance);
          } catch (IOException e) {
            startsUnanswered.incrementAndGet();
            return;
          } catch (InterruptedException e) {
            startsUnanswered.incrementAndGet();
            Thread.currentThread().interrupt();
            return;
          }
          try {
            HttpResponse<String> tasks = send(child, "GET", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + RECORD_CONSENT, null);
            String task = JSON.readTree(tasks.body()).path(0).path("id").asText();
            HttpResponse<String> answer = send(child, "POST", "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\":" + consentForm() + "}");
            if (answer.statusCode() == 204) {
              consented.add(instance);
            } else if (killed.get()) {
              consentUnanswered.add(instance);
            } else {
              refused.put("consent " + instance, answer.statusCode() + " " + answer.body());
              return;
            }
          } catch (IOException e) {
            consentUnanswered.add(instance);
          } catch (InterruptedException e) {
            consentUnanswered.add(instance);
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (consented.size() < KILL_AFTER_ANSWERS && System.nanoTime() < deadline && refused.isEmpty()) {
      Thread.sleep(20);
    }
    child.kill();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(refused).as("requests refused before the kill").isEmpty();
    assertThat(consented).as("consents answered before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_ANSWERS);
    return new LoadResult(Set.copyOf(started), Set.copyOf(consented), startsUnanswered.get(),
        Set.copyOf(consentUnanswered));
  }

  private static HttpResponse<String> send(ChildApplication child, String method, String path, String json)
      throws IOException, InterruptedException {
    return send(child.uri(""), STARTER, method, path, json);
  }

  private static HttpResponse<String> send(URI base, String user, String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .header("Authorization", ApplicationNode.basic(user, "demo"));
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.header(ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE);
    }
    return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The start form's answers as Tasklist submits them (a child of 1–3 years, a parenting concern). */
  private static String startForm() {
    return json(ReferralStart.at("danderyd-morby").by("bvc").activity("CHILD_HEALTH_VISIT").ageBand("AGE_1_3")
        .concerns("PARENTING").urgency("NORMAL").description("Föräldern känner sig osäker.").submitted());
  }

  /** "Dokumentera samtycke": the guardian (sole custody) consents to social services for six months. */
  private static String consentForm() {
    return json(ConsentAnswers.given("SOCIAL_SERVICES").sharing("Oro för föräldraskapet").purpose("Föräldraskapsstöd")
        .validUntil(LocalDate.now().plusMonths(6)).soleCustody().child(DemoFamilies.personalIdentityNumber(
            LocalDate.now().minusDays(700), 11)).guardian(1, "Sofia Lindberg",
            DemoFamilies.personalIdentityNumber(LocalDate.of(1991, 4, 17), 11), DemoFamilies.fictionPhone(11))
        .submitted());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void verifyAfterRestart(ApplicationNode node, LoadResult load) throws Exception {
    RuntimeService runtime = node.engine().getRuntimeService();
    TaskService tasks = node.engine().getTaskService();
    JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
    List<ProcessInstance> referrals = runtime.createProcessInstanceQuery().processDefinitionKey(REFERRAL).list();
    Map<String, ProcessInstance> byId = referrals.stream()
        .collect(Collectors.toMap(ProcessInstance::getId, instance -> instance));

    // None lost, nothing that was never sent; each case has a referral number of its own.
    assertThat(byId.keySet()).as("referrals answered 200 at their start").containsAll(load.started());
    assertThat(referrals.size() - load.started().size()).as("referrals committed although their answer was lost")
        .isBetween(0, load.startsUnanswered());
    assertThat(referrals.stream().map(ProcessInstance::getBusinessKey).distinct().count())
        .as("referral numbers").isEqualTo(referrals.size());
    assertThat(node.engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(REFERRAL).count()).as("history committed with the cases").isEqualTo(referrals.size());

    // Each case is at its last committed wait state, and the figures rows say exactly what it passed.
    Map<String, Integer> atState = new HashMap<>();
    for (ProcessInstance referral : referrals) {
      List<String> active = runtime.getActiveActivityIds(referral.getId());
      Map<String, Object> figures = jdbc.queryForMap("SELECT consent, path FROM fc_referral_case"
          + " WHERE case_reference = ?", referral.getBusinessKey());
      Integer offers = jdbc.queryForObject("SELECT COUNT(*) FROM fc_referral_offer WHERE case_reference = ?",
          Integer.class, referral.getBusinessKey());
      List<String> support = runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).list()
          .stream().map(ProcessInstance::getId).toList();
      boolean consentCommitted = !support.isEmpty();
      if (load.consented().contains(referral.getId())) {
        assertThat(consentCommitted).as("consent answered 204 for " + referral.getBusinessKey()).isTrue();
      } else if (consentCommitted) {
        assertThat(load.consentUnanswered()).as("consent committed although never answered")
            .contains(referral.getId());
      }
      if (consentCommitted) {
        assertThat(support).hasSize(1);
        assertThat(tasks.createTaskQuery().processInstanceId(support.get(0)).taskDefinitionKey(ACCEPT_REFERRAL)
            .count()).as("social services' task of " + referral.getBusinessKey()).isEqualTo(1);
        assertThat(figures.get("consent")).as("consent in the figures").isNotNull();
        assertThat(offers).as("offers of " + referral.getBusinessKey()).isEqualTo(1);
        atState.merge(ACCEPT_REFERRAL, 1, Integer::sum);
      } else {
        assertThat(active).containsExactly(RECORD_CONSENT);
        assertThat(figures.get("consent")).as("consent in the figures before it was recorded").isNull();
        assertThat(offers).isZero();
        atState.merge(RECORD_CONSENT, 1, Integer::sum);
      }
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_referral_case", Integer.class))
        .as("figures rows, one per committed referral").isEqualTo(referrals.size());
    assertThat(node.engine().getManagementService().createJobQuery().withException().count()).isZero();

    // And they go on from there: social services takes a handed-over case, and a case that waited at its consent
    // (if the kill caught one there) gets it now and reaches social services.
    URI base = URI.create("http://127.0.0.1:" + node.port() + "/engine-rest/engine/" + node.name());
    ProcessInstance handedOver = referrals.stream().map(r -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(r.getId()).singleResult()).filter(java.util.Objects::nonNull).findFirst()
        .orElseThrow();
    Task accept = tasks.createTaskQuery().processInstanceId(handedOver.getId()).taskDefinitionKey(ACCEPT_REFERRAL)
        .singleResult();
    HttpResponse<String> accepted = send(base, RECEIVER, "POST", "/task/" + accept.getId() + "/submit-form",
        "{\"variables\":{\"accepted\":{\"value\":\"true\"},\"firstContactDate\":{\"value\":\""
            + LocalDate.now() + "\"}}}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(handedOver.getId())).as("social services' work after the restart")
        .containsExactly(GIVE_SUPPORT);
    java.util.Optional<ProcessInstance> waiting = referrals.stream().filter(r -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(r.getId()).count() == 0).findFirst();
    if (waiting.isPresent()) {
      Task consent = tasks.createTaskQuery().processInstanceId(waiting.get().getId())
          .taskDefinitionKey(RECORD_CONSENT).singleResult();
      HttpResponse<String> recorded = send(base, STARTER, "POST", "/task/" + consent.getId() + "/submit-form",
          "{\"variables\":" + consentForm() + "}");
      assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);
      assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(waiting.get().getId()).count())
          .as("social services' process after the consent recorded at restart").isOne();
    }
    System.out.printf("kill -9 on %s: %d started (%d unanswered), %d consented (%d unanswered), at restart %s%n",
        node.name(), load.started().size(), load.startsUnanswered(), load.consented().size(),
        load.consentUnanswered().size(), atState);
  }
}
