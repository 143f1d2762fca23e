package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import se.familycentre.shared.engine.retention.RetentionProperties;

/**
 * Retention is decided in one place, {@code familycentre.retention} in application.yaml, which the engine applies
 * ({@code RetentionPlugin}). The models repeat it, so they must say the same: each process's and decision's
 * {@code camunda:historyTimeToLive} is the configured number of days ({@code 1825} or {@code P1825D}), each
 * process's documentation states that retention ("Historiken gallras 5 år (1 825 dagar) efter avslut"), and a
 * decision's description, where it speaks of retention, says the same. tools/models/generate.py writes the
 * generated models from the configuration; the decision tables are kept by hand.
 */
class RetentionInModelsTest {

  /** A sentence about how long history is kept. */
  private static final Pattern RETENTION_SENTENCE = Pattern.compile("(?iu)gallr|sparas|bevaras|behålls");
  private static final Pattern DAYS = Pattern.compile("(\\d[\\d\\u00a0 ]*)\\s*dagar|P(\\d+)D");
  private static final Pattern YEARS = Pattern.compile(
      "(?iu)\\b(\\d+|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\\s+år\\b");
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("ett", 1), Map.entry("en", 1),
      Map.entry("två", 2), Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6),
      Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9), Map.entry("tio", 10));

  @Test
  void everyModelKeepsItsHistoryAsLongAsTheConfigurationSays() {
    RetentionProperties configured = RetentionProperties.fromApplicationYaml();
    List<String> problems = new ArrayList<>();
    for (Path file : ModelConventions.files(Path.of("processes"), ".bpmn")) {
      problems.addAll(checkProcesses(file.toString(), Bpmn.readModelFromFile(file.toFile()), configured));
    }
    for (Path file : ModelConventions.files(Path.of("processes"), ".dmn")) {
      problems.addAll(checkDecisions(file.toString(), Dmn.readModelFromFile(file.toFile()), configured));
    }
    assertThat(problems).as("models whose retention differs from familycentre.retention in application.yaml "
        + "(change the configuration, then run python3 tools/models/generate.py; a .dmn is changed by hand)")
        .isEmpty();
  }

  @Test
  void aModelThatSaysAnotherRetentionIsCaught() {
    RetentionProperties configured = new RetentionProperties(Map.of("p", Duration.ofDays(1825),
        "fixtureRetentionDecision", Duration.ofDays(3650)));
    BpmnModelInstance wrongLiteral = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(730)
        .documentation("Historiken gallras 5 år (1 825 dagar) efter avslut.").startEvent().endEvent().done();
    BpmnModelInstance wrongText = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLiveString("P1825D")
        .documentation("Ett ärende. Historiken sparas två år (730 dagar).").startEvent().endEvent().done();
    BpmnModelInstance wrongYears = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLiveString("1825")
        .documentation("Historiken gallras 2 år (1 825 dagar) efter avslut.").startEvent().endEvent().done();
    BpmnModelInstance silent = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLiveString("1825")
        .documentation("Inom 14 dagar ska beslutet fattas.").startEvent().endEvent().done();
    BpmnModelInstance right = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLiveString("1825")
        .documentation("Beslut inom 14 dagar.\n\nHistoriken gallras 5 år (1\u00a0825 dagar) efter avslut.")
        .startEvent().endEvent().done();
    DmnModelInstance decision = Dmn.readModelFromStream(getClass().getResourceAsStream("/fixtures/retention.dmn"));

    assertThat(checkProcesses("literal.bpmn", wrongLiteral, configured)).singleElement().asString()
        .contains("historyTimeToLive 730 days", "1825");
    assertThat(checkProcesses("text.bpmn", wrongText, configured)).anySatisfy(p -> assertThat(p).contains("730"))
        .anySatisfy(p -> assertThat(p).contains("två år"));
    assertThat(checkProcesses("years.bpmn", wrongYears, configured)).singleElement().asString().contains("2 år");
    assertThat(checkProcesses("silent.bpmn", silent, configured)).singleElement().asString()
        .contains("does not state its retention");
    assertThat(checkProcesses("right.bpmn", right, configured)).isEmpty();
    assertThat(checkDecisions("fixture.dmn", decision, configured)).singleElement().asString()
        .contains("decision fixtureRetentionDecision", "historyTimeToLive 1 days", "3650");
  }

  static List<String> checkProcesses(String file, BpmnModelInstance model, RetentionProperties configured) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      String where = file + ": process " + process.getId();
      int days = configured.daysFor(process.getId());
      literal(where, process.getCamundaHistoryTimeToLiveString(), days, problems);
      String documentation = String.join("\n", process.getDocumentations().stream()
          .map(Documentation::getTextContent).toList());
      if (!text(where + " documentation", documentation, days, problems)) {
        problems.add(where + ": its documentation does not state its retention (" + days + " dagar)");
      }
    }
    return problems;
  }

  static List<String> checkDecisions(String file, DmnModelInstance model, RetentionProperties configured) {
    List<String> problems = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String where = file + ": decision " + decision.getId();
      int days = configured.daysFor(decision.getId());
      literal(where, decision.getCamundaHistoryTimeToLiveString(), days, problems);
      if (decision.getDescription() != null) {
        text(where + " description", decision.getDescription().getTextContent(), days, problems);
      }
    }
    return problems;
  }

  private static void literal(String where, String literal, int days, List<String> problems) {
    Integer modelDays = null;
    if (literal != null) {
      Matcher m = Pattern.compile("P?(\\d+)D?").matcher(literal.strip());
      if (m.matches() && literal.strip().startsWith("P") == literal.strip().endsWith("D")) {
        modelDays = Integer.valueOf(m.group(1));
      }
    }
    if (modelDays == null || modelDays != days) {
      problems.add(where + ": historyTimeToLive " + (modelDays == null ? "\"" + literal + "\"" : modelDays + " days")
          + ", configured " + days);
    }
  }

  /** Checks every retention sentence of a text; returns whether there was one. */
  private static boolean text(String where, String text, int days, List<String> problems) {
    boolean stated = false;
    for (String sentence : text.split("(?<=[.!?])\\s+")) {
      if (!RETENTION_SENTENCE.matcher(sentence).find()) {
        continue;
      }
      Matcher d = DAYS.matcher(sentence);
      while (d.find()) {
        stated = true;
        int said = Integer.parseInt((d.group(1) != null ? d.group(1) : d.group(2)).replaceAll("[\\u00a0 ]", ""));
        if (said != days) {
          problems.add(where + " says " + said + " dagar, configured " + days + ": \"" + sentence.strip() + "\"");
        }
      }
      Matcher y = YEARS.matcher(sentence);
      while (y.find()) {
        String number = y.group(1).toLowerCase();
        int said = NUMBER_WORDS.getOrDefault(number, number.chars().allMatch(Character::isDigit)
            ? Integer.parseInt(number) : -1);
        if (said * 365 != days) {
          problems.add(where + " says " + y.group() + ", configured " + days + " dagar: \"" + sentence.strip() + "\"");
        }
      }
    }
    return stated;
  }
}
