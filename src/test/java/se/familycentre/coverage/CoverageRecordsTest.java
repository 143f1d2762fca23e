package se.familycentre.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage check counts what every test JVM of this build recorded, per database, and nothing of older builds. */
class CoverageRecordsTest {

  @TempDir Path runs;

  @Test
  void theRecordsOfThisBuildsJvmsAreJoinedPerDatabase() {
    CoverageRecords.write(runs, "b2", "h2", 101, Set.of("referral#a", "referral#b"));
    CoverageRecords.write(runs, "b2", "h2", 102, Set.of("referral#b", "referral#c"));
    CoverageRecords.write(runs, "b2", "postgres", 103, Set.of("referral#a"));

    assertThat(CoverageRecords.databases(runs, "b2")).containsExactly("h2", "postgres");
    assertThat(CoverageRecords.passed(runs, "b2", "h2")).containsExactly("referral#a", "referral#b", "referral#c");
    assertThat(CoverageRecords.passed(runs, "b2", "postgres")).containsExactly("referral#a");
  }

  @Test
  void anEarlierBuildsRecordsCountForNothingAndAreRemoved() {
    CoverageRecords.write(runs, "b1", "h2", 101, Set.of("referral#old"));
    CoverageRecords.write(runs, "b2", "h2", 102, Set.of("referral#new"));

    assertThat(CoverageRecords.passed(runs, "b2", "h2")).containsExactly("referral#new");
    CoverageRecords.removeOtherRuns(runs, "b2");
    assertThat(Files.exists(runs.resolve("b1"))).isFalse();
    assertThat(CoverageRecords.passed(runs, "b2", "h2")).containsExactly("referral#new");
  }

  @Test
  void aRunWithoutRecordsHasNoDatabases() {
    assertThat(CoverageRecords.databases(runs, "none")).isEmpty();
    assertThat(CoverageRecords.passed(runs, "none", "h2")).isEmpty();
  }
}
