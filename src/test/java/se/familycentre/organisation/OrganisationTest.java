package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoUsers;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;

/** The organisation: groups, demo users, filters and rights, created idempotently, and who may see what. */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationTest {

  static final String SAMPLE_PROCESS = "organisationSampleProcess";

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.DecisionService decisionService;
  @Autowired AuthorizationSetup authorizationSetup;
  @Autowired DemoUsers demoUsers;
  @Autowired TasklistFilters tasklistFilters;

  ProcessInstance sample;

  @BeforeAll
  void deployASampleCaseWithPersonalData() {
    repositoryService.createDeployment().name("organisation-test").addModelInstance("sample.bpmn",
        Bpmn.createExecutableProcess(SAMPLE_PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("userTask_callFamily").camundaCandidateGroups("bvc").endEvent().done())
        .deploy();
    sample = runtimeService.startProcessInstanceByKey(SAMPLE_PROCESS, "sample-" + UUID.randomUUID(),
        Map.of("guardianName", "Anna Andersson", "childAgeBand", "0-1"));
  }

  @Test
  void everyGroupExistsWithItsSwedishName() {
    for (Groups g : Groups.values()) {
      assertThat(identityService.createGroupQuery().groupId(g.id).singleResult().getName())
          .isEqualTo(g.swedishName);
    }
  }

  @Test
  void everyGroupHasAtLeastOneDemoUser() {
    for (Groups g : Groups.values()) {
      assertThat(identityService.createUserQuery().memberOfGroup(g.id).count()).as(g.id).isPositive();
    }
  }

  @Test
  void startingTwiceCreatesNoDuplicateUsersGroupsAuthorizationsFiltersOrTenants() {
    startAgain(); // once, so that rights for the sample process deployed by this test exist
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long memberships = DemoUsers.USERS.stream()
        .mapToLong(u -> identityService.createGroupQuery().groupMember(u.id()).count()).sum();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();
    long tenants = identityService.createTenantQuery().count();

    startAgain();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(DemoUsers.USERS.stream()
        .mapToLong(u -> identityService.createGroupQuery().groupMember(u.id()).count()).sum()).isEqualTo(memberships);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(identityService.createTenantQuery().count()).isEqualTo(tenants);
  }

  private void startAgain() {
    authorizationSetup.setUp();
    demoUsers.createAll();
    tasklistFilters.createFilters();
  }

  @Test
  void anOfficialSeesTheSharedSwedishFiltersAndOnlyTheirOwnGroupsFilter() {
    var names = AsUser.call(identityService, "erik.johansson",
        () -> filterService.createFilterQuery().list().stream().map(Filter::getName).toList());

    assertThat(names).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.groupFilterName(Groups.BVC));
    assertThat(names).doesNotContain(TasklistFilters.groupFilterName(Groups.SOCIALTJANST_MOTTAGNING));
  }

  @Test
  void theGroupFilterShowsTheGroupsTasksWithTheCaseColumns() {
    Filter bvcFilter = filterService.createFilterQuery()
        .filterName(TasklistFilters.groupFilterName(Groups.BVC)).singleResult();

    long visible = AsUser.call(identityService, "erik.johansson",
        () -> filterService.count(bvcFilter.getId()));

    assertThat(visible).isPositive();
    assertThat(bvcFilter.getProperties().get("variables").toString()).contains("caseReference", "centreName");
  }

  @Test
  void aManagerSeesTheCaseButNoVariableValueAndCannotWorkItsTask() {
    String taskId = taskService.createTaskQuery().processInstanceId(sample.getId()).singleResult().getId();

    AsUser.run(identityService, "per.andersson", () -> {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sample.getId()).count()).isEqualTo(1);
      assertThat(taskService.createTaskQuery().processInstanceId(sample.getId()).count()).isEqualTo(1);
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(sample.getId()).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sample.getId()).count())
          .isZero();
      assertThatThrownBy(() -> runtimeService.getVariables(sample.getId()))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.complete(taskId)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.setVariable(sample.getId(), "guardianName", "X"))
          .isInstanceOf(AuthorizationException.class);
    });
    assertThat(runtimeService.getVariable(sample.getId(), "guardianName")).isEqualTo("Anna Andersson");
  }

  @Test
  void anAuditorReadsDefinitionsAndHistoryButNoInstanceDataAndNoTasks() {
    AsUser.run(identityService, "ingrid.wallin", () -> {
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(SAMPLE_PROCESS).count())
          .isEqualTo(1);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sample.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().processInstanceId(sample.getId()).count()).isZero();
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(sample.getId()).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sample.getId()).count())
          .isZero();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(sample.getId()).count())
          .isPositive();
    });
  }

  @Test
  void managersAndAuditorsReadTheDecisionTablesButNotTheirHistoryWhichHoldsTheInputs() {
    decisionService.evaluateDecisionTableByKey("familyCentreClassification", Map.of("maternityCare", true,
        "childHealthCare", true, "openPreschool", true, "preventiveSocialServices", false));
    assertThat(historyService.createHistoricDecisionInstanceQuery().count()).isPositive();

    for (String user : new String[] {"per.andersson", "ingrid.wallin"}) {
      AsUser.run(identityService, user, () -> {
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("familyCentreClassification")
            .count()).as(user + " reads the table").isEqualTo(1);
        assertThat(historyService.createHistoricDecisionInstanceQuery().count())
            .as(user + " reads no decision inputs").isZero();
      });
    }
  }

  @Test
  void theCandidateGroupSeesItsOwnTaskButReadsOnlyWhatTheMatrixAllowsAndAnotherGroupSeesNothing() {
    String taskId = taskService.createTaskQuery().processInstanceId(sample.getId()).singleResult().getId();

    long seenByBvc = AsUser.call(identityService, "erik.johansson",
        () -> taskService.createTaskQuery().taskId(taskId).count());
    Object ageBand = AsUser.call(identityService, "erik.johansson", () -> taskService.getVariable(taskId, "childAgeBand"));
    Object asAdmin = AsUser.call(identityService, "admin", () -> taskService.getVariable(taskId, "childAgeBand"));
    long seenByIntake = AsUser.call(identityService, "johan.holm",
        () -> taskService.createTaskQuery().taskId(taskId).count());

    assertThat(seenByBvc).isEqualTo(1);
    assertThat(ageBand).as("the sample process is not in the visibility matrix: administrators only").isNull();
    assertThat(asAdmin).isEqualTo("0-1");
    assertThat(seenByIntake).isZero();
  }
}
