package se.familycentre.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The model coverage report: which flow nodes and sequence flows of each process in processes/ the tests passed
 * through (recorded by {@link ModelCoverageRecorder} in every test JVM of the build and merged from
 * {@link CoverageRecords}), written to target/process-test-coverage/ as HTML and JSON, per database
 * (target/process-test-coverage/h2/ and .../postgres/: the PostgreSQL run executes the process tests again). Runs in
 * a surefire execution of its own after both database runs (pom.xml, {@code coverage}), which must both have left
 * records (PostgreSQL's unless it was skipped). Only steps of committed transactions count. With
 * {@code familycentre.coverage.enforce=true} (the default of the test command) every element of every process in
 * processes/ must be covered or named in coverage-exceptions.properties with a reason, whether or not a test
 * started it; run a subset of tests with {@code -Dcoverage.enforce=false}.
 *
 * <p>Only the {@code coverage} execution sets {@code familycentre.coverage.check}: a {@code -Dtest=...} that names
 * this class replaces the database runs' excludes too, and there, in the middle of a run, no JVM has left its record
 * yet.
 */
@EnabledIfSystemProperty(named = "familycentre.coverage.check", matches = "true",
    disabledReason = "the check runs in the pom's coverage execution, after both database runs")
class ModelCoverageTest {

  static final Path OUT = Path.of("target/process-test-coverage");

  record Element(String id, String kind, String label, boolean covered, String exception) {
  }

  record ProcessCoverage(String file, String key, String name, List<Element> elements) {
    long covered() {
      return elements.stream().filter(e -> e.covered() || e.exception() != null).count();
    }

    List<Element> gaps() {
      return elements.stream().filter(e -> !e.covered() && e.exception() == null).toList();
    }
  }

  @Test
  void everyElementOfEveryProcessIsCoveredOrNamedAsAnException() throws IOException {
    String selected = System.getProperty("familycentre.coverage.selectedTests", "").trim();
    boolean subset = !selected.isEmpty() && !selected.startsWith("${");
    if (subset) {
      System.out.println("model coverage: not enforced, the build ran only -Dtest=" + selected);
    }
    Map<String, Set<String>> passedByDatabase = new LinkedHashMap<>();
    var run = CoverageRecords.run();
    if (run.isPresent()) {
      CoverageRecords.removeOtherRuns(CoverageRecords.RUNS, run.get());
      for (String database : CoverageRecords.databases(CoverageRecords.RUNS, run.get())) {
        passedByDatabase.put(database, CoverageRecords.passed(CoverageRecords.RUNS, run.get(), database));
      }
      boolean postgresRan = !Boolean.parseBoolean(System.getProperty("familycentre.coverage.skipPostgres", "true"));
      List<String> expected = postgresRan ? List.of("h2", "postgres") : List.of("h2");
      assertThat(subset || passedByDatabase.keySet().containsAll(expected)).as("this build's test JVMs left coverage"
          + " records in " + CoverageRecords.RUNS.resolve(run.get()) + " for " + expected + ", found "
          + passedByDatabase.keySet()).isTrue();
    } else {
      passedByDatabase.put(CoverageRecords.database(), ModelCoverageRecorder.PASSED); // one JVM, from an IDE
    }
    Map<String, List<String>> gaps = new LinkedHashMap<>();
    for (var entry : passedByDatabase.entrySet()) {
      List<ProcessCoverage> report = report(entry.getValue());
      String database = entry.getKey();
      Path dir = OUT.resolve(database);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("index.html"), html(report, database), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.json"), json(report), StandardCharsets.UTF_8);
      report.forEach(p -> System.out.printf("model coverage %s (%s): %d/%d elements%n", p.key(), database,
          p.covered(), p.elements().size()));
      report.forEach(p -> {
        if (!p.gaps().isEmpty()) {
          gaps.put(p.key() + " on " + database, p.gaps().stream().map(Element::id).toList());
        }
      });
    }
    if (!subset && Boolean.parseBoolean(System.getProperty("familycentre.coverage.enforce", "false"))) {
      assertThat(gaps).as("elements no test passes through (cover them, or name them with a reason in "
          + "coverage-exceptions.properties); reports: " + OUT + "/<database>/index.html").isEmpty();
    }
  }

  /** Every flow node and sequence flow of every process in processes/, covered when {@code passed} names it. */
  static List<ProcessCoverage> report(Set<String> passed) throws IOException {
    Properties exceptions = new Properties();
    try (InputStream in = ModelCoverageTest.class.getResourceAsStream("/coverage-exceptions.properties")) {
      exceptions.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<ProcessCoverage> report = new ArrayList<>();
    for (Path file : se.familycentre.conventions.ModelConventions.files(Path.of("processes"), ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        List<Element> elements = new ArrayList<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          if (!(element instanceof FlowNode || element instanceof SequenceFlow) || !inProcess(element, process)) {
            continue;
          }
          elements.add(new Element(element.getId(), element.getElementType().getTypeName(),
              element.getName() == null ? "" : element.getName(),
              passed.contains(ModelCoverageRecorder.key(process.getId(), element.getId())),
              exceptions.getProperty(process.getId() + "." + element.getId())));
        }
        report.add(new ProcessCoverage(file.toString(), process.getId(), process.getName(), elements));
      }
    }
    return report;
  }

  private static boolean inProcess(FlowElement element, Process process) {
    for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == process) {
        return true;
      }
    }
    return false;
  }

  private static String html(List<ProcessCoverage> report, String run) {
    StringBuilder out = new StringBuilder("""
        <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Modelltäckning</title>
        <style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:2em}
        td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.yes{background:#e3f4e1}.no{background:#fbe1df}
        .exc{background:#fff4d6}</style></head><body>
        """);
    out.append("<h1>Modelltäckning av testerna (databas: ").append(esc(run)).append(")</h1>");
    for (ProcessCoverage p : report) {
      out.append("<h2>").append(esc(p.name())).append(" <code>").append(esc(p.key())).append("</code></h2>")
          .append("<p>").append(p.covered()).append(" av ").append(p.elements().size())
          .append(" element täckta eller undantagna (").append(esc(p.file())).append(")</p>")
          .append("<table><tr><th>Id</th><th>Typ</th><th>Etikett</th><th>Täckt</th></tr>");
      for (Element e : p.elements()) {
        String css = e.covered() ? "yes" : e.exception() != null ? "exc" : "no";
        String state = e.covered() ? "ja" : e.exception() != null ? "undantag: " + e.exception() : "nej";
        out.append("<tr class=\"").append(css).append("\"><td><code>").append(esc(e.id())).append("</code></td><td>")
            .append(esc(e.kind())).append("</td><td>").append(esc(e.label())).append("</td><td>")
            .append(esc(state)).append("</td></tr>");
      }
      out.append("</table>");
    }
    return out.append("</body></html>").toString();
  }

  private static String json(List<ProcessCoverage> report) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < report.size(); i++) {
      ProcessCoverage p = report.get(i);
      out.append(i == 0 ? "" : ",").append("{\"process\":\"").append(p.key()).append("\",\"elements\":")
          .append(p.elements().size()).append(",\"coveredOrExcepted\":").append(p.covered()).append(",\"gaps\":[");
      List<Element> gaps = p.gaps();
      for (int j = 0; j < gaps.size(); j++) {
        out.append(j == 0 ? "" : ",").append('"').append(gaps.get(j).id()).append('"');
      }
      out.append("]}");
    }
    return out.append("]").toString();
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
