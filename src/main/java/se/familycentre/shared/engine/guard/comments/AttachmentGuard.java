package se.familycentre.shared.engine.guard.comments;

import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.ensureRead;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.ensureWrite;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.instanceLevelRefused;
import static se.familycentre.shared.engine.guard.comments.TaskNotesRule.refused;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * Attachments of tasks, whatever the door (the engine itself checks nothing for attachments):
 * <ul>
 *   <li>read (a task's list, one attachment, its content; also by the attachment's id alone): {@link TaskNotesRule}
 *       on the attachment's task; an attachment of a whole process instance (no task): administrators only;</li>
 *   <li>create: on an open task the caller may read, in that task's own process instance; the creator is recorded
 *       in {@link AttachmentCreators}; an attachment of a whole process instance: administrators only;</li>
 *   <li>change (name, description) and delete: one's own attachment, and only while one may read it;</li>
 *   <li>a process instance's attachments: those of the tasks the caller may read, none of the instance itself.</li>
 * </ul>
 * Administrators pass (their attachments are recorded too).
 */
@Component
public class AttachmentGuard implements CommandGuard {

  private static final CommandField<String> CREATE_TASK =
      CommandField.of(CreateAttachmentCmd.class, "taskId", String.class);
  private static final CommandField<String> CREATE_INSTANCE =
      CommandField.of(CreateAttachmentCmd.class, "processInstanceId", String.class);
  private static final CommandField<String> LIST_TASK =
      CommandField.of(GetTaskAttachmentsCmd.class, "taskId", String.class);
  private static final CommandField<String> ONE_TASK =
      CommandField.of(GetTaskAttachmentCmd.class, "taskId", String.class);
  private static final CommandField<String> CONTENT_TASK =
      CommandField.of(GetTaskAttachmentContentCmd.class, "taskId", String.class);
  private static final CommandField<String> BY_ID =
      CommandField.of(GetAttachmentCmd.class, "attachmentId", String.class);
  private static final CommandField<String> CONTENT_BY_ID =
      CommandField.of(GetAttachmentContentCmd.class, "attachmentId", String.class);
  private static final CommandField<Attachment> SAVE =
      CommandField.of(SaveAttachmentCmd.class, "attachment", Attachment.class);
  private static final CommandField<String> DELETE_TASK =
      CommandField.of(DeleteAttachmentCmd.class, "taskId", String.class);
  private static final CommandField<String> DELETE_ID =
      CommandField.of(DeleteAttachmentCmd.class, "attachmentId", String.class);

  private final AttachmentCreators creators;

  public AttachmentGuard(AttachmentCreators creators) {
    this.creators = creators;
  }

  @Override
  public void before(GuardedCommand command) {
    if (command.caller().admin()) {
      return;
    }
    Object cmd = command.command();
    if (cmd instanceof CreateAttachmentCmd) {
      String taskId = CREATE_TASK.of(cmd);
      if (taskId == null) {
        throw instanceLevelRefused();
      }
      ensureWrite(command, taskId, CREATE_INSTANCE.of(cmd));
    } else if (cmd instanceof GetTaskAttachmentsCmd) {
      ensureRead(command, LIST_TASK.of(cmd));
    } else if (cmd instanceof GetTaskAttachmentCmd) {
      ensureRead(command, ONE_TASK.of(cmd));
    } else if (cmd instanceof GetTaskAttachmentContentCmd) {
      ensureRead(command, CONTENT_TASK.of(cmd));
    } else if (cmd instanceof GetAttachmentCmd) {
      ensureReadById(command, BY_ID.of(cmd));
    } else if (cmd instanceof GetAttachmentContentCmd) {
      ensureReadById(command, CONTENT_BY_ID.of(cmd));
    } else if (cmd instanceof SaveAttachmentCmd) {
      Attachment changed = SAVE.of(cmd);
      // the stored attachment decides, not the task id the caller put on the object
      ensureOwn(command, ensureReadById(command, changed == null ? null : changed.getId()));
    } else if (cmd instanceof DeleteAttachmentCmd) {
      String taskId = DELETE_TASK.of(cmd);
      String attachmentId = DELETE_ID.of(cmd);
      if (taskId != null && !taskId.isBlank()) {
        ensureRead(command, taskId);
        Attachment attachment = command.context().getAttachmentManager()
            .findAttachmentByTaskIdAndAttachmentId(taskId, attachmentId);
        if (attachment != null) {
          ensureOwn(command, attachment);
        }
        // no such attachment on this task: the engine answers that (nothing about other tasks is told)
      } else {
        ensureOwn(command, ensureReadById(command, attachmentId));
      }
    }
  }

  @Override
  public Object after(GuardedCommand command, Object result) {
    Object cmd = command.command();
    if (cmd instanceof CreateAttachmentCmd && result instanceof Attachment created) {
      creators.record(created.getId(), command.caller().userId());
    } else if (cmd instanceof DeleteAttachmentCmd) {
      creators.forget(DELETE_ID.of(cmd));
    } else if (cmd instanceof GetProcessInstanceAttachmentsCmd && result instanceof List<?> attachments) {
      @SuppressWarnings("unchecked")
      List<Attachment> typed = (List<Attachment>) attachments;
      return TaskNotesRule.readable(command, typed, Attachment::getTaskId);
    }
    return result;
  }

  /**
   * The attachment, if the caller may read it; refused alike when it does not exist, belongs to a task the caller
   * may not read (without naming that task) or to a whole process instance.
   */
  private static Attachment ensureReadById(GuardedCommand command, String attachmentId) {
    AttachmentEntity attachment = attachmentId == null ? null
        : command.context().getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
    if (attachment != null && attachment.getTaskId() == null) {
      throw instanceLevelRefused();
    }
    ensureRead(command, attachment == null ? null : attachment.getTaskId(), "Bilagan " + attachmentId
        + " visas bara för dess uppgifts handläggare och medlemmar i uppgiftens kandidatgrupper vid den egna "
        + "familjecentralen, aldrig för förvaltningsledning eller revision.");
    return attachment;
  }

  private void ensureOwn(GuardedCommand command, Attachment attachment) {
    if (!creators.creator(attachment.getId()).map(command.caller().userId()::equals).orElse(false)) {
      throw refused("Du kan bara ändra eller ta bort dina egna bilagor; bilagan " + attachment.getId()
          + " lades till av någon annan.");
    }
  }
}
