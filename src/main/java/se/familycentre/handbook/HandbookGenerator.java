package se.familycentre.handbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import se.familycentre.handbook.HandbookModel.DecisionDoc;
import se.familycentre.handbook.HandbookModel.Fact;
import se.familycentre.handbook.HandbookModel.FormDoc;
import se.familycentre.handbook.HandbookModel.Handbook;
import se.familycentre.handbook.HandbookModel.Link;
import se.familycentre.handbook.HandbookModel.LinkKind;
import se.familycentre.handbook.HandbookModel.ProcessDoc;
import se.familycentre.handbook.HandbookModel.Step;
import se.familycentre.handbook.Diagrams.Diagram;
import se.familycentre.shared.ApplicationYaml;
import se.familycentre.shared.engine.retention.RetentionProperties;

/**
 * Builds the auditor's handbook from the models themselves (BPMN and DMN in {@code processes/}, Camunda Forms in
 * {@code forms/}), so it cannot drift from what the engine runs. Plain Java: the application serves the same pages
 * at {@code /handbook} ({@link HandbookController}), and {@link #main} writes them as an offline static site:
 * <pre>mvn -q -B compile exec:java -Dexec.mainClass=se.familycentre.handbook.HandbookGenerator
 *     -Dexec.args="processes forms target/handbook"</pre>
 */
public final class HandbookGenerator {

  /** A model file: its path as shown to readers ("processes/referral/x.bpmn") and its bytes. */
  public record Source(String path, byte[] content) {
  }

  private HandbookGenerator() {
  }

  /** Writes index.html and one page per process and decision into target; returns the problems found. */
  public static void main(String[] args) throws IOException {
    Path processes = Path.of(args.length > 0 ? args[0] : "processes");
    Path forms = Path.of(args.length > 1 ? args[1] : "forms");
    Path target = Path.of(args.length > 2 ? args[2] : "target/handbook");
    Handbook handbook = read(files(processes, ".bpmn"), files(processes, ".dmn"), files(forms, ".form"),
        configuredProperties(), RetentionProperties.fromApplicationYaml());
    Map<String, String> pages = pages(handbook, "");
    write(pages, target);
    System.out.println("Handboken: " + pages.size() + " sidor (" + handbook.processes().size() + " processer, "
        + handbook.decisions().size() + " beslutstabeller) i " + target.toAbsolutePath().resolve(HtmlWriter.INDEX));
    if (!handbook.problems().isEmpty()) {
      handbook.problems().forEach(p -> System.err.println("Kunde inte läsa: " + p));
      System.exit(1);
    }
  }

  /**
   * Reads every model into the handbook's content; a model that cannot be read, or whose exported diagram was drawn
   * from another version of it, is named in problems. Retention is shown as configured (what the engine applies).
   */
  public static Handbook read(List<Source> bpmn, List<Source> dmn, List<Source> formFiles,
                              HandbookProperties properties, RetentionProperties retention) {
    return read(bpmn, dmn, formFiles, properties, retention, HandbookWords.NONE);
  }

  /** As above, with what the rooms say in words about their deadlines and signed-in options. */
  public static Handbook read(List<Source> bpmn, List<Source> dmn, List<Source> formFiles,
                              HandbookProperties properties, RetentionProperties retention, HandbookWords words) {
    List<String> problems = new ArrayList<>();
    Map<String, FormDoc> forms = new HashMap<>();
    FormReader formReader = new FormReader(words.signedInOptions());
    for (Source form : formFiles) {
      try {
        FormDoc doc = formReader.read(form.path(), form.content());
        if (doc != null) {
          forms.put(doc.id(), doc);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(form.path() + ": " + e.getMessage());
      }
    }
    ModelReader reader = new ModelReader(forms, retention, CodeLabels.of(formFiles, properties.codeLabels()),
        words.deadlines());
    List<ProcessDoc> processes = new ArrayList<>();
    for (Source source : bpmn) {
      try {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(source.content()));
        for (Process process : model.getModelElementsByType(Process.class)) {
          if (process.getFlowElements().isEmpty() && !process.isExecutable()) {
            continue; // an empty pool of an outside party: drawn in the diagram, no steps of its own
          }
          Diagram diagram = Diagrams.of(process.getId());
          String stale = diagram == null || diagram.drawnFrom(source.content()) ? null
              : "Diagrammet " + Diagrams.FOLDER + process.getId() + ".svg är ritat ur en annan version av "
                  + diagram.source() + " och visas inte (kör tools/bpmn-render/export-handbook-diagrams.sh)";
          if (stale != null) {
            problems.add(source.path() + ": " + stale);
          }
          processes.add(reader.readProcess(source.path(), model, process,
              diagram == null || stale != null ? null : diagram.inline(), stale));
        }
      } catch (RuntimeException e) {
        problems.add(source.path() + ": " + e.getMessage());
      }
    }
    List<DecisionDoc> decisions = new ArrayList<>();
    for (Source source : dmn) {
      try {
        decisions.addAll(reader.readDecisions(source.path(), source.content()));
      } catch (RuntimeException e) {
        problems.add(source.path() + ": " + e.getMessage());
      }
    }
    Collator swedish = Collator.getInstance(new Locale("sv", "SE"));
    processes = crossLinkProcesses(processes, decisions);
    decisions = crossLinkDecisions(decisions, processes);
    processes.sort(Comparator.comparing(ProcessDoc::name, swedish));
    decisions.sort(Comparator.comparing(DecisionDoc::name, swedish));
    return new Handbook(processes, decisions, properties.legalReferences(), problems);
  }

