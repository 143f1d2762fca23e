package se.familycentre.production.bench;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;
import se.familycentre.production.ChildApplication;

/**
 * Cold start of the real application against a bare Camunda 7 webapp starter ({@code benchbare.BareCamundaApplication}
 * in the test sources: webapp and REST starters, H2 file, an admin user, history full, authorization on, nothing of
 * ours). Each start is a JVM of its own with the same flags ({@link #JVM_FLAGS}) and the same classpath (see
 * {@link #classpath}), in a fresh temporary data directory; ours with its default profile (H2 file, no demo data).
 * <p>
 * Per start: wall time from launching the JVM until {@code GET /camunda/app/tasklist/} (redirects followed, as a
 * browser does, to Tasklist's index.html) answers 200, and until the application is ready (Spring's readiness probe
 * is UP only after the application runners and every ApplicationReadyEvent listener have run: for ours the groups,
 * rights and Tasklist filters);
 * the JVM's CPU time (user + system, all threads) at both moments, less disturbed than wall time by other load on
 * the machine; the classes loaded at ready; VmRSS and VmHWM from /proc/&lt;pid&gt;/status right after ready and
 * after a short warm use (the same for both: {@value #WARM_USES} times open Tasklist, log in as admin, list the
 * Tasklist filters and count the tasks, log out).
 * Then a graceful stop and a second start on the same data directory. Rounds alternate which application goes first;
 * the rows give the median over the rounds and the ratio ours / bare.
 */
final class ColdStart {

  /** Both applications get exactly these (default GC and JIT, no TieredStopAtLevel for either). */
  static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-Duser.timezone=Europe/Stockholm");
  static final int WARM_USES = 20;
  private static final String ADMIN_PASSWORD = "coldstart-admin";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Pattern HEAP_TOTAL = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
  private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");

  private final List<String> rows;

  ColdStart(List<String> rows) {
    this.rows = rows;
  }

  enum App {
    OURS("se.familycentre.FamilyCentreApplication"),
    BARE("benchbare.BareCamundaApplication");

    final String mainClass;

    App(String mainClass) {
      this.mainClass = mainClass;
    }

