package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One CSV field: kept as it is, quoted where Excel would split it, and never read as a formula. */
class AccessLogCsvTest {

  @Test
  void plainFieldsStayAsTheyAre() {
    assertThat(AccessLogCsv.field("REF-2031-000001")).isEqualTo("REF-2031-000001");
    assertThat(AccessLogCsv.field("description,consentGiven")).isEqualTo("description,consentGiven");
    assertThat(AccessLogCsv.field(null)).isEmpty();
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertThat(AccessLogCsv.field("GET /a;b")).isEqualTo("\"GET /a;b\"");
    assertThat(AccessLogCsv.field("say \"hej\"")).isEqualTo("\"say \"\"hej\"\"\"");
    assertThat(AccessLogCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void aFieldASpreadsheetWouldCalculateIsDefused() {
    assertThat(AccessLogCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(AccessLogCsv.field("+46")).isEqualTo("'+46");
    assertThat(AccessLogCsv.field("-1")).isEqualTo("'-1");
    assertThat(AccessLogCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
