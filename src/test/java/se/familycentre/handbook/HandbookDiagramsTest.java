package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.familycentre.handbook.Diagrams.Diagram;

/**
 * The handbook's diagrams are the SVGs bpmn-js drew (tools/bpmn-render/export-handbook-diagrams.sh), committed
 * beside the code. Each must have been drawn from its BPMN file exactly as that file is now: the SVG names the file
 * and its SHA-256, and this test recomputes the hash (no browser needed). Every BPMN file has its SVG, named after
 * its process, and no SVG is left of a model that is gone.
 */
class HandbookDiagramsTest {

  @ParameterizedTest(name = "{1} is drawn from {0} as it is now")
  @CsvSource({
      "processes, src/main/resources/handbook/diagrams",
      "src/test/resources/handbook/processes, src/test/resources/handbook/diagrams"})
  void everyDiagramIsDrawnFromItsBpmnFileAsItIsNow(Path models, Path diagrams) throws IOException {
    assertThat(files(models, ".bpmn")).as("BPMN files in " + models).isNotEmpty();
    assertThat(problems(models, diagrams)).as("diagrams to export again (tools/bpmn-render/"
        + "export-handbook-diagrams.sh, then commit the SVGs with the model)").isEmpty();
  }

  @Test
  void aDiagramOfAnotherVersionAMissingOneAndALeftOverOneAreCaught(@TempDir Path dir) throws IOException {
    Path models = Files.createDirectories(dir.resolve("src/test/resources/handbook/processes/fixture"));
    Path diagrams = Files.createDirectories(dir.resolve("diagrams"));
    Path fixtures = Path.of("src/test/resources/handbook");
    for (String name : List.of("handbookFixtureReferral", "handbookFixtureProgramme")) {
      Files.copy(fixtures.resolve("diagrams/" + name + ".svg"), diagrams.resolve(name + ".svg"));
    }
    Files.copy(fixtures.resolve("processes/fixture/handbookFixtureReferral.bpmn"),
        models.resolve("handbookFixtureReferral.bpmn"));
    Files.writeString(models.resolve("handbookFixtureReferral.bpmn"), "\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.copy(fixtures.resolve("processes/fixture/handbookFixtureProgramme.bpmn"),
        models.resolve("handbookFixtureProgrammeRenamed.bpmn"));

    assertThat(problems(dir, models, diagrams))
        .anySatisfy(p -> assertThat(p).contains("handbookFixtureReferral.svg", "another version"))
        .anySatisfy(p -> assertThat(p).contains("handbookFixtureProgrammeRenamed.bpmn", "no diagram"))
        .anySatisfy(p -> assertThat(p).contains("handbookFixtureProgramme.svg", "is not there"))
        .hasSize(3);
  }

  private static List<String> problems(Path models, Path diagrams) throws IOException {
    return problems(Path.of(""), models, diagrams);
  }

  /** What is wrong with the diagrams of the BPMN files under models; paths are shown from root. */
  static List<String> problems(Path root, Path models, Path diagrams) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Path> svgBySource = new TreeMap<>();
    for (Path svg : files(diagrams, ".svg")) {
      Diagram diagram = Diagrams.parse(Files.readString(svg));
      Path source = root.resolve(diagram.source());
      if (!Files.exists(source)) {
        problems.add(svg + " is drawn from " + diagram.source() + ", which is not there");
      } else if (!diagram.drawnFrom(Files.readAllBytes(source))) {
        problems.add(svg + " is drawn from another version of " + diagram.source());
      }
      svgBySource.put(diagram.source(), svg);
    }
    for (Path bpmn : files(models, ".bpmn")) {
      String shown = root.toAbsolutePath().relativize(bpmn.toAbsolutePath()).toString().replace('\\', '/');
      Path svg = svgBySource.get(shown);
      if (svg == null) {
        problems.add(shown + " has no diagram in " + diagrams);
        continue;
      }
      List<String> keys = Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(Process.class).stream()
          .filter(p -> !p.getFlowElements().isEmpty()).map(Process::getId).toList();
      String key = svg.getFileName().toString().replaceFirst("\\.svg$", "");
      if (!keys.contains(key)) {
        problems.add(svg + " is not named after a process of " + shown + " " + keys);
      }
    }
    return problems;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
