package se.familycentre.secrecy.doors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * What must not change while a role tries the doors, as sorted lines read as the system: the case (its instances
 * and where they stand, suspension, variables in history, open tasks and their people, the comments and
 * attachments of the case, the incident, the timer) and what lies outside it (users, groups, memberships, centres,
 * authorizations of the organisation, filters, deployments, definitions, job definitions, batches). Comments and
 * attachments the task's group adds are allowed: only the case's own must stay.
 */
final class Snapshots {

  private Snapshots() {
  }

  static Set<String> ofCase(Engine engine, DoorCase c) {
    Set<String> lines = new TreeSet<>();
    String[] ids = c.instances().toArray(String[]::new);
    for (HistoricProcessInstance instance : engine.history().createHistoricProcessInstanceQuery()
        .processInstanceIds(Set.of(ids)).list()) {
      lines.add("instance " + instance.getId() + " " + instance.getProcessDefinitionKey() + " state="
          + instance.getState() + " ended=" + (instance.getEndTime() != null));
    }
    for (ProcessInstance running : engine.runtime().createProcessInstanceQuery().processInstanceIds(Set.of(ids))
        .list()) {
      lines.add("running " + running.getId() + " suspended=" + running.isSuspended() + " at "
          + new TreeSet<>(engine.runtime().getActiveActivityIds(running.getId())));
    }
    for (HistoricVariableInstance v : engine.history().createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .includeDeleted().disableCustomObjectDeserialization().list()) {
      lines.add("variable " + v.getProcessInstanceId() + " " + v.getName() + " " + v.getState() + " = "
          + value(v));
    }
    for (Task task : engine.tasks().createTaskQuery().processInstanceIdIn(ids).list()) {
      List<String> people = new ArrayList<>();
      for (IdentityLink link : engine.tasks().getIdentityLinksForTask(task.getId())) {
        people.add(link.getType() + ":" + (link.getGroupId() != null ? link.getGroupId() : link.getUserId()));
      }
      people.sort(null);
      lines.add("task " + task.getId() + " " + task.getTaskDefinitionKey() + " name=" + task.getName() + " assignee="
          + task.getAssignee() + " owner=" + task.getOwner() + " priority=" + task.getPriority() + " due="
          + task.getDueDate() + " suspended=" + task.isSuspended() + " delegation=" + task.getDelegationState()
          + " people=" + people);
    }
    for (Comment comment : engine.tasks().getTaskComments(c.intakeTask())) {
      if (comment.getId().equals(c.comment()) || comment.getId().equals(c.adminComment())) {
        lines.add("comment " + comment.getId() + " by " + comment.getUserId() + ": " + comment.getFullMessage());
      }
    }
    if (engine.tasks().createTaskQuery().taskId(c.intakeTask()).count() > 0) {
      for (Attachment attachment : engine.tasks().getTaskAttachments(c.intakeTask())) {
        if (attachment.getId().equals(c.attachment()) || attachment.getId().equals(c.adminAttachment())) {
          lines.add("attachment " + attachment.getId() + " " + attachment.getName() + " "
              + attachment.getDescription());
        }
      }
    } else {
      for (String id : List.of(c.attachment(), c.adminAttachment())) {
        Attachment attachment = engine.tasks().getAttachment(id);
        if (attachment != null) {
          lines.add("attachment " + attachment.getId() + " " + attachment.getName() + " "
              + attachment.getDescription());
        }
      }
    }
    for (Incident incident : engine.runtime().createIncidentQuery().processInstanceId(c.intakeInstance()).list()) {
      lines.add("incident " + incident.getId() + " " + incident.getIncidentType() + " annotation="
          + incident.getAnnotation());
    }
    for (Job job : engine.management().createJobQuery().processInstanceId(c.intakeInstance()).list()) {
      lines.add("job " + job.getId() + " retries=" + job.getRetries() + " due=" + job.getDuedate() + " suspended="
          + job.isSuspended() + " priority=" + job.getPriority());
    }
    for (org.camunda.bpm.engine.history.HistoricJobLog log : engine.history().createHistoricJobLogQuery()
        .processInstanceId(c.intakeInstance()).failureLog().list()) {
      lines.add("job-failure " + log.getId() + " " + log.getJobExceptionMessage());
    }
    return lines;
  }

