package se.familycentre.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Our own rows that belong to an engine step (the follow-up figures) are written when the step's transaction
 * commits, right after the engine's own flush, not in the middle of the step. Same transaction, so a step that
 * fails or rolls back still leaves nothing behind; but the time between the write and the commit is as short as
 * the engine's own rows have.
 *
 * <p>Why it matters: the embedded H2 file (MVStore) is not snapshotted atomically across its maps. When the JVM is
 * killed while one request is in the middle of a step and another request's commit stores the file, an insert of
 * the unfinished step can reach the disk without its undo-log entry; after the restart that row is not rolled back
 * and shows up as a figure of a step that never happened (seen once in {@code JvmKilledMidLoadTest}: an offer
 * counted for a referral still waiting at its consent). The shorter that window, the less likely; PostgreSQL (the
 * production database) has no such window at all.
 *
 * <p>Outside a Spring transaction (a plain engine in a unit test) a write runs at once. A read of the same tables
 * inside the step calls {@link #flush()} first, so it sees the step's own writes.
 */
@Component
public class WritesAtCommit {

  private final JdbcTemplate jdbc;

  public WritesAtCommit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An INSERT or UPDATE of ours that is written at the commit of the running transaction (at once if none). */
  public void update(String sql, Object... arguments) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      jdbc.update(sql, arguments);
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.statements.add(new Statement(sql, arguments));
  }

  /** Writes what the running transaction has queued so far (before a read of the same tables in the same step). */
  public void flush() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
      if (pending != null) {
        pending.write();
      }
    }
  }

  private record Statement(String sql, Object[] arguments) {
  }

  /** The queued statements of one transaction, in the order the step made them. */
  private final class Pending implements TransactionSynchronization {

    private final List<Statement> statements = new ArrayList<>();

    void write() {
      List<Statement> now = new ArrayList<>(statements);
      statements.clear();
      for (Statement statement : now) {
        jdbc.update(statement.sql(), statement.arguments());
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      write();
    }

    /** A transaction of its own inside this one (REQUIRES_NEW) gets its own queue. */
    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(WritesAtCommit.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(WritesAtCommit.this, this);
    }

    @Override
    public void afterCompletion(int status) {
      statements.clear();
      TransactionSynchronizationManager.unbindResourceIfPossible(WritesAtCommit.this);
    }
  }
}
