package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.RestClient;
import se.familycentre.support.WebappLogin;

/** The REST API lets nobody in anonymously, and shows each user only what their authorizations cover. */
@FamilyCentreSpringTest
class RestApiSecurityTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  RestClient rest;
  String bvcTaskId;
  String intakeTaskId;

  @BeforeEach
  void createOneTaskForBvcAndOneForSocialServicesIntake() {
    rest = new RestClient(port);
    bvcTaskId = standaloneTask("Ring familjen " + UUID.randomUUID(), Groups.BVC.id);
    intakeTaskId = standaloneTask("Skyddsbedömning " + UUID.randomUUID(), Groups.SOCIALTJANST_MOTTAGNING.id);
  }

  @AfterEach
  void removeTasks() {
    taskService.deleteTasks(java.util.List.of(bvcTaskId, intakeTaskId), true);
  }

  private String standaloneTask(String name, String group) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    return task.getId();
  }

  @Test
  void anonymousRequestsAreRefusedWith401() {
    assertThat(rest.anonymousGet("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/engine").statusCode()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/user").statusCode()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/task").headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void ourOwnApiRefusesWithASwedishMessageAndNoPasswordPrompt() {
    var anonymous = rest.anonymousGet("/api/register/centres");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    // curl sends its credentials unasked; a challenge would only make browsers remember them
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(anonymous.body()).contains("Inloggning krävs: skicka användarnamn och lösenord med HTTP Basic.");
    var wrong = rest.get("/api/register/centres", "ingen.sadan", "fel-lösenord");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(wrong.body()).contains("Fel användarnamn eller lösenord.");
  }

  @Test
  void aWrongPasswordIsRefusedWith401AndTheRightOneWorksAfterTheShortDelay() {
    var wrong = rest.get("/engine-rest/task", "erik.johansson", "fel-lösenord");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(RestClient.whileDelayed(() -> rest.get("/engine-rest/task", "erik.johansson", "demo"),
        java.net.http.HttpResponse::statusCode).statusCode()).isEqualTo(200);
  }

  @Test
  void aDemoOfficialListsTheTasksOfTheirOwnGroupAndNotAnotherGroups() {
    var response = rest.get("/engine-rest/task?candidateGroup=bvc", "erik.johansson", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(bvcTaskId);

    var everything = rest.get("/engine-rest/task", "erik.johansson", "demo");
    assertThat(everything.statusCode()).isEqualTo(200);
    assertThat(everything.body()).contains(bvcTaskId).doesNotContain(intakeTaskId);

    var intake = rest.get("/engine-rest/task", "johan.holm", "demo");
    assertThat(intake.body()).contains(intakeTaskId).doesNotContain(bvcTaskId);
  }

  @Test
  void anOfficialCannotReadATaskOfAnotherGroupById() {
    var response = rest.get("/engine-rest/task/" + intakeTaskId, "erik.johansson", "demo");
    assertThat(response.statusCode()).isIn(403, 404);
  }

  @Test
  void aManagerSeesTasksButCannotCompleteThem() {
    assertThat(rest.get("/engine-rest/task", "per.andersson", "demo").body()).contains(bvcTaskId, intakeTaskId);

    var complete = rest.postJson("/engine-rest/task/" + bvcTaskId + "/complete", "{}", "per.andersson", "demo");

    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(bvcTaskId).count()).isEqualTo(1);
  }

  @Test
  void anAuditorSeesNoTasksAtAll() {
    var response = rest.get("/engine-rest/task", "ingrid.wallin", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(bvcTaskId).doesNotContain(intakeTaskId);
  }

  @Test
  void anOfficialMayNotCreateUsersOrGrantRights() {
    var response = rest.postJson("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},\"credentials\":{\"password\":\"x\"}}",
        "erik.johansson", "demo");
    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aDemoOfficialCanLogInToTasklistButNotToCockpit() {
    WebappLogin browser = new WebappLogin(port).open();

    var tasklist = browser.login("tasklist", "erik.johansson", "demo");
    var cockpit = browser.login("cockpit", "erik.johansson", "demo");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("\"userId\":\"erik.johansson\"").contains("tasklist");
    assertThat(cockpit.statusCode()).isEqualTo(403);
  }
}
