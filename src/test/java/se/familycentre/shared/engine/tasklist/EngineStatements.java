package se.familycentre.shared.engine.tasklist;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * For comparisons (TaskQueryAuthorizationTest, the benchmark): runs work with the engine's own task statements
 * instead of {@link TaskQueryAuthorizationPlugin}'s, then puts ours back.
 */
public final class EngineStatements {

  private EngineStatements() {
  }

  public static <T> T call(ProcessEngine engine, Supplier<T> work) {
    DbSqlSessionFactory sessions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(ours);
    engines.remove(TaskQueryAuthorizationPlugin.LIST);
    engines.remove(TaskQueryAuthorizationPlugin.COUNT);
    engines.remove(TaskQueryAuthorizationPlugin.GROUPS);
    sessions.setStatementMappings(engines);
    try {
      if (!sessions.mapStatement(TaskQueryAuthorizationPlugin.COUNT).equals(TaskQueryAuthorizationPlugin.COUNT)) {
        throw new IllegalStateException("the engine's own count statement is not in use");
      }
      return work.get();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }
}
