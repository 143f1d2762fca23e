package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The models and forms in {@code processes/} and {@code forms/} are what their Python generators write, byte for
 * byte: a change made to a file by hand (or in Camunda Modeler) would be lost the next time the generator runs, and a
 * generator change that was not run leaves the deployed model behind. Each generator runs in an empty folder (they
 * write relative to the repository root) and every file it writes is compared with the one in the repository.
 * Needs {@code python3}; elsewhere the test says so and is skipped, except on CI where a missing tool fails.
 */
class GeneratedModelsTest {

  @ParameterizedTest(name = "{0} writes {1}")
  @CsvSource({
      "tools/establishment-model/generate_bpmn.py, processes/establishment",
      "src/test/java/se/familycentre/referral/models/referral_models.py, processes/referral",
      "src/test/java/se/familycentre/referral/models/referral_forms.py, forms/referral"})
  void theCommittedFilesAreWhatTheGeneratorWrites(String generator, String folder, @TempDir Path work)
      throws Exception {
    assumePythonAvailable();
    Files.createDirectories(work.resolve(folder));
    ExternalTool.Run run = ExternalTool.run(
        new ProcessBuilder("python3", Path.of(generator).toAbsolutePath().toString()).directory(work.toFile()), 1);
    assertThat(run.finished()).as("generator finished in time").isTrue();
    assertThat(run.exitValue()).as("generator output:\n" + run.output()).isZero();

    List<String> written = files(work.resolve(folder));
    assertThat(written).as("files the generator writes into " + folder).isNotEmpty();
    List<String> differing = new ArrayList<>();
    for (String name : written) {
      Path committed = Path.of(folder, name);
      if (!Files.exists(committed) || Files.mismatch(committed, work.resolve(folder).resolve(name)) != -1) {
        differing.add(committed.toString());
      }
    }
    assertThat(differing).as("files that differ from what " + generator + " writes (run it from the repository root"
        + " and commit its output, or change the generator instead of the file)").isEmpty();
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assumePythonAvailable() {
    boolean available;
    try {
      available = ExternalTool.run(new ProcessBuilder("python3", "--version"), 1).exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      available = false;
    }
    ExternalTool.require(available ? null : "python3 (apt-get install -y python3)", "Comparing the generated models");
  }
}
