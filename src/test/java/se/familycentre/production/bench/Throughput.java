package se.familycentre.production.bench;

import java.util.List;
import java.util.Locale;
import se.familycentre.production.ApplicationNode;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralProperties;

/**
 * Benchmark part 1: end-to-end referral cases per second through the Java API, ours (the real
 * {@code familyReferralProcess} in the real application) against the same model with everything of ours stripped
 * on a plain Camunda engine with the same settings ({@link BareEngine}), driven by the same {@link ReferralDriver}
 * with the same answers, in the same run and on the same kind of database.
 */
final class Throughput {

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
      String centreName = node.engine().getIdentityService().createTenantQuery().tenantId(ReferralDriver.CENTRE)
          .singleResult().getName();
      ReferralDriver ours = new ReferralDriver(node.engine(), null);
      ReferralDriver plain = new ReferralDriver(bare.engine(), ReferralDriver.standInsOfOurSteps(centreName,
          node.bean(ReferralProperties.class).offersAt(ReferralDriver.CENTRE)));
      System.out.println(database + ": " + bare.description());

      // the same flow on both: the same activities executed, per case
      List<String> oursActivities = ours.activities(ours.driveOne());
      List<String> bareActivities = plain.activities(plain.driveOne());
      if (!oursActivities.equals(bareActivities)) {
        throw new IllegalStateException("ours and bare took different paths:\n ours " + oursActivities
            + "\n bare " + bareActivities);
      }

      // Warm up both, then bare, ours, bare: the baseline is the mean of the two bare runs.
      int warmUp = Math.max(40, cases / 5);
      ours.drive(warmUp);
      plain.drive(warmUp);
      double bare1 = progress(database, "bare", plain.drive(cases));
      double ourRate = progress(database, "ours", ours.drive(cases));
      double bare2 = progress(database, "bare", plain.drive(cases));
      double bareRate = (bare1 + bare2) / 2;
      if (rows.isEmpty()) {
        rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %8s | %8s | %s", "database",
            "end-to-end referral cases, " + cases + " per run", "activities", "cases/s", "ms/case",
            "ratio vs bare (same run)"));
      }
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %8.1f | %8.1f | %.2f", database,
          ReferralProcess.KEY + " (ours)", oursActivities.size(), ourRate, 1000 / ourRate, ourRate / bareRate));
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %8.1f | %8.1f | 1.00 (baseline; runs %.1f, %.1f)",
          database, "bare: same model, no-op steps, plain engine", bareActivities.size(), bareRate,
          1000 / bareRate, bare1, bare2));
    }
  }

  private static double progress(String database, String which, double rate) {
    System.out.printf(Locale.ROOT, "%s: %s %.1f cases/s%n", database, which, rate);
    return rate;
  }
}
