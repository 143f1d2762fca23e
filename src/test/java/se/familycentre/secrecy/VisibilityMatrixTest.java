package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import se.familycentre.organisation.Groups;
import se.familycentre.secrecy.VisibilityMatrix.Kind;
import se.familycentre.secrecy.VisibilityMatrix.Role;
import se.familycentre.secrecy.VisibilityMatrix.Variable;

/**
 * The visibility matrix itself: it says something for every field an official sees, the groups that work a task
 * may read what its form shows, overseers read nothing, and the README shows exactly this matrix.
 */
class VisibilityMatrixTest {

  static final Path README = Path.of("README.md");
  static final String START = "<!-- visibility-matrix:start (generated from secrecy/VisibilityMatrix by "
      + "VisibilityMatrixTest; do not edit by hand) -->";
  static final String END = "<!-- visibility-matrix:end -->";

  /** Which groups a dynamic candidate group can stand for. */
  static final Map<String, Role> DYNAMIC_GROUPS = Map.of("${referringGroup}", VisibilityMatrix.REFERRER,
      "${targetGroups}", VisibilityMatrix.RECEIVER);

  final VisibilityMatrix matrix = VisibilityMatrix.get();

  @Test
  void everyFieldOfEveryFormIsReadableByTheGroupsThatWorkTheTask() throws IOException {
    Map<String, JsonNode> forms = forms();
    List<String> problems = new ArrayList<>();
    for (Path file : files(Path.of("processes"), ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (processOf(task) != process) {
            continue;
          }
          Set<String> groups = groups(task.getCamundaCandidateGroups());
          for (String field : fieldKeys(forms.get(task.getAttributeValueNs(
              "http://camunda.org/schema/1.0/bpmn", "formRef")))) {
            for (String group : groups) {
              if (!matrix.mayRead(process.getId(), field, List.of(group))) {
                problems.add(process.getId() + "." + task.getId() + ": " + group + " works the task but may not "
                    + "read its field " + field);
              }
            }
          }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          JsonNode form = forms.get(start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"));
          for (String field : fieldKeys(form)) {
            if (matrix.variable(process.getId(), field).isEmpty()) {
              problems.add(process.getId() + "." + start.getId() + ": the start form's field " + field
                  + " is not in the matrix");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void managersAndAuditorsReadNothingAndOnlyReferencesAreSearchable() {
    for (Variable row : matrix.rows()) {
      assertThat(row.readerGroups()).as(row.toString()).doesNotContain(Groups.LEDNING.id, Groups.REVISION.id);
      assertThat(matrix.maySearch(row.process(), row.name(), List.of(Groups.LEDNING.id)))
          .as(row + " searchable by ledning").isEqualTo(row.kind() == Kind.REFERENCE);
      assertThat(matrix.maySearch(row.process(), row.name(), row.readerGroups()))
          .as(row + " searchable by its readers").isEqualTo(row.kind() == Kind.REFERENCE);
    }
    assertThat(matrix.mayRead("someNewProcess", "caseReference", List.of(Groups.BVC.id)))
        .as("a process the matrix does not know is read by administrators only").isFalse();
    assertThatThrownBy(() -> new VisibilityMatrix(List.of(new Variable("p", "x", Kind.CODE,
        List.of(new Role("ledning", Set.of(Groups.LEDNING.id)))))))
        .as("the matrix refuses a row that lets managers read").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadmeShowsTheMatrix() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String expected = START + "\n" + table() + END;
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "visibility-matrix.md"), expected, StandardCharsets.UTF_8);
    assertThat(readme).as("README.md's visibility matrix; the current one is in target/visibility-matrix.md")
        .contains(expected);
  }

  /** The matrix as the README shows it: per process, variables of one kind read by the same parts. */
  static String table() {
    StringBuilder table = new StringBuilder("| process | variables | kind | who may read them (at their own centre) | "
        + "search and sort by value |\n|---|---|---|---|---|\n");
    VisibilityMatrix matrix = VisibilityMatrix.get();
    for (String process : matrix.processes()) {
      Map<String, List<Variable>> groups = new LinkedHashMap<>();
      for (Variable row : matrix.rows(process)) {
        String readers = row.readers().stream().map(r -> r.swedishName() + " (" + String.join(", ", r.groups())
            + ")").collect(Collectors.joining("; "));
        groups.computeIfAbsent(row.kind() + "|" + readers, k -> new ArrayList<>()).add(row);
      }
      groups.forEach((key, rows) -> {
        Variable first = rows.get(0);
        table.append("| `").append(process).append("` | ")
            .append(rows.stream().map(v -> "`" + v.name() + "`").collect(Collectors.joining(", "))).append(" | ")
            .append(first.kind().swedishName).append(first.kind().personal ? " (personuppgift, loggas)" : "")
            .append(" | ").append(key.substring(key.indexOf('|') + 1)).append(" | ")
            .append(first.searchable() ? "its readers, ledning, revision" : "nobody").append(" |\n");
      });
    }
    table.append("| every process | ").append(VisibilityMatrix.TASK_COPIES.stream().sorted().map(n -> "`" + n + "`")
        .collect(Collectors.joining(", "))).append(" as copied onto each task (Tasklist's columns) | ärendereferens | "
        + "whoever may read that task's variables | as above |\n");
    table.append("| every process | every variable | | administrators (camunda-admin); never ledning or revision | "
        + "administrators |\n");
    return table.toString();
  }

  private static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static Set<String> groups(String candidateGroups) {
    Set<String> groups = new LinkedHashSet<>();
    if (candidateGroups == null) {
      return groups;
    }
    for (String group : candidateGroups.split(",")) {
      String g = group.trim();
      Role dynamic = DYNAMIC_GROUPS.get(g);
      if (dynamic != null) {
        groups.addAll(dynamic.groups());
      } else if (!g.isEmpty()) {
        groups.add(g);
      }
    }
    return groups;
  }

  private static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path file : files(Path.of("forms"), ".form")) {
      JsonNode form = json.readTree(file.toFile());
      forms.put(form.path("id").asText(), form);
    }
    return forms;
  }

  private static List<String> fieldKeys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    if (form != null) {
      collect(form.path("components"), keys);
    }
    return keys;
  }

  private static void collect(JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
