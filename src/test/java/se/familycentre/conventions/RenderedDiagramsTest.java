package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Renders every diagram in processes/ with bpmn-js in headless Chromium (tools/bpmn-render) and fails on what an
 * auditor would see as untidy: overlapping shapes or labels, flows through shapes, text overflowing a task. The
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
