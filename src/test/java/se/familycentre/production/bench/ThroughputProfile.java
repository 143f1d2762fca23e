package se.familycentre.production.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import se.familycentre.production.ApplicationNode;
import se.familycentre.referral.ReferralProcess;

/**
 * Where part 1's time goes, statement by statement (not part of bench/run.sh): an embedded PostgreSQL of its own
 * with pg_stat_statements, ours and the bare engine each on its database, the same driver; after a warm-up, n cases
 * of each, then per case: statements, rows and database time, first in total, then every statement ours runs that
 * the bare engine does not run (as often). Run under JFR for the JVM side, e.g.
 * <pre>
 * java -XX:StartFlightRecording=filename=ours.jfr,settings=profile ... ThroughputProfile cases=100 only=ours
 * </pre>
 * Arguments: {@code cases=<n>} (default 100), {@code only=ours|bare} (drive one side only, for a clean JFR),
 * {@code log=<file>} (PostgreSQL logs every statement of the measured cases there, with its database),
 * {@code db=postgres|h2} (h2: the durable H2 file, rates only), {@code rounds=<r>} (r alternating rounds of n cases
 * each, default 1).
 */
public final class ThroughputProfile {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Benchmark.options(args, Map.of("cases", "100", "only", "", "log", "", "db",
        "postgres", "rounds", "1"));
    int cases = Integer.parseInt(options.get("cases"));
    Map<String, String> settings = Benchmark.applicationSettings();
    if (options.get("db").equals("h2")) {
      settings.put("spring.datasource.url", ApplicationNode.durableH2Url());
      ApplicationNode node = ApplicationNode.startOnH2File("profileours",
          java.nio.file.Files.createTempDirectory("familycentre-profile"), settings);
      try (BareEngine bare = BareEngine.besides(node, ReferralProcess.KEY)) {
        measure(node, bare, options, cases, () -> { });
      } finally {
        node.close();
      }
      System.exit(0);
    }
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60))
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track", "all");
    if (!options.get("log").isBlank()) {
      // every statement of the measured cases, with its database, into this file
      java.io.File log = new java.io.File(options.get("log")).getAbsoluteFile();
      builder.setServerConfig("log_line_prefix", "%d|").setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", log.getParent()).setServerConfig("log_filename", log.getName());
    }
    try (EmbeddedPostgres server = builder.start()) {
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE ours");
        s.execute("CREATE DATABASE bare");
        s.execute("CREATE EXTENSION pg_stat_statements");
      }
      ApplicationNode node = ApplicationNode.startOnPostgres("profileours", server.getJdbcUrl("postgres", "ours"),
          "postgres", settings);
      try (BareEngine bare = BareEngine.besides(node, ReferralProcess.KEY, server.getJdbcUrl("postgres", "bare"))) {
        measure(node, bare, options, cases, () -> {
          try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
            if (!options.get("log").isBlank()) {
              s.execute("ALTER SYSTEM SET log_statement = 'all'");
              s.execute("SELECT pg_reload_conf()");
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        try (Connection c = server.getPostgresDatabase().getConnection()) {
          report(c, cases * Integer.parseInt(options.get("rounds")));
        }
      } finally {
        node.close();
      }
    }
    System.exit(0);
  }

  /**
   * Warm-up, then {@code rounds} times n cases of ours and n of bare, alternating (so that a neighbour's load
   * hits both alike); prints each round's rates and ratio, and the median ratio.
   */
  private static void measure(ApplicationNode node, BareEngine bare, Map<String, String> options, int cases,
      Runnable afterWarmUp) {
    ReferralDriver ours = ReferralDriver.ours(node);
    ReferralDriver plain = ReferralDriver.bare(node, bare);
    ours.drive(30);
    plain.drive(30);
    afterWarmUp.run();
    int rounds = Integer.parseInt(options.get("rounds"));
    java.util.List<Double> ratios = new java.util.ArrayList<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      double o = options.get("only").equals("bare") ? Double.NaN : ours.drive(cases);
      long cpu1 = threads.getCurrentThreadCpuTime();
      double b = options.get("only").equals("ours") ? Double.NaN : plain.drive(cases);
      long cpu2 = threads.getCurrentThreadCpuTime();
      ratios.add(o / b);
      System.out.printf(Locale.ROOT, "round %d: ours %.1f cases/s, bare %.1f cases/s, ratio %.2f;"
          + " driver thread CPU ms/case: ours %.1f, bare %.1f%n", round + 1, o, b, o / b, (cpu1 - cpu0) / 1e6 / cases,
          (cpu2 - cpu1) / 1e6 / cases);
    }
    java.util.Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "median ratio %.2f over %d rounds%n", ratios.get(ratios.size() / 2), rounds);
  }

  private static void report(Connection c, int cases) throws SQLException {
    String stats = "SELECT d.datname AS db, s.query, s.calls, s.rows, s.total_exec_time FROM pg_stat_statements s"
        + " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname IN ('ours', 'bare')";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT db, sum(calls), sum(rows), sum(total_exec_time) FROM (" + stats + ") x GROUP BY db")) {
      System.out.println("per case: statements, rows, database ms");
      while (r.next()) {
        System.out.printf(Locale.ROOT, "  %-5s %7.1f %7.1f %7.2f%n", r.getString(1), r.getDouble(2) / cases,
            r.getDouble(3) / cases, r.getDouble(4) / cases);
      }
    }
    String diff = "SELECT coalesce(o.query, b.query), coalesce(o.calls, 0), coalesce(b.calls, 0),"
        + " coalesce(o.total_exec_time, 0), coalesce(b.total_exec_time, 0)"
        + " FROM (SELECT * FROM (" + stats + ") x WHERE db = 'ours') o"
        + " FULL JOIN (SELECT * FROM (" + stats + ") y WHERE db = 'bare') b ON o.query = b.query"
        + " WHERE coalesce(o.calls, 0) <> coalesce(b.calls, 0) ORDER BY coalesce(o.calls, 0) - coalesce(b.calls, 0) DESC";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(diff)) {
      System.out.println("statements run a different number of times, per case: ours, bare, ours ms, bare ms");
      while (r.next()) {
        String query = r.getString(1).replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "  %5.2f %5.2f %6.3f %6.3f  %s%n", r.getDouble(2) / cases,
            r.getDouble(3) / cases, r.getDouble(4) / cases, r.getDouble(5) / cases,
            query.length() > 160 ? query.substring(0, 160) + "…" : query);
      }
    }
  }
}
