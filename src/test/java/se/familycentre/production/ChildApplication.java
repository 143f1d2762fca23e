package se.familycentre.production;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.familycentre.FamilyCentreApplication;

/**
 * The real application in a JVM of its own ({@code java -cp <test classpath> se.familycentre.FamilyCentreApplication
 * ...}), so that it can be killed the hard way ({@link #kill()}: SIGKILL, no shutdown hooks, nothing flushed). Its
 * output goes to a log file beside its data. Never outlives the test JVM.
 */
public final class ChildApplication implements AutoCloseable {

  private static final String ENGINE_NAME = "--camunda.bpm.process-engine-name=";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final Process process;
  private final int port;
  private final Path log;
  private final String name;
  private final Thread killAtExit;

  private ChildApplication(Process process, int port, Path log, String name) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.name = name;
    this.killAtExit = new Thread(process::destroyForcibly, "kill-child-application");
    Runtime.getRuntime().addShutdownHook(killAtExit);
  }

  /** Starts the application with the given arguments (e.g. --spring.profiles.active=postgres) on a free port. */
  public static ChildApplication start(Path workDir, List<String> applicationArgs) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    // A short-lived test node: quick start matters more than peak speed.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Duser.timezone=" + FamilyCentreApplication.ZONE);
    command.add("-cp");
    command.add(testClasspath());
    command.add(FamilyCentreApplication.class.getName());
    command.add("--server.port=" + port);
    command.add("--camunda.bpm.admin-user.password=admin");
    command.addAll(applicationArgs);
    Path log = workDir.resolve("application-" + port + ".log");
    try {
      Files.createDirectories(workDir);
      Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      String name = applicationArgs.stream().filter(a -> a.startsWith(ENGINE_NAME))
          .map(a -> a.substring(ENGINE_NAME.length())).findFirst().orElse("default");
      return new ChildApplication(process, port, log, name);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the application JVM", e);
    }
  }

  /** Waits (bounded) until the application answers its health check. */
  public ChildApplication awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application JVM exited with " + process.exitValue() + "; log: "
            + tail());
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
            .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The application was not ready within " + timeout + "; log: " + tail());
  }

  /** The engine's name in this JVM (its REST API: /engine-rest/engine/{name}/...). */
  public String name() {
    return name;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** kill -9: SIGKILL, the JVM gets no chance to run shutdown hooks or flush anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException("The application JVM did not die");
    }
  }

  public int exitValue() {
    return process.exitValue();
  }

  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killAtExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook will run anyway
    }
  }

  /** The test classpath as surefire built it (main and test classes, every dependency). */
  static String testClasspath() {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, classpath.split(File.pathSeparator));
  }

  /** A port free on this machine right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
