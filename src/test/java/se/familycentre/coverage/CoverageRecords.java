package se.familycentre.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;
import se.familycentre.support.TestDatabase;

/**
 * The model coverage records of one build. The suite runs in several test JVMs (two per database, side by side), so
 * each JVM writes what it passed through ({@link ModelCoverageRecorder#PASSED}) to a file of its own when it ends,
 * {@code <runs>/<run>/<database>-<pid>.txt}; the coverage check, which runs after all of them, reads the union per
 * database. The run is named by the build ({@code familycentre.coverage.run}, Maven's build timestamp), so records
 * of an earlier build are never counted; they are removed when the check reads this one's.
 */
final class CoverageRecords {

  static final Path RUNS = Path.of("target", "process-test-coverage", "runs");
  static final String RUN_PROPERTY = "familycentre.coverage.run";

  private CoverageRecords() {
  }

  /** This build's run, when the build names one (a test started from an IDE has none: one JVM, nothing to merge). */
  static Optional<String> run() {
    String run = System.getProperty(RUN_PROPERTY, "").trim();
    return run.isEmpty() || run.startsWith("${") ? Optional.empty() : Optional.of(run);
  }

  static String database() {
    return TestDatabase.selected();
  }

  /** Writes this JVM's record when the JVM ends (registered once per JVM, by the recorder). */
  static void writeWhenTheJvmEnds(Set<String> passed) {
    run().ifPresent(run -> Runtime.getRuntime().addShutdownHook(new Thread(() ->
        write(RUNS, run, database(), ProcessHandle.current().pid(), passed), "model-coverage-record")));
  }

  static Path write(Path runs, String run, String database, long jvm, Set<String> passed) {
    try {
      Path dir = runs.resolve(run);
      Files.createDirectories(dir);
      Path file = dir.resolve(database + "-" + jvm + ".txt");
      Files.write(file, new TreeSet<>(passed), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The databases this run has records of, in name order. */
  static List<String> databases(Path runs, String run) {
    Set<String> found = new TreeSet<>();
    for (Path file : files(runs.resolve(run))) {
      found.add(databaseOf(file));
    }
    return new ArrayList<>(found);
  }

  /** Everything the run's JVMs on this database passed through, together. */
  static Set<String> passed(Path runs, String run, String database) {
    Set<String> passed = new TreeSet<>();
    for (Path file : files(runs.resolve(run))) {
      if (databaseOf(file).equals(database)) {
        try {
          Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(passed::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return passed;
  }

  /** Removes the records of every other run. */
  static void removeOtherRuns(Path runs, String run) {
    if (!Files.isDirectory(runs)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(runs)) {
      for (Path dir : dirs.filter(d -> !d.getFileName().toString().equals(run)).toList()) {
        FileSystemUtils.deleteRecursively(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database a record is of: its name without {@code -<pid>.txt}. */
  private static String databaseOf(Path record) {
    String name = record.getFileName().toString();
    return name.substring(0, name.lastIndexOf('-'));
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches(".+-\\d+\\.txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
