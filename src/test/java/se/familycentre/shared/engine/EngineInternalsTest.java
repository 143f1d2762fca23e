package se.familycentre.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's internals (its {@code impl} packages: engine, DMN engine, webapps) are used only under
 * {@code se.familycentre.shared.engine}, behind our own small wrappers: Camunda 7 CE is at its end of life and its
 * maintained successors rename those packages, so a move touches one folder, not the process rooms. A plain scan
 * of the main sources, imports and fully qualified names alike.
 */
class EngineInternalsTest {

  static final Path MAIN = Path.of("src/main/java");
  static final Path HERE = MAIN.resolve("se/familycentre/shared/engine");
  static final Pattern INTERNALS = Pattern.compile("org\\.camunda\\.bpm\\.(engine|dmn\\.engine|webapp)\\.impl\\b");

  @Test
  void noMainFileOutsideSharedEngineUsesTheEnginesInternals() {
    List<String> outside = sources().filter(file -> !file.startsWith(HERE))
        .flatMap(EngineInternalsTest::usesOfInternals).toList();

    assertThat(outside).as("uses of the engine's impl packages outside " + HERE
        + " (put them behind a wrapper in shared/engine)").isEmpty();
  }

  @Test
  void theScanFindsTheInternalsWhereTheyAre() {
    assertThat(sources().filter(file -> file.startsWith(HERE)).flatMap(EngineInternalsTest::usesOfInternals))
        .as("the scan sees shared/engine's own uses").isNotEmpty();
  }

  private static Stream<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> usesOfInternals(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return IntStream.range(0, lines.size())
          .filter(i -> INTERNALS.matcher(lines.get(i)).find())
          .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
