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
import se.familycentre.support.Rest;
import se.familycentre.support.WebappLogin;

/** The REST API lets nobody in anonymously, and shows each user only what their authorizations cover. */
@FamilyCentreSpringTest
class RestApiSecurityTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  Rest rest;
  String bvcTaskId;
  String intakeTaskId;

  @BeforeEach
  void createOneTaskForBvcAndOneForSocialServicesIntake() {
    rest = new Rest(port);
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
    assertThat(rest.anonymousGet("/engine-rest/task").status()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/user").status()).isEqualTo(401);
    assertThat(rest.anonymousGet("/engine-rest/task").header("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void ourOwnApiRefusesWithASwedishMessageAndNoPasswordPrompt() {
    var anonymous = rest.anonymousGet("/api/register/centres");
    assertThat(anonymous.status()).isEqualTo(401);
    // curl sends its credentials unasked; a challenge would only make browsers remember them
    assertThat(anonymous.header("WWW-Authenticate")).isEmpty();
    assertThat(anonymous.body()).contains("Inloggning krävs: skicka användarnamn och lösenord med HTTP Basic.");
    var wrong = rest.get("ingen.sadan", "fel-lösenord", "/api/register/centres");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).isEmpty();
    assertThat(wrong.body()).contains("Fel användarnamn eller lösenord.");
  }

  @Test
  void aWrongPasswordIsRefusedWith401AndTheRightOneWorksAfterTheShortDelay() {
    var wrong = rest.get("erik.johansson", "fel-lösenord", "/engine-rest/task");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).isPresent();
    assertThat(Rest.whileDelayed(() -> rest.get("erik.johansson", "/engine-rest/task")).status()).isEqualTo(200);
  }

  @Test
  void aDemoOfficialListsTheTasksOfTheirOwnGroupAndNotAnotherGroups() {
    var response = rest.get("erik.johansson", "/engine-rest/task?candidateGroup=bvc");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains(bvcTaskId);

    var everything = rest.get("erik.johansson", "/engine-rest/task");
    assertThat(everything.status()).isEqualTo(200);
    assertThat(everything.body()).contains(bvcTaskId).doesNotContain(intakeTaskId);

    var intake = rest.get("johan.holm", "/engine-rest/task");
    assertThat(intake.body()).contains(intakeTaskId).doesNotContain(bvcTaskId);
  }

  @Test
  void anOfficialCannotReadATaskOfAnotherGroupById() {
    var response = rest.get("erik.johansson", "/engine-rest/task/" + intakeTaskId);
    assertThat(response.status()).isIn(403, 404);
  }

  @Test
  void aManagerSeesTasksButCannotCompleteThem() {
    assertThat(rest.get("per.andersson", "/engine-rest/task").body()).contains(bvcTaskId, intakeTaskId);

    var complete = rest.post("per.andersson", "/engine-rest/task/" + bvcTaskId + "/complete", "{}");

    assertThat(complete.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(bvcTaskId).count()).isEqualTo(1);
  }

  @Test
  void anAuditorSeesNoTasksAtAll() {
    var response = rest.get("ingrid.wallin", "/engine-rest/task");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(bvcTaskId).doesNotContain(intakeTaskId);
  }

  @Test
  void anOfficialMayNotCreateUsersOrGrantRights() {
    var response = rest.post("erik.johansson", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void aDemoOfficialCanLogInToTasklistButNotToCockpit() {
    WebappLogin browser = new WebappLogin(port).open();

    var tasklist = browser.login("tasklist", "erik.johansson", "demo");
    var cockpit = browser.login("cockpit", "erik.johansson", "demo");

    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.body()).contains("\"userId\":\"erik.johansson\"").contains("tasklist");
    assertThat(cockpit.status()).isEqualTo(403);
  }
}
