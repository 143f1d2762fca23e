package se.familycentre.shared.engine.concurrency;

import se.familycentre.shared.engine.ParseListeners;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * One official completes a task, never two. When two officials submit the same task at the same moment, the engine
 * would let both transactions run the whole next stretch of the process (delegates writing to our tables included)
 * and only the later flush would fail, often with a message about whatever row collided first. This plugin adds a
 * built-in "complete" listener to every user task that, before anything else happens, takes the task's row lock
 * in the database with the revision this transaction read. The second completion waits for the first; when the first
 * has committed the row is gone, and the second stops at once with {@link TaskAlreadyCompletedException}, which
 * names the task (the REST API answers "Cannot complete task &lt;id&gt;: ..."). Plain SQL, valid on H2 and
 * PostgreSQL, on the engine's own connection and transaction.
 */
@Component
public class SingleCompletionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.onEveryUserTask(configuration,
        task -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, GUARD));
  }

  private static final TaskListener GUARD = SingleCompletionPlugin::lockTaskForCompletion;

  static void lockTaskForCompletion(DelegateTask task) {
    if (!(task instanceof TaskEntity entity) || Context.getCommandContext() == null) {
      return;
    }
    String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    int locked;
    try (PreparedStatement lock = connection.prepareStatement(
        "UPDATE " + prefix + "ACT_RU_TASK SET REV_ = REV_ WHERE ID_ = ? AND REV_ = ?")) {
      lock.setString(1, entity.getId());
      lock.setInt(2, entity.getRevision());
      locked = lock.executeUpdate();
    } catch (SQLException e) {
      // A database that reports the concurrent delete as an error rather than "no row" ends up here too.
      throw new TaskAlreadyCompletedException(entity, e);
    }
    if (locked != 1) {
      throw new TaskAlreadyCompletedException(entity, null);
    }
  }

  /** The task was completed (or changed) by someone else while this completion was on its way. */
  public static class TaskAlreadyCompletedException extends OptimisticLockingException {

    TaskAlreadyCompletedException(TaskEntity task, Throwable cause) {
      super("Uppgiften \"" + task.getName() + "\" (" + task.getId() + ") har redan slutförts eller ändrats av "
          + "någon annan; ärendet har gått vidare utan din ändring. Uppdatera uppgiftslistan.", cause);
    }
  }
}
