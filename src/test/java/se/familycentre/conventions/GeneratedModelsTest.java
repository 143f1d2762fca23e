package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models and forms that {@code tools/models/generate.py} writes are in the repository exactly as it writes them,
 * byte for byte: a change made to a file by hand (or saved from Camunda Modeler) would be lost the next time the
 * generator runs, and a generator change that was not run leaves the deployed model behind. The generator writes
 * into an empty folder ({@code --out}) and every file it names is compared with the committed one. Every BPMN
 * diagram in {@code processes/} must be among them: the generator is the diagrams' one source. Needs
 * {@code python3}; elsewhere the test says so and is skipped, except on CI where a missing tool fails.
 */
class GeneratedModelsTest {

  static final String GENERATOR = "tools/models/generate.py";

  @Test
  void theCommittedFilesAreWhatTheGeneratorWrites(@TempDir Path work) throws Exception {
    List<String> written = generate(work);

    assertThat(written).as("files " + GENERATOR + " writes").isNotEmpty();
    List<String> differing = new ArrayList<>();
    for (String name : written) {
      Path committed = Path.of(name);
      if (!Files.exists(committed) || Files.mismatch(committed, work.resolve(name)) != -1) {
        differing.add(name);
      }
    }
    assertThat(differing).as("files that differ from what " + GENERATOR + " writes (run python3 " + GENERATOR
        + " from the repository root and commit its output, or change the generator instead of the file)").isEmpty();
  }

  @Test
  void everyDiagramIsGeneratedAndNamesItsGenerator(@TempDir Path work) throws Exception {
    List<String> written = generate(work);

    assertThat(written).as("every BPMN model in processes/ comes from " + GENERATOR)
        .containsAll(files(Path.of("processes"), ".bpmn"));
    assertThat(written).as("every form in forms/referral comes from " + GENERATOR)
        .containsAll(files(Path.of("forms/referral"), ".form"));
    for (String name : written) {
      String content = Files.readString(work.resolve(name));
      assertThat(content).as(name + " names its generator as exporter").containsAnyOf(
          "exporter=\"" + GENERATOR + "\"", "\"name\": \"" + GENERATOR + "\"");
    }
  }

  /** Runs the generator into an empty folder and returns the paths it wrote (one per line of its output). */
  private static List<String> generate(Path work) throws IOException, InterruptedException {
    assumePythonAvailable();
    ExternalTool.Run run = ExternalTool.run(
        new ProcessBuilder("python3", GENERATOR, "--out", work.toString()), 1);
    assertThat(run.finished()).as("generator finished in time").isTrue();
    assertThat(run.exitValue()).as("generator output:\n" + run.output()).isZero();
    return run.output().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** The files under folder with the given ending, as paths from the repository root with '/'. */
  private static List<String> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).map(p -> p.toString().replace('\\', '/')).sorted()
          .toList();
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
