package se.familycentre.support;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run ({@code familycentre.test.database=postgres}) only the process tests (the packages of the
 * process rooms: {@code establishment}, {@code referral} with {@code referral.support}, {@code reportofconcern},
 * {@code escalation}), the secrecy tests ({@code secrecy}: the guards' SQL runs on both databases), the task query
 * test ({@code TaskQueryAuthorizationTest}), the demo cases' tests ({@code DemoReferralCasesTest},
 * {@code EstablishmentDemoCasesTest}: real cases of both processes) and classes named {@code *PostgresTest} run;
 * everything else ran on H2 already (the model coverage check runs after both runs, over both runs' records). The pom's includes say the same; this condition also holds when {@code -Dtest=...} replaces the includes,
 * so {@code mvn test -Dtest=SomeOtherTest} does not start a second context on PostgreSQL for nothing, nor run a test
 * that starts JVMs of its own ({@code JvmKilledMidLoadTest}) a second time. It holds for every test class: JUnit
 * finds it through {@code META-INF/services} ({@code junit-platform.properties} turns auto-detection on).
 */
public class PostgresExecutionScope implements ExecutionCondition {

  /**
   * Package names whose tests run on PostgreSQL, wherever they stand in a test's package, as the pom's
   * {@code **}{@code /<name>/**} includes read them: the process rooms (referral.support lies inside referral) and
   * secrecy.
   */
  static final List<String> PACKAGES = List.of("establishment", "referral", "reportofconcern", "escalation",
      "secrecy");
  /** Single test classes outside those packages that run on PostgreSQL too, as the pom names them. */
  static final Set<String> CLASSES = Set.of("se.familycentre.shared.engine.tasklist.TaskQueryAuthorizationTest",
      "se.familycentre.demo.DemoReferralCasesTest", "se.familycentre.demo.EstablishmentDemoCasesTest");

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
    return PACKAGES.stream().anyMatch(p -> name.contains("." + p + ".")) || CLASSES.contains(name)
        || name.endsWith("PostgresTest");
  }
}
