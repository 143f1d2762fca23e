package se.familycentre.shared.engine.guard.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * Who may read and write the comments and attachments of a task (its "notes"): administrators; otherwise only the
 * task's assignee and the members of its candidate groups, at the task's own centre (tenant), and never
 * {@code ledning} or {@code revision} (whatever the engine lets them read of the task itself). A finished task is
 * judged by its history: its last assignee, and the candidate groups its identity link log shows when it ended.
 * Writing needs the open task. A task that does not exist is refused like one the caller may not read, so that a
 * refusal does not tell whether a guessed id exists.
 */
final class TaskNotesRule {

  static final String CANDIDATE_LINK_ADDED = "add";
  static final String CANDIDATE_LINK_DELETED = "delete";

  /** What decides about a task's notes. */
  record TaskFacts(String id, String processInstanceId, String tenantId, String assignee,
      Set<String> candidateGroups, boolean open) {
  }

  private TaskNotesRule() {
  }

  /** The open task, else the finished one from history; empty if there is neither. */
  static Optional<TaskFacts> task(CommandContext context, String taskId) {
    if (taskId == null) {
      return Optional.empty();
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task != null) {
      Set<String> groups = new LinkedHashSet<>();
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      return Optional.of(new TaskFacts(taskId, task.getProcessInstanceId(), task.getTenantId(), task.getAssignee(),
          groups, true));
    }
    HistoricTaskInstanceEntity finished = context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class,
        taskId);
    if (finished == null) {
      return Optional.empty();
    }
    return Optional.of(new TaskFacts(taskId, finished.getProcessInstanceId(), finished.getTenantId(),
        finished.getAssignee(), candidateGroupsAtEnd(context, taskId), false));
  }

  /**
   * The candidate groups of a finished task, replayed from its identity link log in time order (a group removed
   * while the task was open is not one; the engine removes the links at the end without logging it). Read without
   * the caller's authorization and tenant check: the rule itself decides, on the task's own tenant.
   */
  private static Set<String> candidateGroupsAtEnd(CommandContext context, String taskId) {
    HistoricIdentityLinkLogQueryImpl query = new HistoricIdentityLinkLogQueryImpl();
    query.taskId(taskId).type(IdentityLinkType.CANDIDATE).orderByTime().asc();
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableTenantCheck();
    List<HistoricIdentityLinkLog> log;
    try {
      log = context.runWithoutAuthorization(() -> query.executeList(context, null));
    } finally {
      context.setTenantCheckEnabled(tenantCheck);
    }
    Set<String> groups = new LinkedHashSet<>();
    for (HistoricIdentityLinkLog entry : log) {
      if (entry.getGroupId() == null) {
        continue;
      }
      if (CANDIDATE_LINK_ADDED.equals(entry.getOperationType())) {
        groups.add(entry.getGroupId());
      } else if (CANDIDATE_LINK_DELETED.equals(entry.getOperationType())) {
        groups.remove(entry.getGroupId());
      }
    }
    return groups;
  }

  static boolean mayRead(Caller caller, TaskFacts task) {
    if (caller.admin()) {
      return true;
    }
    if (caller.inAnyGroup(VisibilityMatrix.OVERSEERS)) {
      return false;
    }
    if (task.tenantId() != null && !caller.tenants().contains(task.tenantId())) {
      return false;
    }
    return caller.userId().equals(task.assignee()) || caller.inAnyGroup(task.candidateGroups());
  }

  /** The task, if the caller may read its notes; else refused. */
  static TaskFacts ensureRead(GuardedCommand command, String taskId) {
    return ensureRead(command, taskId, readRefusal(taskId));
  }

  /** The same, refused with {@code message} (for a door that named a comment or attachment, not its task). */
  static TaskFacts ensureRead(GuardedCommand command, String taskId, String message) {
    return task(command.context(), taskId).filter(t -> mayRead(command.caller(), t))
        .orElseThrow(() -> refused(message));
  }

  /**
   * The open task, if the caller may write notes on it, with {@code processInstanceId} (if given at all) being the
   * task's own: otherwise the note would show among another case's notes.
   */
  static TaskFacts ensureWrite(GuardedCommand command, String taskId, String processInstanceId) {
    TaskFacts task = task(command.context(), taskId).filter(t -> t.open() && mayRead(command.caller(), t))
        .orElseThrow(() -> refused("Kommentarer och bilagor på uppgiften " + taskId + " skrivs bara av "
            + "uppgiftens handläggare och medlemmar i dess kandidatgrupper vid den egna familjecentralen, och bara "
            + "medan uppgiften är öppen; förvaltningsledning och revision skriver inga."));
    if (processInstanceId != null && !processInstanceId.equals(task.processInstanceId())) {
      throw refused("Uppgiften " + taskId + " hör inte till processinstansen " + processInstanceId
          + ": en kommentar eller bilaga hör till sin egen uppgifts processinstans.");
    }
    return task;
  }

  /** A comment or attachment of a whole process instance, not of a task: administrators only. */
  static AuthorizationException instanceLevelRefused() {
    return refused("Kommentarer och bilagor på en hel processinstans (utan uppgift) läses, skrivs och tas bort "
        + "bara av administratörer.");
  }

  static String readRefusal(String taskId) {
    return "Kommentarer och bilagor på uppgiften " + taskId + " visas bara för uppgiftens handläggare och "
        + "medlemmar i dess kandidatgrupper vid den egna familjecentralen, aldrig för förvaltningsledning eller "
        + "revision.";
  }

  static AuthorizationException refused(String message) {
    return new AuthorizationException(message);
  }

  /**
   * Whether the caller may read the notes of a task, for the many notes of one answer: each task is looked at once.
   * No task (a note of a whole process instance): administrators only.
   */
  static Predicate<String> readableTasks(GuardedCommand command) {
    if (command.caller().admin()) {
      return taskId -> true;
    }
    Map<String, Boolean> seen = new HashMap<>();
    return taskId -> taskId != null && seen.computeIfAbsent(taskId, id -> task(command.context(), id)
        .map(t -> mayRead(command.caller(), t)).orElse(false));
  }

  /** Of the notes of a process instance, those the caller may read. */
  static <N> List<N> readable(GuardedCommand command, List<N> notes, Function<N, String> taskOf) {
    Predicate<String> readable = readableTasks(command);
    return notes.stream().filter(note -> readable.test(taskOf.apply(note)))
        .collect(Collectors.toCollection(ArrayList::new));
  }
}
