package se.familycentre.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Our rows of an engine step are written at the step's commit, in the step's own transaction: nothing before the
 * commit, nothing after a rollback, the step's order kept, and a transaction of its own inside the step keeps its
 * own rows. Without a transaction a write runs at once.
 */
class WritesAtCommitTest {

  private JdbcTemplate jdbc;
  private WritesAtCommit writes;
  private TransactionTemplate step;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:writes" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE figure (id INT PRIMARY KEY, answer VARCHAR(20))");
    writes = new WritesAtCommit(jdbc);
    step = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  private int rows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class);
  }

  @Test
  void aStepsRowsAreWrittenAtItsCommitInTheOrderTheStepMadeThem() {
    step.executeWithoutResult(status -> {
      writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 1, "OPEN");
      writes.update("UPDATE figure SET answer = ? WHERE id = ?", "ACCEPTED", 1);
      assertThat(rows()).as("nothing written in the middle of the step").isZero();
    });
    assertThat(jdbc.queryForObject("SELECT answer FROM figure WHERE id = 1", String.class)).isEqualTo("ACCEPTED");
  }

  @Test
  void aStepThatRollsBackLeavesNoRowAndTheNextStepStartsEmpty() {
    assertThatThrownBy(() -> step.executeWithoutResult(status -> {
      writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 1, "OPEN");
      throw new IllegalStateException("the step fails");
    })).hasMessage("the step fails");
    step.executeWithoutResult(status -> writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 2, "OPEN"));
    assertThat(jdbc.queryForList("SELECT id FROM figure", Integer.class)).containsExactly(2);
  }

  @Test
  void aReadInsideTheStepSeesTheStepsOwnRowsAfterFlush() {
    step.executeWithoutResult(status -> {
      writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 1, "OPEN");
      writes.flush();
      assertThat(rows()).as("the step's own row, before its commit").isOne();
    });
    assertThat(rows()).isOne();
  }

  @Test
  void aTransactionOfItsOwnInsideTheStepKeepsItsOwnRows() {
    TransactionTemplate own = new TransactionTemplate(step.getTransactionManager());
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    assertThatThrownBy(() -> step.executeWithoutResult(status -> {
      writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 1, "OPEN");
      own.executeWithoutResult(inner -> writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 2, "OWN"));
      throw new IllegalStateException("the outer step fails");
    })).hasMessage("the outer step fails");
    assertThat(jdbc.queryForList("SELECT id FROM figure", Integer.class)).as("only the inner transaction's row")
        .containsExactly(2);
  }

  @Test
  void withoutATransactionAWriteRunsAtOnce() {
    writes.update("INSERT INTO figure (id, answer) VALUES (?, ?)", 1, "OPEN");
    assertThat(rows()).isOne();
  }
}
