package se.familycentre.shared.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoReferralCases;
import se.familycentre.demo.EstablishmentDemoCases;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * The task query with the authorization check written as EXISTS ({@link TaskQueryAuthorizationPlugin}) answers
 * exactly what the engine's own statement answers: for every user of the organisation, every Tasklist filter they
 * may use, all their tasks, their groups' tasks, counts and Tasklist's first page, on the demo cases of both
 * processes (every work group has work there). Runs on H2 and, in the pom's postgres execution, on PostgreSQL.
 */
@FamilyCentreSpringTest
class TaskQueryAuthorizationTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired EstablishmentDemoCases establishmentDemoCases;
  @Autowired DemoReferralCases demoReferralCases;

  DbSqlSessionFactory sessions;

  @BeforeEach
  void demoCases() {
    establishmentDemoCases.createAll();
    demoReferralCases.createAll();
    sessions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
  }

  @Test
  void theEngineRunsTheExistsStatements() {
    assertThat(sessions.mapStatement("selectTaskByQueryCriteria"))
        .isEqualTo(TaskQueryAuthorizationPlugin.PREFIX + "selectTaskByQueryCriteria");
    assertThat(sessions.mapStatement("selectTaskCountByQueryCriteria"))
        .isEqualTo(TaskQueryAuthorizationPlugin.PREFIX + "selectTaskCountByQueryCriteria");
    String mapper = TaskQueryAuthorizationPlugin.mapper(TaskQueryAuthorizationPlugin.engineMapping());
    assertThat(mapper).contains("EXISTS (").doesNotContain("AUTH ON").doesNotContain("authCheckJoinWithoutOnClause");
  }

  @Test
  void everyUserSeesExactlyWhatTheEngineStatementShows() {
    // besides the organisation's users (grants per task, and ledning's on every definition): a user whose only
    // grant is on one process definition's tasks, so that every kind of grant is compared
    String definitionReader = "tqa.definition-reader";
    if (identityService.createUserQuery().userId(definitionReader).count() == 0) {
      identityService.saveUser(identityService.newUser(definitionReader));
      identityService.createTenantUserMembership(se.familycentre.demo.DemoUsers.DANDERYD_MORBY,
          definitionReader);
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(definitionReader);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId("reportOfConcernProcess");
      grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
      authorizationService.saveAuthorization(grant);
    }
    Map<String, Map<String, List<String>>> ours = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> engines = new LinkedHashMap<>();
    for (User user : identityService.createUserQuery().list()) {
      ours.put(user.getId(), answers(user.getId()));
      engines.put(user.getId(), withEngineStatements(() -> answers(user.getId())));
    }
    assertThat(ours).isEqualTo(engines);
    assertThat(ours.get(definitionReader).get("all tasks")).isNotEmpty();
    assertThat(ours.get("per.andersson").get("all tasks")).as("ledning, through its grant on every definition")
        .isNotEmpty();

    // and the comparison is not trivial: users see work, and not the same work
    assertThat(ours.get("erik.johansson").get("all tasks")).isNotEmpty();
    assertThat(ours.get("johan.holm").get("all tasks")).isNotEmpty();
    assertThat(ours.get("erik.johansson").get("all tasks"))
        .doesNotContainAnyElementsOf(ours.get("johan.holm").get("all tasks"));
    long usersWithTasks = ours.values().stream().filter(a -> !a.get("all tasks").isEmpty()).count();
    assertThat(usersWithTasks).isGreaterThanOrEqualTo(8);
    assertThat(ours.values().stream().filter(a -> a.keySet().stream().anyMatch(k -> k.startsWith("filter ")))
        .count()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void theGroupsHoldingAuthorizationsAreTheEngineStatementsGroups() {
    var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    Supplier<List<String>> groups = () -> commands.execute(context -> context.getDbEntityManager()
        .selectList("selectAuthorizedGroupIds").stream().filter(java.util.Objects::nonNull).map(String::valueOf)
        .sorted().toList());
    assertThat(sessions.mapStatement("selectAuthorizedGroupIds"))
        .isEqualTo(TaskQueryAuthorizationPlugin.PREFIX + "selectAuthorizedGroupIds");
    List<String> ours = groups.get();
    assertThat(ours).isEqualTo(withEngineStatements(groups)).contains("bvc", "ledning", "revision")
        .doesNotHaveDuplicates();
  }

  @Test
  void anEngineMappingWithoutTheExpectedJoinStopsTheStart() {
    assertThatThrownBy(() -> TaskQueryAuthorizationPlugin.mapper(
        TaskQueryAuthorizationPlugin.engineMapping().replace("AUTH ON (AUTH.RESOURCE_ID_", "AUTH ON (AUTH.ID_")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TaskQueryAuthorizationPlugin was written against Camunda 7.24");
  }

  /** What the user gets from Tasklist's queries, as sorted task ids (and counts), with the user's checks on. */
  private Map<String, List<String>> answers(String userId) {
    return AsUser.call(identityService, userId, () -> {
      List<String> groups = identityService.getCurrentAuthentication().getGroupIds();
      Map<String, List<String>> answers = new LinkedHashMap<>();
      answers.put("all tasks", ids(taskService.createTaskQuery().list()));
      answers.put("count of all tasks", List.of(String.valueOf(taskService.createTaskQuery().count())));
      answers.put("assigned or candidate", ids(taskService.createTaskQuery().taskCandidateUser(userId)
          .includeAssignedTasks().list()));
      if (!groups.isEmpty()) {
        answers.put("groups' tasks, first page newest first", ids(taskService.createTaskQuery()
            .taskCandidateGroupIn(groups).orderByTaskCreateTime().desc().listPage(0, 50)));
        answers.put("count of groups' tasks",
            List.of(String.valueOf(taskService.createTaskQuery().taskCandidateGroupIn(groups).count())));
      }
      for (Filter filter : filterService.createTaskFilterQuery().list()) {
        answers.put("filter " + filter.getName(), ids(filterService.list(filter.getId())));
        answers.put("filter count " + filter.getName(), List.of(String.valueOf(filterService.count(filter.getId()))));
      }
      return answers;
    });
  }

  private static List<String> ids(List<?> tasks) {
    return new ArrayList<>(new TreeSet<>(tasks.stream().map(t -> ((Task) t).getId()).toList()));
  }

  private <T> T withEngineStatements(Supplier<T> work) {
    return EngineStatements.call(engine, work);
  }
}
