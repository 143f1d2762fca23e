package se.familycentre.shared.engine.guard.comments;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * The user operation log (Cockpit's and Tasklist's history, {@code /history/user-operation}) repeats what was
 * written: a changed comment's old and new text ({@code UpdateComment}, property {@code comment}) and an
 * attachment's file name ({@code AddAttachment}, {@code DeleteAttachment}, property {@code name}). Whoever may read
 * the log (ledning and revision may, through their history right on every definition) sees such an entry only
 * without those values, unless they may read the notes of the entry's task ({@link TaskNotesRule}); entries of a
 * whole process instance's notes keep their values for administrators only. Who did what, and when, stays visible.
 */
@Component
public class NotesOperationLogGuard implements CommandGuard {

  @Override
  public Object after(GuardedCommand command, Object result) {
    if (!(command.command() instanceof UserOperationLogQueryImpl) || command.caller().admin()) {
      return result;
    }
    Predicate<String> readable = TaskNotesRule.readableTasks(command);
    if (result instanceof List<?> entries) {
      for (Object entry : entries) {
        withoutUnreadableValues((UserOperationLogEntry) entry, readable);
      }
    } else if (result instanceof UserOperationLogEntry entry) {
      withoutUnreadableValues(entry, readable);
    }
    return result;
  }

  private static void withoutUnreadableValues(UserOperationLogEntry entry, Predicate<String> readable) {
    if (!EntityTypes.COMMENT.equals(entry.getEntityType()) && !EntityTypes.ATTACHMENT.equals(entry.getEntityType())) {
      return;
    }
    if (!readable.test(entry.getTaskId()) && entry instanceof UserOperationLogEntryEventEntity event) {
      // the entries are read-only events (never written back), so the answer's copy can be changed in place
      event.setOrgValue(null);
      event.setNewValue(null);
    }
  }
}
