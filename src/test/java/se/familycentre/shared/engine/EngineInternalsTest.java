package se.familycentre.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.familycentre.support.MainSources;

/**
 * The engine's internals (its {@code impl} packages: engine, DMN engine, webapps) are used only under
 * {@code se.familycentre.shared.engine}, behind our own small wrappers: Camunda 7 CE is at its end of life and its
 * maintained successors rename those packages, so a move touches one folder, not the process rooms. A plain scan
 * of the main sources, imports and fully qualified names alike.
 */
class EngineInternalsTest {

  static final Path HERE = MainSources.MAIN.resolve("se/familycentre/shared/engine");
  static final Pattern INTERNALS = Pattern.compile("org\\.camunda\\.bpm\\.(engine|dmn\\.engine|webapp)\\.impl\\b");

  @Test
  void noMainFileOutsideSharedEngineUsesTheEnginesInternals() {
    assertThat(MainSources.linesMatching(file -> !file.startsWith(HERE), INTERNALS))
        .as("uses of the engine's impl packages outside " + HERE + " (put them behind a wrapper in shared/engine)")
        .isEmpty();
  }

  @Test
  void theScanFindsTheInternalsWhereTheyAre() {
    assertThat(MainSources.linesMatching(file -> file.startsWith(HERE), INTERNALS))
        .as("the scan sees shared/engine's own uses").isNotEmpty();
  }
}
