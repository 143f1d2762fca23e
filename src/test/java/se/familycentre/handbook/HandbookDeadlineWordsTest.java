package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.shared.DeadlineWords;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Every deadline a model writes as an expression (a due date, a follow-up date, a timer) is explained in words by
 * the room that owns it, from the configuration that decides it, and the handbook shows those words instead of the
 * expression: an auditor reads "7 dagar efter att uppgiften skapas, 1 dag när hänvisningen är brådskande", not
 * {@code ${referralDeadlines.consentDue(execution)}}; and a select the server fills for the signed-in official
 * reads as what it offers ("familjecentralerna där den inloggade arbetar"), not as the name of its valuesKey.
 */
@FamilyCentreSpringTest
class HandbookDeadlineWordsTest {

  private static final Pattern DEADLINE = Pattern.compile(
      "camunda:(?:dueDate|followUpDate)=\"([$#]\\{[^\"]*})\"|<bpmn:time(?:Duration|Date|Cycle)[^>]*>\\s*([$#]\\{[^<]*})");

  @LocalServerPort
  int port;
  @Autowired
  List<DeadlineWords> rooms;

  static TreeSet<String> deadlineExpressions() throws IOException {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher m = DEADLINE.matcher(Files.readString(file));
        while (m.find()) {
          found.add((m.group(1) != null ? m.group(1) : m.group(2)).trim().replace("&#39;", "'").replace("&apos;", "'"));
        }
      }
    }
    return found;
  }

  @Test
  void everyDeadlineExpressionOfTheModelsIsExplainedByTheRoomThatOwnsIt() throws IOException {
    Map<String, String> words = DeadlineWords.all(rooms);
    TreeSet<String> expressions = deadlineExpressions();
    assertThat(expressions).as("deadline expressions in processes/").hasSizeGreaterThanOrEqualTo(10);
    assertThat(words.keySet()).as("explained in words").containsAll(expressions);
    assertThat(words.values()).allSatisfy(text -> assertThat(text).doesNotContain("${"));
  }

  @Test
  void theHandbookShowsTheWordsFromTheConfigurationAndNoDeadlineExpression() {
    Rest rest = new Rest(port);
    String referral = rest.get("ingrid.wallin", "/handbook/" + HtmlWriter.processPage("familyReferralProcess")).body();
    assertThat(referral)
        .contains("7 dagar efter att uppgiften skapas, 1 dag när hänvisningen är brådskande")
        .contains("3 dagar efter att uppgiften skapas, 1 dag när hänvisningen är brådskande")
        .doesNotContain("referralDeadlines.consentDue");
    String support = rest.get("ingrid.wallin", "/handbook/" + HtmlWriter.processPage("referralSupportProcess")).body();
    assertThat(support).contains("14 dagar efter att uppgiften skapas, 3 dagar när hänvisningen är brådskande")
        .contains("det datum för uppföljning som mottagaren anger")
        .doesNotContain("referralDeadlines.firstContact");
    String intake = rest.get("ingrid.wallin", "/handbook/" + HtmlWriter.processPage("reportOfConcernProcess")).body();
    assertThat(intake).contains("1 timme efter skyddsbedömningen")
        .contains("vid dagens slut 14 dagar efter att anmälan kom in, 14 dagar senare för varje förlängning")
        .doesNotContain("variabeln decisionDueAt");
    String establishment = rest.get("ingrid.wallin", "/handbook/"
        + HtmlWriter.processPage("familyCentreEstablishmentProcess")).body();
    assertThat(establishment).contains("1 år efter att familjecentralen startade")
        .contains("vid midnatt efter det datum då utredningen senast ska återredovisas")
        .doesNotContain("establishmentCalendar.dayAfter");
    assertThat(referral).as("the start form's selects filled for the signed-in official, in words")
        .contains("familjecentralerna där den inloggade arbetar")
        .contains("den inloggades egna verksamheter bland dem som hänvisar")
        .doesNotContain("från variabeln referrerCentres").doesNotContain("från variabeln referrerGroups");
    for (String page : List.of(referral, support, intake, establishment)) {
      assertThat(page).as("no deadline left as an expression").doesNotContain("som uttrycket ${");
    }
  }

  @Test
  void configuredDurationsReadAsSwedishAmounts() {
    assertThat(DeadlineWords.amount(java.time.Duration.ofDays(14))).isEqualTo("14 dagar");
    assertThat(DeadlineWords.amount(java.time.Duration.ofDays(1))).isEqualTo("1 dag");
    assertThat(DeadlineWords.amount(java.time.Duration.ofHours(1))).isEqualTo("1 timme");
    assertThat(DeadlineWords.amount(java.time.Duration.ofMinutes(90))).isEqualTo("90 minuter");
    assertThat(DeadlineWords.amount("P1Y")).isEqualTo("1 år");
    assertThat(DeadlineWords.amount("P6M")).isEqualTo("6 månader");
    assertThat(DeadlineWords.amount("P1Y2M")).isEqualTo("1 år och 2 månader");
    assertThat(DeadlineWords.amount("PT12H")).isEqualTo("12 timmar");
  }
}
