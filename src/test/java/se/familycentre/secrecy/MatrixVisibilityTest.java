package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Every demo user, through the engine's variable doors (runtime and historic variables, historic details, a task's
 * variables and form variables), gets exactly the variables the visibility matrix lets their groups read, and
 * history shows no more than runtime. Positive controls keep the test from passing on empty answers.
 */
@FamilyCentreSpringTest
class MatrixVisibilityTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;
  SecretCases cases;
  Rest rest;

  @BeforeEach
  void setUp() {
    cases = new SecretCases(runtimeService, taskService, historyService, identityService);
    rest = new Rest(port);
  }

  @Test
  void everyUserReadsExactlyWhatTheMatrixAllowsThroughEveryVariableDoor() {
    SecretCases.Case report = cases.reportOfConcern();
    SecretCases.Referral referral = cases.supportedReferral();
    SecretCases.Referral coordinated = cases.closedByTheCoordinator();
    SecretCases.Referral deciding = cases.waitingForTheCoordinator();
    List<String> instances = new ArrayList<>(report.instanceIds());
    instances.addAll(referral.instanceIds());
    instances.addAll(coordinated.instanceIds());
    instances.addAll(deciding.instanceIds());
    String[] ids = instances.toArray(String[]::new);
    for (DemoUsers.DemoUser user : DemoUsers.USERS) {
      List<String> groups = groupsOf(user.id());
      AsUser.run(identityService, user.id(), () -> {
        List<HistoricVariableInstance> historic = historyService.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(ids).list();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).count())
            .as(user.id() + ": the count tells no more than the list").isEqualTo(historic.size());
        historic.forEach(v -> assertReadable(user.id(), groups, v.getProcessDefinitionKey(), v.getName()));

        List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceIdIn(ids).list();
        assertThat(historyService.createHistoricDetailQuery().processInstanceIdIn(ids).count())
            .isEqualTo(details.size());
        details.stream().filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
            .forEach(d -> assertReadable(user.id(), groups, d.getProcessDefinitionKey(), d.getVariableName()));

        for (VariableInstance v : runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids).list()) {
          assertReadable(user.id(), groups, keyOf(v.getProcessDefinitionId()), v.getName());
        }
        for (Task task : taskService.createTaskQuery().processInstanceIdIn(ids).list()) {
          String key = keyOf(task.getProcessDefinitionId());
          // ledning sees tasks but may read none of their variables: the engine refuses, which is fine too
          namesOrRefused(() -> taskService.getVariables(task.getId()).keySet())
              .forEach(name -> assertReadable(user.id(), groups, key, name));
          namesOrRefused(() -> formService.getTaskFormVariables(task.getId()).keySet())
              .forEach(name -> assertReadable(user.id(), groups, key, name));
        }
      });
    }

    // positive controls: each side reads its own secrets, in history too
    assertThat(historicNames("johan.holm",
        report.instanceIds())).contains(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT,
        ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralProcess.Vars.REPORT_TEXT);
    assertThat(historicNames("erik.johansson", report.instanceIds())).contains(ReferralProcess.Vars.REPORT_TEXT,
        ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER)
        .doesNotContain(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT);
    assertThat(historicNames("sara.berg",
        referral.instanceIds())).contains(ReferralSupportProcess.Vars.SUPPORT_SUMMARY);
    assertThat(historicNames("erik.johansson", referral.instanceIds())).contains(ReferralProcess.Vars.DESCRIPTION)
        .doesNotContain(ReferralSupportProcess.Vars.SUPPORT_SUMMARY);
    // the coordinator decided in the referral itself: she reads its codes, not the referrer's text nor the consent
    assertThat(historicNames("lena.persson", coordinated.instanceIds()))
        .contains(ReferralProcess.Vars.AGE_BAND, ReferralProcess.Vars.CONCERNS, ReferralProcess.Vars.ROUTE_OUTCOME)
        .doesNotContain(ReferralProcess.Vars.DESCRIPTION, ReferralProcess.Vars.CONSENT_PURPOSE,
        ReferralProcess.Vars.CONSENT_GIVEN);
    // and her open task's form shows what she decides on, not the referrer's text (Tasklist loads these)
    Task route = taskService.createTaskQuery().processInstanceBusinessKey(deciding.reference())
        .taskDefinitionKey(ReferralProcess.Ids.COORDINATOR_DECIDES).singleResult();
    assertThat(AsUser.call(identityService, "lena.persson", () -> formService.getTaskFormVariables(route.getId())
        .keySet())).contains(ReferralProcess.Vars.AGE_BAND, ReferralProcess.Vars.CONCERNS)
        .doesNotContain(ReferralProcess.Vars.DESCRIPTION, ReferralProcess.Vars.CONSENT_PURPOSE);
    assertThat(rest.get("lena.persson",
        "/engine-rest/task/" + route.getId() + "/form-variables?deserializeValues=false").body())
        .contains("DEVELOPMENT").doesNotContain(deciding.description());
    for (String overseer : List.of("per.andersson", "ingrid.wallin")) {
      assertThat(historicNames(overseer, instances)).as(overseer).isEmpty();
    }
    assertThat(historicNames("admin", instances)).as("administrators read everything")
        .contains(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, ReferralSupportProcess.Vars.SUPPORT_SUMMARY);
  }

  @Test
  void theRestApiAndTheWebappsHistoryShowNoSecretTheUserMayNotRead() {
    SecretCases.Case report = cases.reportOfConcern();
    SecretCases.Referral referral = cases.supportedReferral();
    String in = String.join(",", report.instanceIds()) + "," + String.join(",", referral.instanceIds());
    for (String path : List.of("/engine-rest/history/variable-instance?processInstanceIdIn=" + in,
        "/engine-rest/history/detail?processInstanceIdIn=" + in,
        "/engine-rest/variable-instance?processInstanceIdIn=" + in)) {
      String erik = rest.get("erik.johansson", path).body();
      assertThat(erik).as(path).doesNotContain(report.protectionAssessment(), referral.supportSummary());
      String johan = rest.get("johan.holm", path).body();
      assertThat(johan).as(path).doesNotContain(referral.description(), referral.supportSummary());
      for (String overseer : List.of("per.andersson", "ingrid.wallin", "lena.persson", "amira.hassan")) {
        String body = rest.get(overseer, path).body();
        assertThat(body).as(overseer + " " + path).doesNotContain(report.childNumber(), report.reportText(),
            report.protectionAssessment(), referral.description(), referral.supportSummary());
      }
    }
    assertThat(rest.get("johan.holm", "/engine-rest/history/variable-instance?processInstanceIdIn=" + in).body())
        .contains(report.protectionAssessment());
  }

  private static java.util.Collection<String> namesOrRefused(
      java.util.function.Supplier<java.util.Collection<String>> read) {
    try {
      return read.get();
    } catch (org.camunda.bpm.engine.AuthorizationException refused) {
      return List.of();
    }
  }

  private List<String> historicNames(String user, List<String> instances) {
    return AsUser.call(identityService, user, () -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
        .map(HistoricVariableInstance::getName).distinct().toList());
  }

  private void assertReadable(String user, List<String> groups, String process, String name) {
    assertThat(VisibilityMatrix.get().mayRead(process, name, groups))
        .as(user + " was shown " + process + "." + name + ", which the matrix does not let " + groups + " read")
        .isTrue();
  }

  private String keyOf(String processDefinitionId) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
    return definition.getKey();
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
