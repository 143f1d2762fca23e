package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.demo.DemoUsers;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.engine.guard.comments.AttachmentCreators;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.Rest.Answer;
import se.familycentre.support.WebappSession;

/**
 * Comments and attachments on social services' intake task of a report of concern (and on health care's consent
 * task), through the real REST API and the engine's Java API as real users: only the task's assignee and the members
 * of its candidate groups at its own centre read and write them, never ledning or revision, and nobody changes or
 * deletes another's (see {@code shared/engine/guard/comments}). Every refusal shows no comment text and no file name,
 * and changes nothing.
 */
@FamilyCentreSpringTest
class TaskCommentsAndAttachmentsTest {

  static final String INTAKE = "johan.holm";
  /** A second member of social services' intake at Mörby (the demo data has one). */
  static final String COLLEAGUE = "notes.mottagning";

  static final String COMMENT_TEXT = "Mamman ringde: pappan har varit hotfull mot barnet i helgen.";
  static final String FILE_NAME = "hembesok-anteckning.txt";
  static final String FILE_CONTENT = "Anteckning från hembesöket: barnet var rädd och ville inte gå hem.";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired AttachmentCreators attachmentCreators;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  /** A report of concern by erik (bvc, Mörby) and the intake's open task for social services' intake. */
  record Intake(ProcessInstance referral, ProcessInstance instance, Task task) {
  }

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
    if (identityService.createUserQuery().userId(COLLEAGUE).count() == 0) {
      User colleague = identityService.newUser(COLLEAGUE);
      colleague.setFirstName("Kollega");
      colleague.setLastName("Mottagning");
      colleague.setPassword("demo");
      identityService.saveUser(colleague);
      identityService.createMembership(COLLEAGUE, Groups.SOCIALTJANST_MOTTAGNING.id);
      identityService.createTenantUserMembership(DemoUsers.DANDERYD_MORBY, COLLEAGUE);
    }
  }

  Intake intake() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_MUNICIPALITY, "Danderyd")
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet säger att det inte får mat hemma."));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    return new Intake(referral, instance, s.task(instance, ReportOfConcernProcess.Ids.ASSESS_PROTECTION));
  }

  /** The intake task with a comment and an attachment of the intake official's. */
  record Notes(Intake intake, String taskId, String commentId, String attachmentId) {
  }

  Notes intakeWithNotes() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    return new Notes(intake, taskId, comment(INTAKE, taskId, COMMENT_TEXT), attach(INTAKE, taskId, FILE_NAME,
        FILE_CONTENT));
  }

  // ----- the doors, as the REST API offers them

  String comment(String user, String taskId, String text) {
    return comment(user, taskId, text, null);
  }

  /**
   * A comment filed under the task's process instance too, as Tasklist does with its option
   * {@code assignProcessInstanceIdToTaskComment} (else a task's comment has no process instance and is not among the
   * instance's comments at all).
   */
  String commentInCase(String user, Intake intake, String text) {
    return comment(user, intake.task().getId(), text, intake.instance().getId());
  }

  String comment(String user, String taskId, String text, String processInstanceId) {
    Answer answer = rest.post(user, "/engine-rest/task/" + taskId + "/comment/create", "{\"message\": " + json(text)
        + (processInstanceId == null ? "" : ", \"processInstanceId\": \"" + processInstanceId + "\"") + "}");
    assertThat(answer.status()).as(user + " comments: " + answer.body()).isEqualTo(200);
    return answer.json().get("id").asText();
  }

  /** An attachment filed under the task's process instance too (the Java API's way; REST gives none). */
  void attachInCase(String user, Intake intake, String name, String content) {
    AsUser.run(identityService, user, () -> attachThroughJava(intake.task().getId(), intake.instance().getId(),
        name, content));
  }

  Attachment attachThroughJava(String taskId, String processInstanceId, String name, String content) {
    return taskService.createAttachment("text/plain", taskId, processInstanceId, name, null,
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each call, made as {@code user} through the engine's Java API, is refused with {@code message} in its text. */
  void refusedAs(String user, String message, ThrowingCallable... calls) {
    AsUser.run(identityService, user, () -> {
      for (ThrowingCallable call : calls) {
        assertThatThrownBy(call).as(user).isInstanceOf(AuthorizationException.class).hasMessageContaining(message)
            .hasMessageNotContaining(COMMENT_TEXT).hasMessageNotContaining(FILE_NAME);
      }
    });
  }

  Answer attachAnswer(String user, String taskId, String name, String content) {
    return rest.postMultipart(user, "/engine-rest/task/" + taskId + "/attachment/create",
        Map.of("attachment-name", name, "attachment-type", "text/plain"), "content", name, content);
  }

  String attach(String user, String taskId, String name, String content) {
    Answer answer = attachAnswer(user, taskId, name, content);
    assertThat(answer.status()).as(user + " attaches: " + answer.body()).isEqualTo(200);
    return answer.json().get("id").asText();
  }

  static String json(String text) {
    try {
      return Rest.JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the engine holds, asked without any user (no guard): the truth to compare refusals with. */
  List<String> commentTexts(String taskId) {
    return taskService.getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
  }

  List<String> attachmentNames(String taskId) {
    return taskService.getTaskAttachments(taskId).stream().map(Attachment::getName).toList();
  }

  static void assertRefusedWithoutSecrets(Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).doesNotContain(COMMENT_TEXT).doesNotContain(FILE_NAME).doesNotContain(FILE_CONTENT)
        .doesNotContain("hotfull").doesNotContain("hembesok");
  }

  static void assertForbidden(Answer answer) {
    assertRefusedWithoutSecrets(answer, 403);
    assertThat(answer.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(answer.json().get("message").asText()).containsAnyOf("visas bara", "skrivs bara", "bara ändra",
        "tas bort på en gång bara", "bara av administratörer");
  }

  static List<String> texts(Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return StreamSupport.stream(answer.json().spliterator(), false).map(n -> n.get(field).asText()).toList();
  }

  // ----- the positive control

  @Test
  void theIntakeOfficialCommentsAndAttachesOnHisTaskAndReadsThemBackThroughEveryDoor() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String commentId = commentInCase(INTAKE, intake, COMMENT_TEXT);
    String attachmentId = attach(INTAKE, taskId, FILE_NAME, FILE_CONTENT);

    assertThat(texts(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/comment"), "message"))
        .containsExactly(COMMENT_TEXT);
    assertThat(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/comment/" + commentId).json().get("userId")
        .asText()).isEqualTo(INTAKE);
    assertThat(texts(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/attachment"), "name"))
        .containsExactly(FILE_NAME);
    assertThat(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/attachment/" + attachmentId).status())
        .isEqualTo(200);
    assertThat(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/attachment/" + attachmentId + "/data").body())
        .isEqualTo(FILE_CONTENT);
    AsUser.run(identityService, INTAKE, () -> {
      assertThat(taskService.getProcessInstanceComments(intake.instance().getId()))
          .extracting(Comment::getFullMessage).containsExactly(COMMENT_TEXT);
      assertThat(taskService.getTaskComments(taskId)).extracting(Comment::getFullMessage)
          .containsExactly(COMMENT_TEXT);
      assertThat(taskService.getAttachment(attachmentId).getName()).isEqualTo(FILE_NAME);
      assertThat(taskService.getTaskEvents(taskId)).isNotEmpty();
    });
    assertThat(jdbc.queryForObject("SELECT user_id FROM fc_attachment_creator WHERE attachment_id = ?",
        String.class, attachmentId)).as("the creator is recorded").isEqualTo(INTAKE);
  }

  // ----- ledning and revision: nothing at all

  @ParameterizedTest
  @ValueSource(strings = {"per.andersson", "ingrid.wallin"})
  void managementAndAuditReadNoCommentOrAttachmentOfTheIntakeTask(String overseer) {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String commentId = commentInCase(INTAKE, intake, COMMENT_TEXT);
    String attachmentId = attach(INTAKE, taskId, FILE_NAME, FILE_CONTENT);
    attachInCase(INTAKE, intake, "i-arendet-" + FILE_NAME, FILE_CONTENT);
    String task = "/engine-rest/task/" + taskId;

    assertForbidden(rest.get(overseer, task + "/comment"));
    assertForbidden(rest.get(overseer, task + "/comment/" + commentId));
    assertForbidden(rest.get(overseer, task + "/attachment"));
    assertForbidden(rest.get(overseer, task + "/attachment/" + attachmentId));
    assertForbidden(rest.get(overseer, task + "/attachment/" + attachmentId + "/data"));
    Answer instanceWide = rest.get(overseer, "/engine-rest/process-instance/" + intake.instance().getId()
        + "/comment");
    assertRefusedWithoutSecrets(instanceWide, 200);
    assertThat(instanceWide.json()).as("a process instance's comments: none of tasks ledning may not read").isEmpty();
    assertThat(texts(rest.get("admin", "/engine-rest/process-instance/" + intake.instance().getId() + "/comment"),
        "message")).as("while there is one").containsExactly(COMMENT_TEXT);
    refusedAs(overseer, "aldrig för förvaltningsledning eller revision", () -> taskService.getTaskComments(taskId),
        () -> taskService.getTaskEvents(taskId), () -> taskService.getTaskAttachments(taskId));
    // by the attachment's id alone, the refusal does not tell whose task it is on
    refusedAs(overseer, "Bilagan " + attachmentId + " visas bara", () -> taskService.getAttachment(attachmentId),
        () -> taskService.getAttachmentContent(attachmentId));
    AsUser.run(identityService, overseer, () -> {
      assertThat(taskService.getProcessInstanceComments(intake.instance().getId())).isEmpty();
      assertThat(taskService.getProcessInstanceAttachments(intake.instance().getId())).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"per.andersson", "ingrid.wallin"})
  void managementAndAuditWriteNoCommentOrAttachmentOnTheIntakeTask(String overseer) {
    Intake intake = intake();
    String taskId = intake.task().getId();

    Answer commented = rest.post(overseer, "/engine-rest/task/" + taskId + "/comment/create",
        "{\"message\": " + json(COMMENT_TEXT) + "}");
    assertRefusedWithoutSecrets(commented, 400);
    Answer attached = attachAnswer(overseer, taskId, FILE_NAME, FILE_CONTENT);
    assertRefusedWithoutSecrets(attached, 400);
    refusedAs(overseer, "förvaltningsledning och revision skriver inga",
        () -> taskService.createComment(taskId, null, "Ledningens kommentar."),
        () -> attachThroughJava(taskId, null, "ledningen.txt", "Ledningens bilaga."));
    assertThat(commentTexts(taskId)).isEmpty();
    assertThat(attachmentNames(taskId)).isEmpty();
  }

  @Test
  void aManagerMadeTheTasksAssigneeStillReadsAndWritesNoNotes() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    comment(INTAKE, taskId, COMMENT_TEXT);
    taskService.setAssignee(taskId, "per.andersson");

    assertForbidden(rest.get("per.andersson", "/engine-rest/task/" + taskId + "/comment"));
    refusedAs("per.andersson", "skrivs bara", () -> taskService.createComment(taskId, null, "Chefens kommentar."));
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);
  }

  @Test
  void anAuditorCannotDeleteTheIntakeOfficialsAttachment() {
    Notes notes = intakeWithNotes();
    String taskId = notes.taskId();
    String attachmentId = notes.attachmentId();

    Answer deleted = rest.delete("ingrid.wallin", "/engine-rest/task/" + taskId + "/attachment/" + attachmentId);
    assertRefusedWithoutSecrets(deleted, 404);
    refusedAs("ingrid.wallin", "visas bara", () -> taskService.deleteAttachment(attachmentId),
        () -> taskService.deleteTaskAttachment(taskId, attachmentId));
    assertThat(attachmentNames(taskId)).containsExactly(FILE_NAME);
    assertThat(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/attachment/" + attachmentId + "/data").body())
        .isEqualTo(FILE_CONTENT);
  }

  // ----- other organisations and other centres

  @Test
  void healthCareAtTheSameCentreReachesNoneOfSocialServicesNotes() {
    Notes notes = intakeWithNotes();
    String taskId = notes.taskId();
    String task = "/engine-rest/task/" + taskId;
    String erik = "erik.johansson";

    // the engine itself hides the task from him (404 before any comment is looked at); by id, the guard refuses
    assertRefusedWithoutSecrets(rest.get(erik, task + "/comment"), 404);
    assertForbidden(rest.get(erik, task + "/comment/" + notes.commentId()));
    assertForbidden(rest.get(erik, task + "/attachment/" + notes.attachmentId()));
    assertForbidden(rest.get(erik, task + "/attachment/" + notes.attachmentId() + "/data"));
    refusedAs(erik, "visas bara", () -> taskService.getTaskComments(taskId),
        () -> taskService.getTaskAttachments(taskId));
    refusedAs(erik, "skrivs bara", () -> taskService.createComment(taskId, null, "Jag vill också skriva här."));
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);
  }

  @Test
  void anotherCentresChildHealthNurseReachesNoNotesOfAMorbyChildHealthTask() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "PARENTING");
    String taskId = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT).getId();
    String commentId = comment("erik.johansson", taskId, COMMENT_TEXT);
    String amira = "amira.hassan";

    assertForbidden(rest.get(amira, "/engine-rest/task/" + taskId + "/comment/" + commentId));
    refusedAs(amira, "vid den egna familjecentralen", () -> taskService.getTaskComments(taskId),
        () -> taskService.getTaskComment(taskId, commentId),
        () -> taskService.createComment(taskId, null, "Från Rinkeby."));
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);
    // the same group at the task's own centre reads it (the positive control for the tenant rule)
    assertThat(texts(rest.get("erik.johansson", "/engine-rest/task/" + taskId + "/comment"), "message"))
        .containsExactly(COMMENT_TEXT);
  }

  // ----- one's own only

  @Test
  void anOfficialCannotChangeOrDeleteAColleaguesCommentInHisOwnGroup() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String colleagues = comment(COLLEAGUE, taskId, COMMENT_TEXT);
    String own = comment(INTAKE, taskId, "Jag ringer upp mamman i morgon.");
    String task = "/engine-rest/task/" + taskId + "/comment";

    assertForbidden(rest.delete(INTAKE, task + "/" + colleagues));
    assertForbidden(rest.put(INTAKE, task, "{\"id\": \"" + colleagues + "\", \"message\": \"Ändrad av Johan\"}"));
    assertForbidden(rest.delete(INTAKE, task));
    assertThat(commentTexts(taskId)).containsExactlyInAnyOrder(COMMENT_TEXT, "Jag ringer upp mamman i morgon.");
    assertThat(taskService.getTaskComment(taskId, colleagues).getUserId()).isEqualTo(COLLEAGUE);

    // his own he may change and delete
    assertThat(rest.put(INTAKE, task, "{\"id\": \"" + own + "\", \"message\": \"Ringde mamman.\"}").status())
        .isEqualTo(204);
    assertThat(rest.delete(INTAKE, task + "/" + own).status()).isEqualTo(204);
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);
  }

  @Test
  void anOfficialCannotChangeOrDeleteAColleaguesAttachmentInHisOwnGroup() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String colleagues = attach(COLLEAGUE, taskId, FILE_NAME, FILE_CONTENT);
    String own = attach(INTAKE, taskId, "egen.txt", "Egen anteckning.");

    assertRefusedWithoutSecrets(rest.delete(INTAKE, "/engine-rest/task/" + taskId + "/attachment/" + colleagues),
        404);
    Attachment renamed = taskService.getAttachment(colleagues);
    renamed.setName("omdopt.txt");
    refusedAs(INTAKE, "dina egna bilagor", () -> taskService.deleteAttachment(colleagues),
        () -> taskService.saveAttachment(renamed));
    assertThat(attachmentNames(taskId)).containsExactlyInAnyOrder(FILE_NAME, "egen.txt");

    assertThat(rest.delete(INTAKE, "/engine-rest/task/" + taskId + "/attachment/" + own).status()).isEqualTo(204);
    assertThat(attachmentNames(taskId)).containsExactly(FILE_NAME);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_attachment_creator WHERE attachment_id = ?",
        Integer.class, own)).as("the deleted attachment's creator is forgotten").isZero();
  }

  @Test
  void anAdministratorMayDeleteAnyonesCommentAndAttachment() {
    Notes notes = intakeWithNotes();
    String taskId = notes.taskId();
    String task = "/engine-rest/task/" + taskId;

    assertThat(texts(rest.get("admin", task + "/comment"), "message")).containsExactly(COMMENT_TEXT);
    assertThat(rest.delete("admin", task + "/comment/" + notes.commentId()).status()).isEqualTo(204);
    assertThat(rest.delete("admin", task + "/attachment/" + notes.attachmentId()).status()).isEqualTo(204);
    assertThat(commentTexts(taskId)).isEmpty();
    assertThat(attachmentNames(taskId)).isEmpty();
  }

  // ----- the process instance's notes

  @Test
  void aProcessInstancesNotesShowOnlyThoseOfReadableTasksAndNoneOfTheInstanceItself() {
    Intake intake = intake();
    String instanceId = intake.instance().getId();
    commentInCase(INTAKE, intake, COMMENT_TEXT);
    attachInCase(INTAKE, intake, FILE_NAME, FILE_CONTENT);
    AsUser.run(identityService, "admin", () -> {
      taskService.createComment(null, instanceId, "Administratörens anteckning om hela ärendet.");
      attachThroughJava(null, instanceId, "hela-arendet.txt", "Om hela ärendet.");
    });

    // (the REST door of a process instance's comments is the engine's to open: it needs the historic instance,
    // which officials cannot read; the Java API asks no such thing)
    AsUser.run(identityService, INTAKE, () -> {
      assertThat(taskService.getProcessInstanceComments(instanceId)).extracting(Comment::getFullMessage)
          .containsExactly(COMMENT_TEXT);
      assertThat(taskService.getProcessInstanceAttachments(instanceId)).extracting(Attachment::getName)
          .containsExactly(FILE_NAME);
    });
    assertThat(texts(rest.get("admin", "/engine-rest/process-instance/" + instanceId + "/comment"), "message"))
        .containsExactlyInAnyOrder(COMMENT_TEXT, "Administratörens anteckning om hela ärendet.");
    AsUser.run(identityService, "admin", () -> assertThat(taskService.getProcessInstanceAttachments(instanceId))
        .extracting(Attachment::getName).containsExactlyInAnyOrder(FILE_NAME, "hela-arendet.txt"));
  }

  @Test
  void notesOfAWholeProcessInstanceAreWrittenByAdministratorsOnly() {
    Intake intake = intake();
    String instanceId = intake.instance().getId();
    refusedAs(INTAKE, "bara av administratörer", () -> taskService.createComment(null, instanceId, COMMENT_TEXT),
        () -> attachThroughJava(null, instanceId, FILE_NAME, FILE_CONTENT));
    assertThat(taskService.getProcessInstanceComments(instanceId)).isEmpty();
    assertThat(taskService.getProcessInstanceAttachments(instanceId)).isEmpty();
  }

  @Test
  void aCommentCannotBeFiledUnderAnotherCasesProcessInstance() {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String otherInstance = intake.referral().getId();

    Answer answer = rest.post(INTAKE, "/engine-rest/task/" + taskId + "/comment/create",
        "{\"message\": " + json(COMMENT_TEXT) + ", \"processInstanceId\": \"" + otherInstance + "\"}");
    assertRefusedWithoutSecrets(answer, 400);
    refusedAs(INTAKE, "hör inte till processinstansen", () -> taskService.createComment(taskId, otherInstance,
        COMMENT_TEXT), () -> attachThroughJava(taskId, otherInstance, FILE_NAME, FILE_CONTENT));
    assertThat(taskService.getProcessInstanceComments(otherInstance)).isEmpty();
    assertThat(taskService.getProcessInstanceAttachments(otherInstance)).isEmpty();
    assertThat(commentTexts(taskId)).isEmpty();
  }

  // ----- guessed ids, finished tasks, tasks that do not exist

  @Test
  void aCommentIdOfAnotherTaskShowsNothingThroughOnesOwnTask() {
    Intake intake = intake();
    ProcessInstance healthCare = s.startAsErik("AGE_1_3", "PARENTING");
    String consentTask = s.task(healthCare, ReferralProcess.Ids.RECORD_CONSENT).getId();
    String erikComment = comment("erik.johansson", consentTask, COMMENT_TEXT);

    // johan names his own task and erik's comment: not found there, and nothing of it shown
    Answer guessed = rest.get(INTAKE, "/engine-rest/task/" + intake.task().getId() + "/comment/" + erikComment);
    assertRefusedWithoutSecrets(guessed, 404);
    // naming erik's task is refused
    assertForbidden(rest.get(INTAKE, "/engine-rest/task/" + consentTask + "/comment/" + erikComment));
  }

  @Test
  void aFinishedTasksNotesStayWithItsGroupAndAreClosedForWriting() {
    Notes notes = intakeWithNotes();
    String taskId = notes.taskId();
    s.completeAs(INTAKE, notes.intake().task(), Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT,
        "Hembesök i dag, inget akut skyddsbehov"));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("finished").isZero();

    assertThat(texts(rest.get(INTAKE, "/engine-rest/task/" + taskId + "/comment"), "message"))
        .containsExactly(COMMENT_TEXT);
    assertThat(texts(rest.get(COLLEAGUE, "/engine-rest/task/" + taskId + "/attachment"), "name"))
        .as("a member of the task's candidate group, from the identity link log").containsExactly(FILE_NAME);
    for (String outsider : List.of("per.andersson", "ingrid.wallin", "erik.johansson")) {
      refusedAs(outsider, "visas bara", () -> taskService.getTaskComments(taskId));
    }
    refusedAs(INTAKE, "medan uppgiften är öppen", () -> taskService.createComment(taskId, null, "I efterhand."));
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);
  }

  @Test
  void notesOnATaskThatDoesNotExistAreRefused() {
    String noSuchTask = "no-such-task-" + System.nanoTime();
    // (the engine itself would file the comment under the made-up id)
    refusedAs(INTAKE, "skrivs bara", () -> taskService.createComment(noSuchTask, null, COMMENT_TEXT));
    refusedAs(INTAKE, "visas bara för uppgiftens handläggare", () -> taskService.getTaskComments(noSuchTask));
    assertThat(commentTexts(noSuchTask)).isEmpty();
  }

  // ----- the history's doors

  @ParameterizedTest
  @ValueSource(strings = {"per.andersson", "ingrid.wallin"})
  void theOperationLogShowsManagementAndAuditNoCommentTextOrFileName(String overseer) {
    Intake intake = intake();
    String taskId = intake.task().getId();
    String commentId = comment(INTAKE, taskId, "Första versionen.");
    assertThat(rest.put(INTAKE, "/engine-rest/task/" + taskId + "/comment", "{\"id\": \"" + commentId
        + "\", \"message\": " + json(COMMENT_TEXT) + "}").status()).isEqualTo(204);
    attach(INTAKE, taskId, FILE_NAME, FILE_CONTENT);
    String log = "/engine-rest/history/user-operation?taskId=" + taskId;

    Answer official = rest.get(INTAKE, log);
    assertThat(official.body()).as("the official reads his own task's log").contains(COMMENT_TEXT, FILE_NAME);
    Answer seen = rest.get(overseer, log);
    assertRefusedWithoutSecrets(seen, 200);
    assertThat(seen.body()).doesNotContain("Första versionen");
    List<String> operations = StreamSupport.stream(seen.json().spliterator(), false)
        .map(e -> e.get("operationType").asText()).toList();
    assertThat(operations).as("who did what and when stays visible").contains("UpdateComment", "AddAttachment");
    for (JsonNode entry : seen.json()) {
      if (List.of("Comment", "Attachment").contains(entry.get("entityType").asText())) {
        assertThat(entry.get("orgValue").isNull()).isTrue();
        assertThat(entry.get("newValue").isNull()).isTrue();
      }
    }
  }

  // ----- the webapps' own door (Tasklist's comments; Cockpit for ledning)

  @Test
  void throughTheWebappsOwnApiTheOfficialCommentsAndTheManagerReadsNothing() {
    Intake intake = intake();
    String taskId = intake.task().getId();

    Rest.Answer created = WebappSession.signIn(port, processEngine, INTAKE, "tasklist").engine("POST",
        "/task/" + taskId + "/comment/create", "{\"message\": " + json(COMMENT_TEXT) + "}");
    assertThat(created.status()).as("Tasklist's comment, for the official: " + created.body()).isEqualTo(200);
    assertThat(commentTexts(taskId)).containsExactly(COMMENT_TEXT);

    Rest.Answer read = WebappSession.signIn(port, processEngine, "per.andersson", "cockpit").engine("GET",
        "/task/" + taskId + "/comment", null);
    assertThat(read.status()).as(read.body()).isEqualTo(403);
    assertThat(read.body()).doesNotContain(COMMENT_TEXT).contains("aldrig för förvaltningsledning eller revision");
  }

  // ----- the creators' table

  @Test
  void theCreatorOfAnAttachmentTheEngineRemovedByItselfIsForgotten() {
    String taskId = "notes-standalone-" + System.nanoTime();
    Task task = taskService.newTask(taskId);
    task.setName("Fristående uppgift");
    task.setTenantId(DemoUsers.DANDERYD_MORBY);
    taskService.saveTask(task);
    taskService.addCandidateGroup(taskId, Groups.SOCIALTJANST_MOTTAGNING.id);
    String attachmentId = attach(INTAKE, taskId, FILE_NAME, FILE_CONTENT);
    String creator = "SELECT COUNT(*) FROM fc_attachment_creator WHERE attachment_id = ?";
    assertThat(jdbc.queryForObject(creator, Integer.class, attachmentId)).isEqualTo(1);

    // the engine's own removal (here: the task with its history), which no guard sees
    taskService.deleteTask(taskId, true);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).count()).isZero();
    assertThat(jdbc.queryForObject(creator, Integer.class, attachmentId)).as("left behind").isEqualTo(1);

    assertThat(attachmentCreators.forgetRemoved()).isPositive();
    assertThat(jdbc.queryForObject(creator, Integer.class, attachmentId)).isZero();
  }
}
