package se.familycentre.production.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Profiling aid of the benchmark ({@code explain=true}): while armed, the next execution of a named engine
 * statement is also run as {@code EXPLAIN (ANALYZE, BUFFERS)} on PostgreSQL, with the very SQL and parameters the
 * engine bound, and the plan is kept. Added to the engine's MyBatis configuration at run time; it applies to
 * sessions opened afterwards and does nothing while not armed.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
final class QueryPlans implements Interceptor {

  private String armedStatement;
  private final List<String> plan = new ArrayList<>();

  static QueryPlans install(ProcessEngine engine) {
    QueryPlans plans = new QueryPlans();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
        .getConfiguration().addInterceptor(plans);
    return plans;
  }

  /** Runs the query and returns the plan of the first execution of the statement ending in {@code statementSuffix}. */
  synchronized List<String> explain(String statementSuffix, Runnable query) {
    plan.clear();
    armedStatement = statementSuffix;
    try {
      query.run();
    } finally {
      armedStatement = null;
    }
    return List.copyOf(plan);
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
    if (armedStatement != null && statement.getId().endsWith(armedStatement)) {
      armedStatement = null;
      Object parameter = invocation.getArgs()[1];
      BoundSql bound = statement.getBoundSql(parameter);
      Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
      try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + bound.getSql())) {
        new DefaultParameterHandler(statement, parameter, bound).setParameters(explain);
        try (ResultSet rows = explain.executeQuery()) {
          plan.add(bound.getSql().replaceAll("\\s+", " "));
          while (rows.next()) {
            plan.add(rows.getString(1));
          }
        }
      }
    }
    return invocation.proceed();
  }

  @Override
  public void setProperties(Properties properties) {
    // no settings
  }
}
