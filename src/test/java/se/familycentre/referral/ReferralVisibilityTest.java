package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.familycentre.referral.ReferralTestSupport.accept;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Access follows secrecy, shown with real users (engine API as the user, and the REST API with their password):
 * own organisation at own centre only; health care never reads social services' assessment and vice versa; the
 * referring organisation never reads the receiving organisation's notes; management and audit see state, never
 * variable values.
 */
@FamilyCentreSpringTest
class ReferralVisibilityTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  /** A report of concern by erik (bvc), assessed by johan (socialtjanst-mottagning): returns the intake. */
  ProcessInstance assessedReport(ProcessInstance referral) {
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_MUNICIPALITY, "Danderyd")
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet säger att det inte får mat hemma."));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    s.completeAs("johan.holm", s.task(intake, ReportOfConcernProcess.Ids.ASSESS_PROTECTION),
        Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, "Hembesök i dag, inget akut skyddsbehov"));
    return intake;
  }

  @Test
  void healthCareCannotSeeOrReadSocialServicesAssessment() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    ProcessInstance intake = assessedReport(referral);
    Task decision = s.task(intake, ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION);

    // social services' intake sees and reads its own task (the positive control)
    assertThat(AsUser.call(identityService, "johan.holm", () -> taskService.getVariables(decision.getId())))
        .containsKey(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT);
    // the reporter (bvc) does not
    AsUser.run(identityService, "erik.johansson", () -> {
      assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isZero();
      assertThatThrownBy(() -> taskService.getVariables(decision.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.getVariables(intake.getId())).isInstanceOf(AuthorizationException.class);
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(intake.getId()).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(intake.getId()).count())
          .isZero();
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(intake.getId()).count())
          .isZero();
    });
    assertThat(rest.get("erik.johansson", "/engine-rest/task?processInstanceId=" + intake.getId()).json())
        .isEmpty();
    assertThat(rest.get("erik.johansson", "/engine-rest/task/" + decision.getId() + "/variables").status())
        .isIn(403, 404);
    assertThat(rest.get("erik.johansson", "/engine-rest/process-instance/" + intake.getId() + "/variables")
        .status()).isEqualTo(403);
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + intake.getId()).json()).isEmpty();
    assertThat(rest.get("johan.holm", "/engine-rest/task/" + decision.getId() + "/variables").body())
        .contains("Hembesök i dag");
  }

  @Test
  void socialServicesIntakeCannotSeeOrReadHealthCaresReferral() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "PARENTING");
    Task consent = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT);
    AsUser.run(identityService, "johan.holm", () -> {
      assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).count()).isZero();
      assertThatThrownBy(() -> taskService.getVariables(consent.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.getVariables(referral.getId()))
          .isInstanceOf(AuthorizationException.class);
    });
    assertThat(rest.get("johan.holm", "/engine-rest/history/variable-instance?processInstanceId="
        + referral.getId()).json()).isEmpty();
  }

  @Test
  void staffSeeReferralTasksOfTheirOwnCentreOnly() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "PARENTING");
    Task consent = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT);
    assertThat(s.candidateGroups(consent)).containsExactly("bvc");

    assertThat(AsUser.call(identityService, "erik.johansson",
        () -> taskService.createTaskQuery().taskId(consent.getId()).count())).isEqualTo(1);
    AsUser.run(identityService, "amira.hassan", () -> {
      assertThat(taskService.createTaskQuery().taskId(consent.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).count()).isZero();
      assertThatThrownBy(() -> taskService.getVariables(consent.getId())).isInstanceOf(ProcessEngineException.class);
      assertThatThrownBy(() -> taskService.complete(consent.getId(), ReferralTestSupport.consent("REGION")))
          .isInstanceOf(ProcessEngineException.class);
    });
    assertThat(rest.get("amira.hassan", "/engine-rest/task?processInstanceId=" + referral.getId()).json()).isEmpty();
    assertThat(rest.get("amira.hassan", "/engine-rest/task/count?candidateGroup=bvc").json().get("count").asLong())
        .as("bvc tasks of her own centre (and shared tenant-less ones), none of Danderyd/Mörby's")
        .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("bvc").tenantIdIn("stockholm-rinkeby").count()
            + taskService.createTaskQuery().taskCandidateGroup("bvc").withoutTenantId().count());
    // and another organisation at the same centre does not see bvc's task either
    assertThat(AsUser.call(identityService, "maria.nilsson",
        () -> taskService.createTaskQuery().taskId(consent.getId()).count())).isZero();
    assertThat(consent.getId()).isEqualTo(s.task(referral, ReferralProcess.Ids.RECORD_CONSENT).getId());
  }

  static final String SUPPORT_NOTES = "Fyra ABC-träffar, pappan orolig för sin egen hälsa";

  List<String> historicNames(String user, String processInstanceId) {
    return AsUser.call(identityService, user, () -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list().stream().map(HistoricVariableInstance::getName).toList());
  }

  static List<String> names(JsonNode variables) {
    return StreamSupport.stream(variables.spliterator(), false).map(v -> v.path("name").asText()).toList();
  }

  /** What erik (bvc, the referring organisation) can read of the case's history, as himself and through REST. */
  void referrerReadsNoneOfTheReceiversNotes(ProcessInstance referral, ProcessInstance support) {
    // the positive control: he reads the referral's history, which is his
    assertThat(historicNames("erik.johansson", referral.getId())).contains(ReferralProcess.Vars.DESCRIPTION)
        .doesNotContainAnyElementsOf(ReferralSupportProcess.Vars.RECEIVER_NOTES);
    assertThat(historicNames("erik.johansson", support.getId())).as("the receiver's instance").isEmpty();
    AsUser.run(identityService, "erik.johansson", () -> {
      assertThat(historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(referral.getId(), support.getId())
          .variableName(ReferralSupportProcess.Vars.SUPPORT_SUMMARY).count()).isZero();
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(referral.getId()).variableUpdates()
          .list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
          .isNotEmpty().doesNotContainAnyElementsOf(ReferralSupportProcess.Vars.RECEIVER_NOTES);
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(support.getId()).count()).isZero();
    });
    Rest.Answer history = rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + referral.getId());
    assertThat(history.status()).isEqualTo(200);
    assertThat(names(history.json())).contains(ReferralProcess.Vars.DESCRIPTION)
        .doesNotContainAnyElementsOf(ReferralSupportProcess.Vars.RECEIVER_NOTES);
    assertThat(history.body()).doesNotContain(SUPPORT_NOTES);
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + support.getId()).json()).isEmpty();
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?variableName="
        + ReferralSupportProcess.Vars.SUPPORT_SUMMARY + "&processInstanceIdIn=" + referral.getId() + ","
        + support.getId())
        .json()).isEmpty();
    Rest.Answer details = rest.get("erik.johansson", "/engine-rest/history/detail?processInstanceId="
        + referral.getId());
    assertThat(details.status()).isEqualTo(200);
    assertThat(details.body()).doesNotContain(SUPPORT_NOTES)
        .doesNotContain(ReferralSupportProcess.Vars.SUPPORT_SUMMARY);
  }

  @Test
  void theReferringOrganisationCannotReadTheReceiversNotesThroughHistoryWhileTheReceiverCan() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);
    s.completeAs("sara.berg", s.task(support, ReferralSupportProcess.Ids.ACCEPT_REFERRAL), accept());
    s.completeAs("sara.berg", s.task(support, ReferralSupportProcess.Ids.GIVE_SUPPORT), Map.of(
        ReferralSupportProcess.Vars.SUPPORT_SUMMARY, SUPPORT_NOTES,
        ReferralSupportProcess.Vars.FOLLOW_UP_ON, SwedishTime.today().plusMonths(3).toString()));

    // while the receiver still works on it: not at runtime, not through history
    AsUser.run(identityService, "erik.johansson", () -> assertThatThrownBy(() -> runtimeService.getVariables(
        support.getId())).isInstanceOf(AuthorizationException.class));
    assertThat(rest.get("erik.johansson", "/engine-rest/process-instance/" + support.getId() + "/variables")
        .status()).isIn(403, 404);
    referrerReadsNoneOfTheReceiversNotes(referral, support);

    // nor once the support is followed up and erik has taken the hand-back (a task of his in the referral)
    s.completeAs("sara.berg", s.task(support, ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT),
        Map.of(ReferralSupportProcess.Vars.FOLLOW_UP_RESULT, "Föräldrarna nöjda"));
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.HAND_BACK), Map.of());
    referrerReadsNoneOfTheReceiversNotes(referral, support);
    assertThat(historicNames("erik.johansson", referral.getId())).as("what came back: the answer and the outcome")
        .contains(ReferralProcess.Vars.RECEIVER_ANSWER, ReferralProcess.Vars.WORK_OUTCOME);

    // the receiver reads its own notes in its own instance, as itself and through REST
    assertThat(AsUser.call(identityService, "sara.berg", () -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(support.getId()).variableName(ReferralSupportProcess.Vars.SUPPORT_SUMMARY).singleResult()
        .getValue())).isEqualTo(SUPPORT_NOTES);
    assertThat(rest.get("sara.berg", "/engine-rest/history/variable-instance?processInstanceId=" + support.getId()
        + "&variableName=" + ReferralSupportProcess.Vars.SUPPORT_SUMMARY).body()).contains(SUPPORT_NOTES);
  }

  @Test
  void managementAndAuditSeeStateButReadNoVariableValue() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    ProcessInstance intake = assessedReport(referral);
    Task decision = s.task(intake, ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION);

    AsUser.run(identityService, "per.andersson", () -> {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(intake.getId()).count())
          .as("ledning sees the state").isEqualTo(1);
      assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
      assertThatThrownBy(() -> taskService.getVariables(decision.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.getVariables(intake.getId())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.getVariables(referral.getId()))
          .isInstanceOf(AuthorizationException.class);
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(intake.getId(), referral.getId())
          .count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(intake.getId(),
          referral.getId()).count()).isZero();
      assertThatThrownBy(() -> taskService.complete(decision.getId())).isInstanceOf(AuthorizationException.class);
    });
    AsUser.run(identityService, "ingrid.wallin", () -> {
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).count())
          .as("revision sees the history of the process").isEqualTo(1);
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(intake.getId(), referral.getId())
          .count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(intake.getId(),
          referral.getId()).count()).isZero();
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(intake.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).count()).isZero();
    });
    for (String user : new String[] {"per.andersson", "ingrid.wallin"}) {
      for (String id : new String[] {intake.getId(), referral.getId()}) {
        assertThat(rest.get(user, "/engine-rest/process-instance/" + id + "/variables").status()).as(user)
            .isIn(403, 404);
        assertThat(rest.get(user, "/engine-rest/history/variable-instance?processInstanceId=" + id).json())
            .as(user).isEmpty();
        assertThat(rest.get(user, "/engine-rest/variable-instance?processInstanceIdIn=" + id).json()).as(user)
            .isEmpty();
      }
      assertThat(rest.get(user, "/engine-rest/history/detail?processInstanceId=" + intake.getId()).json())
          .as(user).isEmpty();
    }
  }
}