  private static String value(HistoricVariableInstance v) {
    org.camunda.bpm.engine.variable.value.TypedValue typed = v.getTypedValue();
    if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
        && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return typed == null ? "null" : String.valueOf(typed.getValue());
  }

  /** Everything outside the case that a door could change for everyone. */
  static Set<String> ofEverything(Engine engine) {
    Set<String> lines = new TreeSet<>();
    for (User user : engine.identity().createUserQuery().list()) {
      lines.add("user " + user.getId() + " " + user.getFirstName() + " " + user.getLastName() + " "
          + user.getEmail());
      for (Group group : engine.identity().createGroupQuery().groupMember(user.getId()).list()) {
        lines.add("membership " + user.getId() + " " + group.getId());
      }
    }
    for (Group group : engine.identity().createGroupQuery().list()) {
      lines.add("group " + group.getId() + " " + group.getName() + " " + group.getType());
    }
    for (Tenant tenant : engine.identity().createTenantQuery().list()) {
      lines.add("tenant " + tenant.getId() + " " + tenant.getName());
      engine.identity().createUserQuery().memberOfTenant(tenant.getId()).list()
          .forEach(u -> lines.add("tenant-user " + tenant.getId() + " " + u.getId()));
      engine.identity().createGroupQuery().memberOfTenant(tenant.getId()).list()
          .forEach(g -> lines.add("tenant-group " + tenant.getId() + " " + g.getId()));
    }
    for (Authorization a : engine.authorizations().createAuthorizationQuery().list()) {
      if (perCase(a)) {
        continue;
      }
      lines.add("authorization " + a.getId() + " type=" + a.getAuthorizationType() + " user=" + a.getUserId()
          + " group=" + a.getGroupId() + " resource=" + a.getResourceType() + ":" + a.getResourceId()
          + " permissions=" + ((AuthorizationEntity) a).getPermissions());
    }
    engine.filters().createFilterQuery().list().forEach(f -> lines.add("filter " + f.getId() + " " + f.getName()
        + " owner=" + f.getOwner() + " properties=" + f.getProperties()));
    engine.repository().createDeploymentQuery().list().forEach(d -> lines.add("deployment " + d.getId() + " "
        + d.getName()));
    for (ProcessDefinition d : engine.repository().createProcessDefinitionQuery().list()) {
      lines.add("process-definition " + d.getId() + " suspended=" + d.isSuspended() + " ttl="
          + d.getHistoryTimeToLive());
    }
    for (DecisionDefinition d : engine.repository().createDecisionDefinitionQuery().list()) {
      lines.add("decision-definition " + d.getId() + " ttl=" + d.getHistoryTimeToLive());
    }
    for (JobDefinition d : engine.management().createJobDefinitionQuery().list()) {
      lines.add("job-definition " + d.getId() + " suspended=" + d.isSuspended() + " priority="
          + d.getOverridingJobPriority());
    }
    lines.add("batches " + engine.management().createBatchQuery().count());
    return lines;
  }

  /** The engine's own grants for one task or instance (made by every new case): not the organisation's. */
  private static boolean perCase(Authorization a) {
    int type = a.getResourceType();
    boolean caseResource = type == Resources.TASK.resourceType() || type == Resources.PROCESS_INSTANCE.resourceType()
        || type == Resources.HISTORIC_TASK.resourceType()
        || type == Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
    return caseResource && !Authorization.ANY.equals(a.getResourceId());
  }

  /** Lines of {@code before} missing after, and lines new after: what changed. */
  static List<String> changes(Collection<String> before, Collection<String> after) {
    List<String> changes = new ArrayList<>();
    for (String line : before) {
      if (!after.contains(line)) {
        changes.add("- " + line);
      }
    }
    for (String line : after) {
      if (!before.contains(line)) {
        changes.add("+ " + line);
      }
    }
    return changes;
  }
}
