package se.familycentre.shared.engine.guard.comments;

import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.ensureRead;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.ensureWrite;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.instanceLevelRefused;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.refused;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * Comments on tasks, whatever the door (the engine itself checks nothing when a comment is added or read):
 * <ul>
 *   <li>read (a task's list, one comment, the task's events, which carry its comments too):
 *       {@link TaskNotesRule};</li>
 *   <li>add: on an open task the caller may read, in that task's own process instance; a comment of a whole process
 *       instance (no task): administrators only;</li>
 *   <li>update and delete: one's own comment (the engine records its author from the signed-in user), and only while
 *       one may read it; all comments of a task at once only if they are all one's own;</li>
 *   <li>a process instance's comments: those of the tasks the caller may read, none of the instance itself.</li>
 * </ul>
 * Administrators pass.
 */
@Component
public class CommentGuard implements CommandGuard {

  private static final CommandField<String> ADD_TASK = CommandField.of(AddCommentCmd.class, "taskId", String.class);
  private static final CommandField<String> ADD_INSTANCE =
      CommandField.of(AddCommentCmd.class, "processInstanceId", String.class);
  private static final CommandField<String> LIST_TASK =
      CommandField.of(GetTaskCommentsCmd.class, "taskId", String.class);
  private static final CommandField<String> ONE_TASK =
      CommandField.of(GetTaskCommentCmd.class, "taskId", String.class);
  private static final CommandField<String> EVENTS_TASK =
      CommandField.of(GetTaskEventsCmd.class, "taskId", String.class);
  private static final CommandField<String> UPDATE_TASK =
      CommandField.of(UpdateCommentCmd.class, "taskId", String.class);
  private static final CommandField<String> UPDATE_INSTANCE =
      CommandField.of(UpdateCommentCmd.class, "processInstanceId", String.class);
  private static final CommandField<String> UPDATE_COMMENT =
      CommandField.of(UpdateCommentCmd.class, "commentId", String.class);
  private static final CommandField<String> DELETE_TASK =
      CommandField.of(DeleteTaskCommentCmd.class, "taskId", String.class);
  private static final CommandField<String> DELETE_TASK_COMMENT =
      CommandField.of(DeleteTaskCommentCmd.class, "commentId", String.class);
  private static final CommandField<String> DELETE_INSTANCE =
      CommandField.of(DeleteProcessInstanceCommentCmd.class, "processInstanceId", String.class);
  private static final CommandField<String> DELETE_INSTANCE_COMMENT =
      CommandField.of(DeleteProcessInstanceCommentCmd.class, "commentId", String.class);

  @Override
  public void before(GuardedCommand command) {
    if (command.caller().admin()) {
      return;
    }
    Object cmd = command.command();
    if (cmd instanceof AddCommentCmd) {
      String taskId = ADD_TASK.of(cmd);
      if (taskId == null) {
        throw instanceLevelRefused();
      }
      ensureWrite(command, taskId, ADD_INSTANCE.of(cmd));
    } else if (cmd instanceof GetTaskCommentsCmd) {
      ensureRead(command, LIST_TASK.of(cmd));
    } else if (cmd instanceof GetTaskCommentCmd) {
      ensureRead(command, ONE_TASK.of(cmd));
    } else if (cmd instanceof GetTaskEventsCmd) {
      ensureRead(command, EVENTS_TASK.of(cmd));
    } else if (cmd instanceof UpdateCommentCmd) {
      // the comment the engine will change: found by the task when a task id is given, else by the instance
      String taskId = UPDATE_TASK.of(cmd);
      if (taskId != null) {
        ensureOwnOnTask(command, taskId, UPDATE_COMMENT.of(cmd));
      } else {
        ensureOwnInInstance(command, UPDATE_INSTANCE.of(cmd), UPDATE_COMMENT.of(cmd));
      }
    } else if (cmd instanceof DeleteTaskCommentCmd) {
      String taskId = DELETE_TASK.of(cmd);
      String commentId = DELETE_TASK_COMMENT.of(cmd);
      if (commentId == null) {
        ensureAllOwn(command, taskId);
      } else {
        ensureOwnOnTask(command, taskId, commentId);
      }
    } else if (cmd instanceof DeleteProcessInstanceCommentCmd) {
      String commentId = DELETE_INSTANCE_COMMENT.of(cmd);
      if (commentId == null) {
        throw instanceLevelRefused();
      }
      ensureOwnInInstance(command, DELETE_INSTANCE.of(cmd), commentId);
    }
  }

  @Override
  public Object after(GuardedCommand command, Object result) {
    if (command.command() instanceof GetProcessInstanceCommentsCmd && result instanceof List<?> comments) {
      @SuppressWarnings("unchecked")
      List<Comment> typed = (List<Comment>) comments;
      return TaskNotesRule.readable(command, typed, Comment::getTaskId);
    }
    return result;
  }

  /** Through the task's door: refused unless the caller may read the task; then only their own comment. */
  private static void ensureOwnOnTask(GuardedCommand command, String taskId, String commentId) {
    ensureRead(command, taskId);
    CommentEntity comment = command.context().getCommentManager().findCommentByTaskIdAndCommentId(taskId, commentId);
    if (comment != null) {
      ensureOwn(command, comment);
    }
    // no such comment on this task: the engine answers that (nothing about other tasks is told)
  }

  /** Through the process instance's door: a task's comment by the task's rule, the instance's own for no one. */
  private static void ensureOwnInInstance(GuardedCommand command, String processInstanceId, String commentId) {
    CommentEntity comment = processInstanceId == null || commentId == null ? null
        : command.context().getCommentManager().findCommentByProcessInstanceIdAndCommentId(processInstanceId,
            commentId);
    if (comment == null || comment.getTaskId() == null) {
      throw instanceLevelRefused();
    }
    ensureRead(command, comment.getTaskId());
    ensureOwn(command, comment);
  }

  private static void ensureOwn(GuardedCommand command, Comment comment) {
    if (!command.caller().userId().equals(comment.getUserId())) {
      throw refused("Du kan bara ändra eller ta bort dina egna kommentarer; kommentaren " + comment.getId()
          + " skrevs av någon annan.");
    }
  }

  private static void ensureAllOwn(GuardedCommand command, String taskId) {
    ensureRead(command, taskId);
    for (Comment comment : command.context().getCommentManager().findCommentsByTaskId(taskId)) {
      if (!command.caller().userId().equals(comment.getUserId())) {
        throw refused("Alla kommentarer på uppgiften " + taskId + " tas bort på en gång bara av en administratör "
            + "eller av den som skrivit dem alla; här finns andras kommentarer.");
      }
    }
  }
}
