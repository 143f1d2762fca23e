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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.ProcessDefinitionRows;

/**
 * Creates the groups of the organisation and what each may do, idempotently, on every start (prod too; see
 * {@link OrganisationStartup}; demo users are the demo's).
 * <ul>
 *   <li>work groups: Tasklist; READ on the definitions of the processes they take part in (read from the models,
 *       see {@link ProcessParticipation}), CREATE_INSTANCE where the model names them as starters. Their tasks
 *       become visible through the engine's own per-task grant to the task's candidate group (TASK_WORK and, with
 *       specific variable permissions, READ_VARIABLE), so a group sees only tasks meant for it.</li>
 *   <li>samordnare also Cockpit, for the plugin Familjecentraler (the overview across centres).</li>
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
  private final Grants grants;

  public AuthorizationSetup(IdentityService identityService, RepositoryService repositoryService,
      Grants grants) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.grants = grants;
  }

  public void setUp() {
    createGroups();
    // the existing grants of every group, read once per resource type (see Grants#batch)
    Grants.Batch grants = this.grants.batch(Arrays.stream(Groups.values()).map(g -> g.id).toList(), APPLICATION,
        PROCESS_DEFINITION, PROCESS_INSTANCE, DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION, DEPLOYMENT);
    grantManagement(grants, Groups.LEDNING.id);
    grantAudit(grants, Groups.REVISION.id);
    grantWorkGroups(grants);
    LOG.info("Organisation ready: {} groups, rights derived from {} process definitions", Groups.values().length,
        repositoryService.createProcessDefinitionQuery().latestVersion().count());
  }

  void createGroups() {
    // every group of ours in one query, not one per group
    Map<String, Group> existing = identityService.createGroupQuery()
        .groupIdIn(Arrays.stream(Groups.values()).map(g -> g.id).toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(Group::getId, group -> group));
    for (Groups g : Groups.values()) {
      Group group = existing.get(g.id);
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

  void grantManagement(Grants.Batch grants, String group) {
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

  void grantAudit(Grants.Batch grants, String group) {
    grants.grant(group, APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(group, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY);
    // The decision tables, not their history: decision history holds the inputs (e.g. a family's concerns).
    grants.grant(group, DECISION_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(group, DEPLOYMENT, ANY, Permissions.READ);
  }

  void grantWorkGroups(Grants.Batch grants) {
    // The rows only (see ProcessDefinitionRows), and each model's XML read by ProcessParticipation: a start parses no
    // model, neither with the engine's parser nor with the BPMN model API.
    List<ProcessDefinition> definitions = ProcessDefinitionRows.query(repositoryService).latestVersion().list();
    for (Groups g : Groups.workGroups()) {
      grants.grant(g.id, APPLICATION, TASKLIST, Permissions.ACCESS);
    }
    // the coordinator's overview across centres is the Cockpit plugin Familjecentraler
    grants.grant(Groups.SAMORDNARE.id, APPLICATION, COCKPIT, Permissions.ACCESS);
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
          // a group that a newer model no longer names loses its grant on that definition
          grants.revoke(g.id, PROCESS_DEFINITION, definition.getKey());
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
}
