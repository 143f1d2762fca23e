package se.familycentre.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pom's {@code postgres} execution and {@link PostgresExecutionScope} name the same test classes: when a package
 * moves, the PostgreSQL run must not lose a test quietly (the includes would no longer match) nor start one the
 * condition then skips.
 */
class PostgresExecutionScopeTest {

  static final Path TESTS = Path.of("src/test/java");

  @Test
  void thePomsIncludesAndTheConditionAgreeOnEveryTestClass() throws Exception {
    List<Pattern> includes = postgresIncludes();
    assertThat(includes).as("includes of the pom's postgres execution").isNotEmpty();

    List<String> disagreeing = new ArrayList<>();
    List<String> onPostgres = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        String path = TESTS.relativize(file).toString().replace('\\', '/');
        String className = path.substring(0, path.length() - ".java".length()).replace('/', '.');
        boolean pom = includes.stream().anyMatch(p -> p.matcher(path).matches());
        boolean condition = PostgresExecutionScope.runsOnPostgres(
            Class.forName(className, false, getClass().getClassLoader()));
        if (pom != condition) {
          disagreeing.add(className + (pom ? " (pom includes it, the condition skips it)"
              : " (the condition runs it, the pom does not include it)"));
        }
        if (pom) {
          onPostgres.add(className);
        }
      }
    }
    assertThat(disagreeing).isEmpty();
    assertThat(onPostgres).as("tests of the PostgreSQL run").contains(
        "se.familycentre.referral.FamilyReferralProcessTest",
        "se.familycentre.referral.support.ReferralSupportProcessTest",
        "se.familycentre.reportofconcern.ReportOfConcernProcessTest",
        "se.familycentre.establishment.FamilyCentreEstablishmentProcessTest",
        "se.familycentre.shared.engine.tasklist.TaskQueryAuthorizationTest");
  }

  /**
   * The condition holds for every test class, not only for those with the Spring context: JUnit auto-detects it
   * (its service file and the property that turns auto-detection on). Without it, {@code -Dtest=JvmKilledMidLoadTest}
   * ran that test's two child JVMs again in the PostgreSQL execution.
   */
  @Test
  void theConditionIsRegisteredForEveryTestClass() throws Exception {
    List<String> detected = ServiceLoader.load(Extension.class, getClass().getClassLoader()).stream()
        .map(p -> p.type().getName()).toList();
    assertThat(detected).as("extensions JUnit auto-detects (META-INF/services)")
        .contains(PostgresExecutionScope.class.getName());
    Properties platform = new Properties();
    try (var in = getClass().getResourceAsStream("/junit-platform.properties")) {
      assertThat(in).as("junit-platform.properties on the test classpath").isNotNull();
      platform.load(in);
    }
    assertThat(platform.getProperty("junit.jupiter.extensions.autodetection.enabled")).isEqualTo("true");
  }

  /** The include patterns of the execution with id {@code postgres}, as regular expressions over the file path. */
  private static List<Pattern> postgresIncludes() throws Exception {
    Element execution = PomExecutions.byId("postgres");
    List<Pattern> result = new ArrayList<>();
    if (execution != null) {
      NodeList includes = execution.getElementsByTagName("include");
      for (int j = 0; j < includes.getLength(); j++) {
        result.add(antPattern(includes.item(j).getTextContent().trim()));
      }
    }
    return result;
  }

  /** Surefire's (Ant's) pattern: {@code **}{@code /} is any number of folders, {@code *} any name part. */
  static Pattern antPattern(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("**/", i)) {
        regex.append("(?:[^/]*/)*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
