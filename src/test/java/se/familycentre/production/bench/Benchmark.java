package se.familycentre.production.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;
import se.familycentre.production.ApplicationNode;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * The benchmark (bench/run.sh; not part of mvn test). It prints one table:
 * <ol>
 * <li>end-to-end referral cases per second, every user task completed through the Java API, in the real application
 * with authorization on, against the same model stripped of everything of ours on a plain Camunda engine with the
 * same settings ({@link Throughput}, {@link BareEngine}), in the same run, on H2 (the shipped file database, made
 * durable) and on an embedded PostgreSQL (synchronous_commit on); the ratio is ours / bare;</li>
 * <li>Tasklist's queries on PostgreSQL (a user's candidate-group tasks, newest first, a page of 50, and the count of
 * every filter) at each level of open tasks, p50 and p95, with the user's authorization checks on and, as the
 * baseline, off ({@link TaskQueries}, {@link QueryPlans});</li>
 * <li>cold start to Tasklist served and resident memory, ours against a bare Camunda webapp starter, each in a JVM of
 * its own ({@link ColdStart}).</li>
 * </ol>
 * Arguments: {@code cases=<n>} (default 100 per run; 0 skips part 1), {@code process=familyReferralProcess} (the only
 * process part 1 has a driver for), {@code tasks=<n>[,<n>...]} (open-task levels, loaded one after the other; default
 * 10000,100000; 0 skips part 2), {@code databases=h2,postgres} (empty: only the cold start),
 * {@code h2=durable|shipped} (default durable: application.yaml's URL with WRITE_DELAY=0; shipped: as it is),
 * {@code coldstart=<rounds>} (default 5; 0 skips it), {@code hold=<seconds>} keeps the loaded database up for
 * inspection, {@code explain=true} prints PostgreSQL's plans of Tasklist's queries, {@code --key=value} is passed on
 * to the application (e.g. to compare an engine setting).
 */
public final class Benchmark {

  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new Benchmark().run(options(args, Map.of("cases", "100", "tasks", "10000,100000", "databases", "h2,postgres",
        "process", "", "h2", "durable", "coldstart", "5")));
    System.exit(0);
  }

  /** The application as every part drives it: demo users, job executor off (drivers run jobs themselves). */
  static Map<String, String> applicationSettings() {
    return new LinkedHashMap<>(Map.of("camunda.bpm.job-execution.enabled", "false", "familycentre.demo.users",
        "true", "logging.level.root", "warn"));
  }

  /** The defaults, overridden by {@code key=value} arguments ({@code key} alone means the empty value). */
  static Map<String, String> options(String[] args, Map<String, String> defaults) {
    Map<String, String> options = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    return options;
  }

  private void run(Map<String, String> options) throws Exception {
    int cases = Integer.parseInt(options.get("cases"));
    List<Integer> taskLevels = java.util.Arrays.stream(options.get("tasks").split(",")).map(Integer::parseInt)
        .filter(n -> n > 0).toList();
    Map<String, String> settings = applicationSettings();
    // --key=value arguments are passed on to the application (e.g. to compare an engine setting)
    options.forEach((key, value) -> {
      if (key.startsWith("--")) {
        settings.put(key.substring(2), value);
      }
    });
    for (String database : options.get("databases").split(",")) {
      if (database.isBlank()) {
        continue; // databases= (empty): only the cold start
      }
      Path dataDir = Files.createTempDirectory("familycentre-bench");
      String label = database.equals("h2") ? "h2-" + options.get("h2") : database;
      ApplicationNode node;
      if (database.equals("postgres")) {
        EmbeddedPostgresServer.acquire();
        String url = EmbeddedPostgresServer.createDatabase("bench");
        node = ApplicationNode.startOnPostgres("bench" + database, url, EmbeddedPostgresServer.user(), settings);
      } else {
        Map<String, String> h2 = new LinkedHashMap<>(settings);
        if (options.get("h2").equals("durable")) {
          h2.put("spring.datasource.url", ApplicationNode.durableH2Url());
        }
        node = ApplicationNode.startOnH2File("bench" + database, dataDir, h2);
      }
      try {
        if (cases > 0) {
          new Throughput(rows).run(node, label, options.get("process"), cases);
        }
        if (database.equals("postgres") && !taskLevels.isEmpty()) {
          new TaskQueries(rows).run(node.engine(), database, taskLevels, options.containsKey("explain"));
        }
        if (options.containsKey("hold")) {
          // keeps the loaded database up for inspection (psql, EXPLAIN) before it is thrown away
          System.out.println("holding " + database + " for " + options.get("hold") + " s: "
              + node.context().getEnvironment().getProperty("spring.datasource.url"));
          Thread.sleep(Long.parseLong(options.get("hold")) * 1000);
        }
      } finally {
        node.close();
        if (database.equals("postgres")) {
          EmbeddedPostgresServer.release();
        }
        FileSystemUtils.deleteRecursively(dataDir); // ours' H2 file grows to hundreds of MB per run
      }
    }
    new ColdStart(rows).run(Integer.parseInt(options.get("coldstart")));
    System.out.println();
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
        + System.getProperty("java.version"));
    rows.forEach(System.out::println);
  }

}
