package se.familycentre.secrecy.doors;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import se.familycentre.organisation.TasklistFilters;

/**
 * Harmless things of the catalogue's own for the doors that delete or change something outside the case (a user,
 * a group, a centre, a deployment and its definition, a filter, an authorization), so that an open door removes
 * only these; made as the system, made again if a door removed them, and removed after the test.
 */
final class Targets {

  static final String USER = "door.target";
  static final String PASSWORD = "Dorr-Mal-4711";
  static final String GROUP = "door-target-group";
  static final String TENANT = "door-target-tenant";
  static final String DEPLOYMENT_NAME = "door-catalogue-fixture";
  static final String PROCESS_KEY = "doorCatalogueFixture";
  static final String FILTER_NAME = "Dörrkatalogens filter";
  static final String APPLICATION = "door-catalogue";

  String deployment;
  String definition;
  String filter;
  String authorization;
  String groupFilter;

  /** A model for a deployment door to try: a start event and nothing else. */
  static String probeBpmn() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"door\"><process id=\"doorProbe\""
        + " isExecutable=\"true\" camunda:historyTimeToLive=\"1\"><startEvent id=\"start\"/></process></definitions>";
  }

  void ensure(Engine engine) {
    if (engine.identity().createUserQuery().userId(USER).count() == 0) {
      User user = engine.identity().newUser(USER);
      user.setFirstName("Dörr");
      user.setLastName("Mål");
      user.setEmail("door.target@familjecentral.example");
      user.setPassword(PASSWORD);
      engine.identity().saveUser(user);
    }
    if (engine.identity().createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = engine.identity().newGroup(GROUP);
      group.setName("Dörrkatalogens grupp");
      group.setType("WORKFLOW");
      engine.identity().saveGroup(group);
    }
    if (engine.identity().createTenantQuery().tenantId(TENANT).count() == 0) {
      Tenant tenant = engine.identity().newTenant(TENANT);
      tenant.setName("Dörrkatalogens familjecentral");
      engine.identity().saveTenant(tenant);
    }
    Deployment existing = engine.repository().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list().stream()
        .findFirst().orElse(null);
    if (existing == null || engine.repository().createProcessDefinitionQuery().deploymentId(existing.getId())
        .count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1).startEvent()
          .endEvent().done();
      existing = engine.repository().createDeployment().name(DEPLOYMENT_NAME)
          .addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
    }
    deployment = existing.getId();
    definition = engine.repository().createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    Filter own = engine.filters().createFilterQuery().filterName(FILTER_NAME).list().stream().findFirst()
        .orElse(null);
    if (own == null) {
      own = engine.filters().newTaskFilter(FILTER_NAME).setOwner("admin")
          .setQuery(engine.tasks().createTaskQuery().taskAssignee(USER));
      engine.filters().saveFilter(own);
    }
    filter = own.getId();
    Authorization grant = engine.authorizations().createAuthorizationQuery().userIdIn(USER)
        .resourceType(Resources.APPLICATION).resourceId(APPLICATION).list().stream().findFirst().orElse(null);
    if (grant == null) {
      grant = engine.authorizations().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(USER);
      grant.setResource(Resources.APPLICATION);
      grant.setResourceId(APPLICATION);
      grant.addPermission(Permissions.ACCESS);
      engine.authorizations().saveAuthorization(grant);
    }
    authorization = grant.getId();
    groupFilter = engine.filters().createFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult()
        .getId();
  }

  void remove(Engine engine) {
    engine.repository().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(d -> engine.repository().deleteDeployment(d.getId(), true));
    engine.filters().createFilterQuery().filterName(FILTER_NAME).list()
        .forEach(f -> engine.filters().deleteFilter(f.getId()));
    engine.authorizations().createAuthorizationQuery().userIdIn(USER).list()
        .forEach(a -> engine.authorizations().deleteAuthorization(a.getId()));
    if (engine.identity().createUserQuery().userId(USER).count() > 0) {
      engine.identity().deleteUser(USER);
    }
    if (engine.identity().createGroupQuery().groupId(GROUP).count() > 0) {
      engine.identity().deleteGroup(GROUP);
    }
    if (engine.identity().createTenantQuery().tenantId(TENANT).count() > 0) {
      engine.identity().deleteTenant(TENANT);
    }
  }
}