  /** The handbook's pages by file name; links between pages start with linkPrefix. */
  public static Map<String, String> pages(Handbook handbook, String linkPrefix) {
    return new HtmlWriter(handbook, linkPrefix).pages();
  }

  /** The pages for the models in two folders, e.g. processes/ and forms/ (missing folders mean no models). */
  public static Map<String, String> generate(Path processes, Path forms, HandbookProperties properties,
                                             RetentionProperties retention, String linkPrefix) {
    return pages(read(files(processes, ".bpmn"), files(processes, ".dmn"), files(forms, ".form"), properties,
        retention), linkPrefix);
  }

  public static void write(Map<String, String> pages, Path target) throws IOException {
    Files.createDirectories(target);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(target.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The model files under dir with the given ending, sorted; none if dir does not exist. */
  public static List<Source> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Source> result = new ArrayList<>();
      for (Path file : walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
        String shown = (dir.getFileName() == null ? "" : dir.getFileName() + "/")
            + dir.relativize(file).toString().replace('\\', '/');
        result.add(new Source(shown, Files.readAllBytes(file)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The handbook's settings as the application has them ({@code familycentre.handbook} in application.yaml on the
   * classpath), so the static site and the served one show the same legal references; defaults otherwise.
   */
  static HandbookProperties configuredProperties() {
    return ApplicationYaml.bind("familycentre.handbook", HandbookProperties.class)
        .orElseGet(HandbookProperties::defaults);
  }

  // ---------------------------------------------------------------- links between pages

  private static List<ProcessDoc> crossLinkProcesses(List<ProcessDoc> processes, List<DecisionDoc> decisions) {
    Map<String, List<Link>> callers = new LinkedHashMap<>();
    for (ProcessDoc p : processes) {
      for (Step step : allSteps(p.steps())) {
        for (Fact fact : step.facts()) {
          if (fact.link() != null && fact.link().kind() == LinkKind.PROCESS) {
            callers.computeIfAbsent(fact.link().key(), k -> new ArrayList<>())
                .add(new Link(LinkKind.PROCESS, p.key(), p.name() + ": " + label(step), "step-" + step.id()));
          }
        }
      }
    }
    List<ProcessDoc> result = new ArrayList<>();
    for (ProcessDoc p : processes) {
      result.add(new ProcessDoc(p.key(), p.name(), p.documentation(), p.source(), p.executable(), p.versionTag(),
          p.historyTimeToLive(), p.starterGroups(), p.starterUsers(), p.participantGroups(), p.lanes(),
          withLinkText(p.steps(), processes, decisions), p.svg(), p.diagramProblem(),
          callers.getOrDefault(p.key(), List.of())));
    }
    return result;
  }

  /** Links to other processes and to decisions show their names, not only their keys. */
  private static List<Step> withLinkText(List<Step> steps, List<ProcessDoc> processes, List<DecisionDoc> decisions) {
    List<Step> result = new ArrayList<>();
    for (Step s : steps) {
      List<Fact> facts = new ArrayList<>();
      for (Fact fact : s.facts()) {
        Link link = fact.link();
        if (link != null) {
          String name = (link.kind() == LinkKind.PROCESS
              ? processes.stream().filter(p -> p.key().equals(link.key())).map(ProcessDoc::name)
              : decisions.stream().filter(d -> d.key().equals(link.key())).map(DecisionDoc::name))
              .findFirst().orElse(link.key());
          facts.add(new Fact(fact.term(), name, new Link(link.kind(), link.key(), name, link.anchor())));
        } else {
          facts.add(fact);
        }
      }
      result.add(new Step(s.id(), s.number(), s.name(), s.kind(), s.documentation(), s.lane(), s.groups(),
          s.groupNote(), s.form(), s.formRef(), facts, withLinkText(s.boundaryEvents(), processes, decisions),
          withLinkText(s.children(), processes, decisions), s.outgoing()));
    }
    return result;
  }

  private static List<DecisionDoc> crossLinkDecisions(List<DecisionDoc> decisions, List<ProcessDoc> processes) {
    Map<String, List<Link>> users = new LinkedHashMap<>();
    for (ProcessDoc p : processes) {
      for (Step step : allSteps(p.steps())) {
        for (Fact fact : step.facts()) {
          if (fact.link() != null && fact.link().kind() == LinkKind.DECISION) {
            users.computeIfAbsent(fact.link().key(), k -> new ArrayList<>())
                .add(new Link(LinkKind.PROCESS, p.key(), p.name() + ": " + label(step), "step-" + step.id()));
          }
        }
      }
    }
    List<DecisionDoc> result = new ArrayList<>();
    for (DecisionDoc d : decisions) {
      result.add(new DecisionDoc(d.key(), d.name(), d.documentation(), d.source(), d.historyTimeToLive(),
          d.hitPolicy(), d.inputs(), d.outputs(), d.rules(), d.literalExpression(), d.requiredDecisions(),
          users.getOrDefault(d.key(), List.of())));
    }
    return result;
  }

  private static String label(Step step) {
    return step.name() != null ? step.name() : step.kind();
  }

  /** Every step, with boundary events and the steps inside sub-processes, in order. */
  public static List<Step> allSteps(List<Step> steps) {
    List<Step> result = new ArrayList<>();
    for (Step s : steps) {
      result.add(s);
      result.addAll(allSteps(s.boundaryEvents()));
      result.addAll(allSteps(s.children()));
    }
    return result;
  }
}
