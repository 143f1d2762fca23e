package se.familycentre.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run ({@code familycentre.test.database=postgres}) only the process tests (packages
 * {@code establishment} and {@code referral}), the task query test ({@code TaskQueryAuthorizationTest}), the secrecy
 * tests ({@code secrecy}: the guards' SQL runs on both databases) and classes named {@code *PostgresTest} run;
 * everything else ran on H2 already. The pom's includes say the same; this condition also holds when
 * {@code -Dtest=...} replaces the includes, so {@code mvn test -Dtest=SomeOtherTest} does not start a second context
 * on PostgreSQL for nothing.
 */
public class PostgresExecutionScope implements ExecutionCondition {

  static final String TASK_QUERY_TEST = "se.familycentre.shared.engine.tasklist.TaskQueryAuthorizationTest";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestDatabase.isPostgres() || context.getTestClass().isEmpty()) {
      return ConditionEvaluationResult.enabled("not the PostgreSQL run");
    }
    Class<?> testClass = context.getTestClass().get();
    while (testClass.getEnclosingClass() != null) {
      testClass = testClass.getEnclosingClass();
    }
    return runsOnPostgres(testClass)
        ? ConditionEvaluationResult.enabled("a process test, run on PostgreSQL too")
        : ConditionEvaluationResult.disabled("runs on H2 only (see the pom's postgres execution)");
  }

  static boolean runsOnPostgres(Class<?> testClass) {
    String name = testClass.getName();
    return name.contains(".establishment.") || name.contains(".referral.") || name.equals(TASK_QUERY_TEST)
        || name.contains(".secrecy.")
        || name.endsWith("PostgresTest");
  }
}
