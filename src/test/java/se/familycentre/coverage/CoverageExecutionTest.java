package se.familycentre.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.familycentre.support.PomExecutions;

/**
 * {@link ModelCoverageTest} runs only where {@code familycentre.coverage.check} is {@code true}: the pom's
 * {@code coverage} execution must set it and run that class, or the check would be skipped in every build and the
 * test command would stay green over any uncovered element.
 */
class CoverageExecutionTest {

  @Test
  void thePomsCoverageExecutionRunsTheCheckWithItsSwitchOn() throws Exception {
    Element coverage = PomExecutions.byId("coverage");
    assertThat(coverage).as("the pom's surefire execution with id coverage").isNotNull();
    assertThat(text(coverage, "test")).isEqualTo(ModelCoverageTest.class.getSimpleName());
    assertThat(text(coverage, "familycentre.coverage.check")).as("the switch ModelCoverageTest is enabled by")
        .isEqualTo("true");
    assertThat(text(coverage, "skipTests")).as("the coverage execution is never skipped on its own").isNull();
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
  }
}
