package se.familycentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.HttpFrom;

/**
 * No state change through Camunda's REST API or ours from a request a foreign web page can make the browser send
 * (a simple content type or none, no header of its own), even with the browser's remembered credentials; what a
 * browser cannot forge (JSON, PUT and DELETE, which make it ask first) is unchanged. The consent withdrawal is
 * proven in ReferralRestTest.
 */
@FamilyCentreSpringTest
class ForgedRequestTest {

  static final String OUR_HEADER = ForgedRequestFilter.HEADER;

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;

  HttpFrom http;
  String taskId;

  @BeforeEach
  void aStandaloneTask() {
    http = new HttpFrom("127.0.0.1", port);
    Task task = taskService.newTask();
    task.setName("Förfalskat anrop " + UUID.randomUUID());
    taskService.saveTask(task);
    taskId = task.getId();
  }

  @AfterEach
  void removeTheTask() {
    if (taskService.createTaskQuery().taskId(taskId).count() > 0) {
      taskService.deleteTask(taskId, true);
    }
  }

  HttpFrom.Answer asAdmin(String method, String path, Map<String, String> headers, String body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Authorization", HttpFrom.basic("admin", "admin"));
    return http.send(method, path, all, body);
  }

  long deployments(String name) {
    return repositoryService.createDeploymentQuery().deploymentName(name).count();
  }

  @Test
  void aMultipartDeploymentWithoutOurHeaderIsRefusedAndNothingIsDeployed() {
    String name = "forged-" + UUID.randomUUID();
    String boundary = "forged" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"note.txt\"; filename=\"note.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nett försök\r\n--" + boundary + "--\r\n";
    Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data; boundary=" + boundary);

    HttpFrom.Answer forged = asAdmin("POST", "/engine-rest/deployment/create", multipart, body);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("\"type\":\"ForgedRequestRefused\"")
        .contains("Ett ändrande anrop måste ha huvudet X-Requested-By: familjecentral");
    assertThat(forged.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(deployments(name)).isZero();

    Map<String, String> withHeader = new LinkedHashMap<>(multipart);
    withHeader.put(OUR_HEADER, ForgedRequestFilter.VALUE);
    HttpFrom.Answer deployed = asAdmin("POST", "/engine-rest/deployment/create", withHeader, body);
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(deployments(name)).isOne();
    repositoryService.deleteDeployment(repositoryService.createDeploymentQuery().deploymentName(name)
        .singleResult().getId(), true);
  }

  @Test
  void aFormTextOrEmptyPostToTheEngineRestWithoutOurHeaderChangesNothing() {
    String complete = "/engine-rest/task/" + taskId + "/complete";
    for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain;charset=UTF-8",
        "multipart/form-data; boundary=x"}) {
      assertThat(asAdmin("POST", complete, Map.of("Content-Type", type), "{}").status()).as(type).isEqualTo(403);
    }
    assertThat(asAdmin("POST", complete, Map.of(), null).status()).as("no body, no type").isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    // JSON cannot come from a foreign page without the browser asking first: unchanged for every client
    assertThat(asAdmin("POST", complete, Map.of("Content-Type", "application/json"), "{}").status())
        .isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  void aDeleteToTheEngineRestNeedsNoHeaderButOneToOurApiDoes() {
    // a browser asks before it sends a DELETE to another site, and we allow no foreign site
    assertThat(asAdmin("DELETE", "/engine-rest/task/" + taskId, Map.of(), null).status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();

    // our own API asks every state change for the header and JSON
    HttpFrom.Answer delete = http.send("DELETE", "/api/referral/REF-2026-000001/consent-withdrawn",
        Map.of("Authorization", HttpFrom.basic("erik.johansson", "demo")), null);
    assertThat(delete.status()).isEqualTo(403);
    assertThat(delete.body()).contains("X-Requested-By");
    HttpFrom.Answer anonymous = http.send("POST", "/api/referral/REF-2026-000001/consent-withdrawn",
        Map.of("Content-Type", "text/plain"), "x");
    assertThat(anonymous.status()).as("refused before anyone is asked who they are").isEqualTo(403);
  }
}
