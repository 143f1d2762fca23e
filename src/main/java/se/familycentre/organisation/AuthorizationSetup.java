package se.familycentre.organisation;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.shared.ProcessDefinitionRows;

/**
 * Creates the groups of the organisation and what each may do, on every start and idempotently (prod too; demo
 * users are separate).
 * <ul>
 *   <li>work groups: Tasklist; READ on the definitions of the processes they take part in (read from the models,
 *       see {@link ProcessParticipation}), CREATE_INSTANCE where the model names them as starters. Their tasks
 *       become visible through the engine's own per-task grant to the task's candidate group (TASK_WORK and, with
 *       specific variable permissions, READ_VARIABLE), so a group sees only tasks meant for it.</li>
 *   <li>ledning: Cockpit; definitions, instances, tasks, incidents and history, read-only, and no variable
 *       values (no READ_INSTANCE_VARIABLE / READ_HISTORY_VARIABLE / READ_TASK_VARIABLE).</li>
 *   <li>revision: Cockpit; process and decision definitions (diagrams, DMN tables) and their history, no
 *       instances' variable values, no tasks.</li>
 *   <li>camunda-admin: everything (the Camunda starter grants it when it creates the admin user).</li>
 * </ul>
 */
@Component
public class AuthorizationSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);
  public static final String TASKLIST = "tasklist";
  public static final String COCKPIT = "cockpit";
  public static final String ANY = Authorization.ANY;

  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final AuthorizationService authorizationService;
  private final Grants grants;

  public AuthorizationSetup(IdentityService identityService, RepositoryService repositoryService,
      AuthorizationService authorizationService, Grants grants) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.authorizationService = authorizationService;
    this.grants = grants;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void setUp() {
    createGroups();
    grantManagement(Groups.LEDNING.id);
    grantAudit(Groups.REVISION.id);
    grantWorkGroups();
    LOG.info("Organisation ready: {} groups, rights derived from {} process definitions", Groups.values().length,
        repositoryService.createProcessDefinitionQuery().latestVersion().count());
  }

  void createGroups() {
    for (Groups g : Groups.values()) {
      Group group = identityService.createGroupQuery().groupId(g.id).singleResult();
      if (group == null) {
        group = identityService.newGroup(g.id);
      } else if (g.swedishName.equals(group.getName())) {
        continue;
      }
      group.setName(g.swedishName);
      group.setType(g.kind == Groups.Kind.WORK ? "WORKFLOW" : "SYSTEM");
      identityService.saveGroup(group);
    }
  }

  void grantManagement(String group) {
    grants.grant(group, APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(group, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grants.grant(group, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    // History through READ_HISTORY on the definitions only: with historic instance permissions on, the engine
    // lets HISTORIC_PROCESS_INSTANCE / HISTORIC_TASK READ also read historic variable values, which managers
    // must never see.
    // The decision tables, not their history: decision history holds the inputs (e.g. a family's concerns).
    grants.grant(group, DECISION_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DEPLOYMENT, ANY, Permissions.READ);
  }

  void grantAudit(String group) {
    grants.grant(group, APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(group, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY);
    // The decision tables, not their history: decision history holds the inputs (e.g. a family's concerns).
    grants.grant(group, DECISION_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DEPLOYMENT, ANY, Permissions.READ);
  }

  void grantWorkGroups() {
    // The rows only (see ProcessDefinitionRows), and each model's XML read by ProcessParticipation: a start parses no
    // model, neither with the engine's parser nor with the BPMN model API.
    List<ProcessDefinition> definitions = ProcessDefinitionRows.query(repositoryService).latestVersion().list();
    for (Groups g : Groups.workGroups()) {
      grants.grant(g.id, APPLICATION, TASKLIST, Permissions.ACCESS);
    }
    for (ProcessDefinition definition : definitions) {
      ProcessParticipation participation = participation(definition);
      for (Groups g : Groups.workGroups()) {
        if (participation.starterGroups().contains(g.id)) {
          grants.grant(g.id, PROCESS_DEFINITION, definition.getKey(), ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.CREATE_INSTANCE);
          grants.grant(g.id, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        } else if (participation.participantGroups().contains(g.id)) {
          grants.grant(g.id, PROCESS_DEFINITION, definition.getKey(), ProcessDefinitionPermissions.READ);
        } else {
          revokeDefinitionGrant(g.id, definition.getKey());
        }
      }
    }
  }

  /**
   * The model's XML straight from its deployment: getProcessModel would first have the engine parse the definition
   * into its cache, on every restart, for nothing this needs.
   */
  private ProcessParticipation participation(ProcessDefinition definition) {
    try (InputStream xml = repositoryService.getResourceAsStream(definition.getDeploymentId(),
        definition.getResourceName())) {
      return ProcessParticipation.of(xml, definition.getKey());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A group that a newer model no longer names loses its grant on that definition. */
  private void revokeDefinitionGrant(String groupId, String processKey) {
    authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(PROCESS_DEFINITION).resourceId(processKey).list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }
}