    List<String> arguments(Path dataDir) {
      return this == OURS
          ? List.of("--familycentre.data-dir=" + dataDir, "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD)
          : List.of("--familycentre.bare.data-dir=" + dataDir, "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
    }
  }

  /**
   * One start: seconds to Tasklist served and to ready (wall, and the JVM's CPU time), memory (KiB) after ready
   * and, on a first start, after use.
   */
  record Start(double tasklistSeconds, double readySeconds, double tasklistCpu, double readyCpu, long rssReady,
      long hwmReady, long rssUsed, long hwmUsed, long classes, long heapCommitted, long heapLive,
      long metaspaceUsed) {
  }

  void run(int rounds) throws Exception {
    if (rounds <= 0) {
      return;
    }
    Path bareClasses = Files.createTempDirectory("familycentre-coldstart-bare-classes");
    String classpath = classpath(bareClasses);
    Map<String, List<Start>> starts = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<App> order = round % 2 == 0 ? List.of(App.BARE, App.OURS) : List.of(App.OURS, App.BARE);
      for (App app : order) {
        Path workDir = Files.createTempDirectory("familycentre-coldstart-" + app.name().toLowerCase(Locale.ROOT));
        Start first = start(app, classpath, workDir, true);
        Start second = start(app, classpath, workDir, false);
        starts.computeIfAbsent(app + " first", k -> new ArrayList<>()).add(first);
        starts.computeIfAbsent(app + " second", k -> new ArrayList<>()).add(second);
        System.out.printf(Locale.ROOT, "cold start round %d %-4s: first %.1f s (CPU %.1f s) to Tasklist, %.1f s "
            + "(CPU %.1f s) to ready, %d MiB after ready, %d MiB after use; second %.1f s (CPU %.1f s) / %.1f s, "
            + "%d MiB%n", round + 1, app, first.tasklistSeconds, first.tasklistCpu, first.readySeconds,
            first.readyCpu, first.rssReady / 1024, first.rssUsed / 1024, second.tasklistSeconds, second.tasklistCpu,
            second.readySeconds, second.rssReady / 1024);
        FileSystemUtils.deleteRecursively(workDir); // kept, with the logs, when a start failed
      }
    }
    FileSystemUtils.deleteRecursively(bareClasses);
    rows.add("");
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %12s | %s", "database",
        "cold start, median of " + rounds + " (JVM " + String.join(" ", JVM_FLAGS) + ")", "ours", "bare",
        "ratio ours / bare (target <= 1.2 to Tasklist)"));
    row("first start to Tasklist served, s", starts, "first", Start::tasklistSeconds);
    row("first start to ready (our setup done), s", starts, "first", Start::readySeconds);
    row("first start, CPU s (all threads) to Tasklist", starts, "first", Start::tasklistCpu);
    row("first start, CPU s to ready", starts, "first", Start::readyCpu);
    row("second start (same data) to Tasklist, s", starts, "second", Start::tasklistSeconds);
    row("second start to ready, s", starts, "second", Start::readySeconds);
    row("second start, CPU s to Tasklist", starts, "second", Start::tasklistCpu);
    row("second start, CPU s to ready", starts, "second", Start::readyCpu);
    row("classes loaded at ready, first start", starts, "first", s -> s.classes);
    row("classes loaded at ready, second start", starts, "second", s -> s.classes);
    row("VmRSS right after ready, MiB", starts, "first", s -> s.rssReady / 1024.0);
    row("VmHWM right after ready, MiB", starts, "first", s -> s.hwmReady / 1024.0);
    row("VmRSS after " + WARM_USES + " logins and Tasklist calls, MiB", starts, "first", s -> s.rssUsed / 1024.0);
    row("VmHWM after " + WARM_USES + " logins and Tasklist calls, MiB", starts, "first", s -> s.hwmUsed / 1024.0);
    row("VmRSS after ready, second start, MiB", starts, "second", s -> s.rssReady / 1024.0);
    // VmRSS follows the heap G1 has committed, which it sizes by allocation rate and GC timing (other load moves
    // it); what the application holds is the heap still in use after a full GC, and its metaspace
    row("Java heap committed after use, MiB", starts, "first", s -> s.heapCommitted / 1024.0);
    row("Java heap live after use (after a full GC), MiB", starts, "first", s -> s.heapLive / 1024.0);
    row("Metaspace used after use, MiB", starts, "first", s -> s.metaspaceUsed / 1024.0);
  }

  private void row(String measure, Map<String, List<Start>> starts, String which, ToDoubleFunction<Start> value) {
    double ours = median(starts.get(App.OURS + " " + which), value);
    double bare = median(starts.get(App.BARE + " " + which), value);
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10.1f | %12.1f | %.2f", "h2-file", measure, ours, bare,
        ours / bare));
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
    double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private Start start(App app, String classpath, Path workDir, boolean first) throws Exception {
    int port = ChildApplication.freePort();
    Path dataDir = workDir.resolve("data");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(classpath);
    command.add(app.mainClass);
    command.add("--server.port=" + port);
    // The readiness probe (the same for both) is UP once the runners and every ApplicationReadyEvent listener have run.
    command.add("--management.endpoint.health.probes.enabled=true");
    command.addAll(app.arguments(dataDir));
    Path log = workDir.resolve((first ? "first" : "second") + "-start.log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    Thread killAtExit = new Thread(process::destroyForcibly, "kill-cold-start-" + app);
    Runtime.getRuntime().addShutdownHook(killAtExit);
    try {
      HttpClient browser = browser();
      long deadline = started + START_TIMEOUT.toNanos();
      awaitOk(process, browser, uri(port, "/camunda/app/tasklist/"), deadline, log);
      double tasklist = (System.nanoTime() - started) / 1e9;
      double tasklistCpu = cpuSeconds(process.pid());
      awaitOk(process, browser, uri(port, "/actuator/health/readiness"), deadline, log);
      double ready = (System.nanoTime() - started) / 1e9;
      double readyCpu = cpuSeconds(process.pid());
      long[] afterReady = memory(process.pid());
      long classes = loadedClasses(process.pid());
      long[] afterUse = {0, 0};
      long[] jvmUsed = {0, 0, 0};
      if (first) {
        for (int i = 0; i < WARM_USES; i++) {
          useTasklist(port);
        }
        afterUse = memory(process.pid());
        jvmUsed = heapAndMetaspace(process.pid());
      }
      return new Start(tasklist, ready, tasklistCpu, readyCpu, afterReady[0], afterReady[1], afterUse[0],
          afterUse[1], classes, jvmUsed[0], jvmUsed[1], jvmUsed[2]);
    } finally {
      stop(process);
      Runtime.getRuntime().removeShutdownHook(killAtExit);
    }
  }

  /**
   * The classpath of both JVMs: the bench JVM's (bench/run.sh: target/test-classes, target/classes and every test
   * dependency), made absolute, with target/test-classes replaced by a folder holding only the bare application
   * and its bare-camunda.yaml. On target/test-classes our component scan would pick up a test-only bean
   * (se.familycentre.coverage.ModelCoverageRecorder, an engine plugin that instruments every parsed process for
   * the model coverage report), which production never has. So ours runs on what production runs (our classes and
   * the same jars), and the bare application on exactly the same classpath.
   */
  static String classpath(Path bareClasses) throws IOException {
    List<String> entries = new ArrayList<>();
    Path testClasses = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry).toAbsolutePath();
      if (Files.isRegularFile(path.resolve("benchbare/BareCamundaApplication.class"))) {
        testClasses = path;
      } else {
        entries.add(path.toString());
      }
    }
    if (testClasses == null) {
      throw new IllegalStateException("benchbare.BareCamundaApplication is not on the classpath (bench/run.sh)");
    }
    try (Stream<Path> bare = Files.walk(testClasses.resolve("benchbare"))) {
      for (Path file : bare.filter(Files::isRegularFile).toList()) {
        Path target = bareClasses.resolve(testClasses.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Files.copy(testClasses.resolve("bare-camunda.yaml"), bareClasses.resolve("bare-camunda.yaml"));
    entries.add(bareClasses.toString());
    return String.join(File.pathSeparator, entries);
  }

  /** User + system CPU time of every thread of the process so far (/proc/&lt;pid&gt;/stat, ticks of 1/100 s). */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // after "pid (comm) " the state is field 3; utime is field 14, stime field 15
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /** Open Tasklist, log in as admin, list the filters with their counts and count the tasks, log out. */
  private static void useTasklist(int port) throws Exception {
    HttpClient browser = browser();
    expectOk(browser.send(HttpRequest.newBuilder(uri(port, "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.ofString()), "Tasklist");
    String token = csrfToken(browser);
    String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
    expectOk(browser.send(HttpRequest.newBuilder(uri(port, "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()), "login");
    token = csrfToken(browser);
    for (String path : List.of("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true",
        "/camunda/api/engine/engine/default/task/count", "/camunda/api/admin/auth/user/default")) {
      expectOk(browser.send(HttpRequest.newBuilder(uri(port, path)).header("Accept", "application/json")
          .header("X-XSRF-TOKEN", token).GET().build(), HttpResponse.BodyHandlers.ofString()), path);
    }
    browser.send(HttpRequest.newBuilder(uri(port, "/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", csrfToken(browser)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static String csrfToken(HttpClient browser) {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")).getValue();
  }

  private static void expectOk(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(2)).build();
  }

  private static void awaitOk(Process process, HttpClient browser, URI uri, long deadline, Path log)
      throws Exception {
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(uri + ": the JVM exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
            .GET().build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(uri + " did not answer 200 within " + START_TIMEOUT + "; see " + log);
  }

  /**
   * Classes the JVM has loaded (jcmd PerfCounter.print, java.cls.loadedClasses): how much code a start touched, a
   * count that other load on the machine does not move. 0 if jcmd is not at hand.
   */
  private static long loadedClasses(long pid) throws IOException, InterruptedException {
    return jcmd(pid, "PerfCounter.print").lines().filter(line -> line.startsWith("java.cls.loadedClasses="))
        .mapToLong(line -> Long.parseLong(line.substring(line.indexOf('=') + 1).trim())).findFirst().orElse(0);
  }

  /**
   * The Java heap G1 has committed, the heap in use after a full GC (jcmd GC.run: the live objects) and the
   * metaspace in use, KiB (jcmd GC.heap_info); zeros if jcmd is not at hand. Measured last: the GC changes VmRSS.
   */
  private static long[] heapAndMetaspace(long pid) throws IOException, InterruptedException {
    long committed = heapInfo(pid)[0];
    jcmd(pid, "GC.run");
    long[] afterGc = heapInfo(pid);
    return new long[] {committed, afterGc[1], afterGc[2]};
  }

  /** Heap committed, heap used, metaspace used, KiB. */
  private static long[] heapInfo(long pid) throws IOException, InterruptedException {
    long[] info = new long[3];
    for (String line : jcmd(pid, "GC.heap_info").lines().toList()) {
      Matcher heap = HEAP_TOTAL.matcher(line);
      Matcher metaspace = METASPACE_USED.matcher(line);
      if (heap.find()) {
        info[0] = Long.parseLong(heap.group(1));
        info[1] = Long.parseLong(heap.group(2));
      } else if (metaspace.find()) {
        info[2] = Long.parseLong(metaspace.group(1));
      }
    }
    return info;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return "";
    }
    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    return output;
  }

  /** VmRSS and VmHWM in KiB. */
  private static long[] memory(long pid) throws IOException {
    long rss = 0;
    long hwm = 0;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line);
      } else if (line.startsWith("VmHWM:")) {
        hwm = kib(line);
      }
    }
    return new long[] {rss, hwm};
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** SIGTERM (Spring shuts down, H2 closes its file), as an operator would stop it. */
  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

}
