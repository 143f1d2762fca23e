package se.familycentre.production.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import se.familycentre.production.ApplicationNode;
import se.familycentre.referral.ReferralProcess;

/**
 * Benchmark part 1: end-to-end referral cases per second through the Java API, ours (the real
 * {@code familyReferralProcess} and the receiving organisation's process it calls, in the real application) against
 * the same models with everything of ours stripped on a plain Camunda engine with the same settings
 * ({@link BareEngine}), driven by the same {@link ReferralDriver} with the same answers, in the same run and on the
 * same kind of database.
 */
final class Throughput {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final List<String> rows;

  Throughput(List<String> rows) {
    this.rows = rows;
  }

  void run(ApplicationNode node, String database, String requestedKey, int cases) {
    if (!requestedKey.isBlank() && !requestedKey.equals(ReferralProcess.KEY)) {
      throw new IllegalArgumentException("Part 1 has a driver for " + ReferralProcess.KEY + " only, not "
          + requestedKey);
    }
    try (BareEngine bare = BareEngine.besides(node, ReferralProcess.KEY)) {
      ReferralDriver ours = ReferralDriver.ours(node);
      ReferralDriver plain = ReferralDriver.bare(node, bare);
      System.out.println(database + ": " + bare.description());

      // the same flow on both: the same activities executed, per case
      List<String> oursActivities = ours.activities(ours.driveOne());
      List<String> bareActivities = plain.activities(plain.driveOne());
      if (!oursActivities.equals(bareActivities)) {
        throw new IllegalStateException("ours and bare took different paths:\n ours " + oursActivities
            + "\n bare " + bareActivities);
      }

      // Warm up both, then bare, ours, bare: the baseline is the mean of the two bare runs.
      int warmUp = Math.max(60, cases / 2);
      ours.drive(warmUp);
      plain.drive(warmUp);
      double[] bare1 = run(database, "bare", plain, cases);
      double[] ourRun = run(database, "ours", ours, cases);
      double[] bare2 = run(database, "bare", plain, cases);
      double ourRate = ourRun[0];
      double bareRate = (bare1[0] + bare2[0]) / 2;
      double bareCpu = (bare1[1] + bare2[1]) / 2;
      if (rows.isEmpty()) {
        rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %8s | %8s | %-36s | %s", "database",
            "end-to-end referral cases, " + cases + " per run", "activities", "cases/s", "ms/case",
            "ratio vs bare (same run)", "driver thread CPU ms/case, ratio"));
      }
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %8.1f | %8.1f | %-36s | %.1f, %.2f", database,
          ReferralProcess.KEY + " (ours)", oursActivities.size(), ourRate, 1000 / ourRate,
          String.format(Locale.ROOT, "%.2f", ourRate / bareRate), ourRun[1], bareCpu / ourRun[1]));
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %8.1f | %8.1f | %-36s | %.1f, 1.00", database,
          "bare: same model, no-op steps, plain engine", bareActivities.size(), bareRate, 1000 / bareRate,
          String.format(Locale.ROOT, "1.00 (baseline; runs %.1f, %.1f)", bare1[0], bare2[0]), bareCpu));
    }
  }

  /**
   * Drives n cases; returns cases per second and the driving thread's CPU milliseconds per case (the engine's and
   * our code's work in this JVM, H2's too; not the PostgreSQL server's), which a neighbour's load disturbs less.
   */
  private static double[] run(String database, String which, ReferralDriver driver, int cases) {
    long cpu = CPU.getCurrentThreadCpuTime();
    double rate = driver.drive(cases);
    double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / cases;
    System.out.printf(Locale.ROOT, "%s: %s %.1f cases/s, driver thread CPU %.1f ms/case%n", database, which, rate,
        cpuMs);
    return new double[] {rate, cpuMs};
  }
}
