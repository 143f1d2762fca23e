package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.familycentre.handbook.Diagrams;
import se.familycentre.handbook.Diagrams.Diagram;

/**
 * Renders every diagram in processes/ with bpmn-js in headless Chromium (tools/bpmn-render) and fails on what an
 * auditor would see as untidy: overlapping shapes or labels, flows through shapes, text overflowing a task, labels
 * cut by the border of a pool, lane, sub-process or group, task icons over their text. The
 * PNGs stay under target/diagrams for review. Needs Node with tools/bpmn-render installed and Debian's chromium
 * (.ci/run installs both); elsewhere the test says plainly what is missing and is skipped, except on CI where a
 * missing tool fails the build.
 */
class RenderedDiagramsTest {

  static final Path TOOL = Path.of("tools/bpmn-render");
  static final Path OUT = Path.of("target/diagrams");

  @Test
  void everyDiagramRendersWithoutOverlapsOrFlowsThroughShapes() throws Exception {
    assumeToolAvailable();
    if (ModelConventions.files(Path.of("processes"), ".bpmn").isEmpty()) {
      return;
    }
    Files.createDirectories(OUT);
    ExternalTool.Run render = ExternalTool.run(
        new ProcessBuilder("node", TOOL.resolve("render.mjs").toString(), OUT.toString(), "processes"), 3);

    assertThat(render.finished()).as("renderer finished in time").isTrue();
    assertThat(render.exitValue()).as("render report:\n" + render.output()).isZero();
    try (var pngs = Files.list(OUT)) {
      assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
    }
  }

  /**
   * The two rules an auditor asked for fail on their fixtures: a label cut by the border of its sub-process or of a
   * group (label-cut-by-container), and a task icon drawn over the first line of a three-line name
   * (icon-over-text); the task with a short name beside it is not reported.
   */
  @Test
  void labelsCutByContainersAndIconsOverTextFailTheirFixtures() throws Exception {
    assumeToolAvailable();
    Path out = Path.of("target/diagram-fixtures");
    Files.createDirectories(out);
    ExternalTool.Run render = ExternalTool.run(new ProcessBuilder("node", TOOL.resolve("render.mjs").toString(),
        out.toString(), TOOL.resolve("fixtures/label-cut.bpmn").toString(),
        TOOL.resolve("fixtures/icon-over-text.bpmn").toString()), 3);

    assertThat(render.finished()).as("renderer finished in time").isTrue();
    assertThat(render.exitValue()).as("render report:\n" + render.output()).isEqualTo(1);
    assertThat(render.output())
        .contains("label is cut by the border of a container or group: EndEvent_KeptOffer, SubProcess_Work")
        .contains("label is cut by the border of a container or group: Flow_ToDone, Group_Phase")
        .contains("a task icon or marker is drawn over its text: Task_LongName")
        .doesNotContain("Task_ShortName");
  }

  /**
   * The export the handbook's diagrams come from works here too, and writes the same files, drawn from the same
   * versions of the models, as are committed (HandbookDiagramsTest checks the committed ones against the models
   * without a browser; the drawing itself may differ by a font's metrics from machine to machine, so it is not
   * compared).
   */
  @Test
  void theHandbookDiagramsExportAsCommitted() throws Exception {
    assumeToolAvailable();
    Path committed = Path.of("src/main/resources/handbook/diagrams");
    Path exported = Path.of("target/handbook-diagrams");
    List<String> names = svgs(committed);
    for (String old : svgs(exported)) {
      Files.delete(exported.resolve(old));
    }
    ExternalTool.Run export = ExternalTool.run(new ProcessBuilder("node", TOOL.resolve("render.mjs").toString(),
        "--export-svg", exported.toString(), "processes"), 3);

    assertThat(export.finished()).as("export finished in time").isTrue();
    assertThat(export.exitValue()).as("export output:\n" + export.output()).isZero();
    assertThat(svgs(exported)).as("exported diagrams").containsExactlyElementsOf(names);
    for (String name : names) {
      Diagram mine = Diagrams.parse(Files.readString(committed.resolve(name)));
      Diagram fresh = Diagrams.parse(Files.readString(exported.resolve(name)));
      assertThat(fresh.source()).as(name).isEqualTo(mine.source());
      assertThat(fresh.sha256()).as(name + " drawn from the model as it is").isEqualTo(mine.sha256());
      assertThat(fresh.svg()).contains("<svg class=\"diagram\"", "href=\"#step-");
    }
  }

  private static List<String> svgs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
    }
  }

  private static void assumeToolAvailable() {
    String missing = null;
    if (!Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))) {
      missing = "Chromium (/usr/bin/chromium; apt-get install -y chromium)";
    } else if (!Files.isDirectory(TOOL.resolve("node_modules/bpmn-js"))) {
      missing = "tools/bpmn-render/node_modules (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tools/bpmn-render)";
    }
    ExternalTool.require(missing, "The diagram renderer");
  }
}
