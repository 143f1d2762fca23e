package se.familycentre.conventions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools outside the JVM that the model checks run (bpmn-js in Chromium, the Python model generators): run one
 * with a time limit, and say plainly what is missing, skipping the check, except on CI where a missing tool fails.
 */
final class ExternalTool {

  record Run(boolean finished, int exitValue, String output) {
  }

  private ExternalTool() {
  }

  static Run run(ProcessBuilder command, long minutes) throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    boolean finished = process.waitFor(minutes, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(finished, finished ? process.exitValue() : -1, output);
  }

  /** {@code missing} is null when the tool is there; otherwise what to install, and {@code check} is skipped. */
  static void require(String missing, String check) {
    if (missing == null) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(check + " needs " + missing + "; .ci/run installs it");
    }
    Assumptions.abort(check + ": not run, this machine lacks " + missing);
  }
}
