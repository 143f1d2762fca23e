package se.familycentre.handbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.familycentre.handbook.HandbookGenerator.Source;

/**
 * Walks every labelled element of every model with the model APIs, independently of the handbook's own reader,
 * and names each one the generated handbook does not show where it belongs: flow nodes (as a step with their
 * label, and in the diagram), named sequence flows (under their source step), lanes, form fields of user tasks,
 * decision columns and every rule with each of its cells and its annotation.
 */
final class HandbookCoverage {

  private HandbookCoverage() {
  }

  static List<String> missing(List<Source> bpmn, List<Source> dmn, List<Source> forms, Map<String, String> pages) {
    List<String> missing = new ArrayList<>();
    Map<String, JsonNode> formsById = formsById(forms);
    String index = pages.getOrDefault(HtmlWriter.INDEX, "");
    for (Source source : bpmn) {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(source.content()));
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getFlowElements().isEmpty() && !process.isExecutable()) {
          continue;
        }
        String pageName = HtmlWriter.processPage(process.getId());
        String page = pages.get(pageName);
        if (page == null) {
          missing.add(source.path() + ": process " + process.getId() + " has no page");
          continue;
        }
        if (!index.contains("href=\"" + pageName + "\"") && !index.contains(pageName + "\"")) {
          missing.add(source.path() + ": index does not link process " + process.getId());
        }
        if (process.getName() != null && !page.contains("<h1>" + HtmlWriter.esc(process.getName().trim()))) {
          missing.add(source.path() + ": process name of " + process.getId());
        }
        String text = withoutDiagram(page);
        for (FlowNode node : allNodes(process)) {
          String section = section(text, "step-" + node.getId());
          if (section == null) {
            missing.add(source.path() + ": step " + node.getId());
            continue;
          }
          if (node.getName() != null && !node.getName().isBlank()
              && !heading(section).contains(HtmlWriter.esc(node.getName().trim()))) {
            missing.add(source.path() + ": label of " + node.getId() + " «" + node.getName() + "»");
          }
          // a model drawn by bpmn-js (an exported diagram, see HandbookDiagramsTest) links every drawn step
          if (node.getDiagramElement() != null && page.contains("<svg class=\"diagram\"")
              && !page.contains("href=\"#step-" + node.getId() + "\"")) {
            missing.add(source.path() + ": " + node.getId() + " in the diagram");
          }
          String formRef = node instanceof UserTask t ? t.getCamundaFormRef()
              : node instanceof StartEvent s ? s.getCamundaFormRef() : null;
          if (formRef != null && formsById.containsKey(formRef)) {
            for (String label : fieldLabels(formsById.get(formRef).path("components"))) {
              if (!section.contains(HtmlWriter.esc(label))) {
                missing.add(source.path() + ": form field «" + label + "» of " + node.getId());
              }
            }
          }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
          if (flow.getName() == null || flow.getName().isBlank() || !inProcess(flow, process)) {
            continue;
          }
          String item = between(text, "<li id=\"flow-" + HtmlWriter.esc(flow.getId()) + "\">", "</li>");
          if (item == null || !item.contains(HtmlWriter.esc(flow.getName().trim()))) {
            missing.add(source.path() + ": flow " + flow.getId() + " «" + flow.getName() + "»");
          }
        }
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
          if (lane.getName() == null || !inProcess(lane, process)) {
            continue;
          }
          String item = between(text, "<li id=\"lane-" + HtmlWriter.esc(lane.getId()) + "\">", "</li>");
          if (item == null || !item.contains(HtmlWriter.esc(lane.getName().trim()))) {
            missing.add(source.path() + ": lane " + lane.getId() + " «" + lane.getName() + "»");
          }
        }
      }
    }
    for (Source source : dmn) {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(source.content()));
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        String page = pages.get(HtmlWriter.decisionPage(decision.getId()));
        if (page == null) {
          missing.add(source.path() + ": decision " + decision.getId() + " has no page");
          continue;
        }
        if (decision.getName() != null && !page.contains("<h1>" + HtmlWriter.esc(decision.getName().trim()))) {
          missing.add(source.path() + ": decision name of " + decision.getId());
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
          continue;
        }
        for (Input input : table.getInputs()) {
          String th = between(page, "id=\"col-" + HtmlWriter.esc(input.getId()) + "\">", "</th>");
          if (th == null || (input.getLabel() != null && !th.contains(HtmlWriter.esc(input.getLabel().trim())))) {
            missing.add(source.path() + ": input column " + input.getId());
          }
        }
        for (Output output : table.getOutputs()) {
          String th = between(page, "id=\"col-" + HtmlWriter.esc(output.getId()) + "\">", "</th>");
          if (th == null || (output.getLabel() != null && !th.contains(HtmlWriter.esc(output.getLabel().trim())))) {
            missing.add(source.path() + ": output column " + output.getId());
          }
        }
        for (Rule rule : table.getRules()) {
          String row = between(page, "<tr id=\"rule-" + HtmlWriter.esc(rule.getId()) + "\">", "</tr>");
          if (row == null) {
            missing.add(source.path() + ": rule " + rule.getId());
            continue;
          }
          for (InputEntry entry : rule.getInputEntries()) {
            checkCell(row, entry.getText() == null ? "" : entry.getText().getTextContent(), rule, source, missing);
          }
          for (OutputEntry entry : rule.getOutputEntries()) {
            checkCell(row, entry.getText() == null ? "" : entry.getText().getTextContent(), rule, source, missing);
          }
          if (rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()
              && !row.contains(HtmlWriter.esc(rule.getDescription().getTextContent().trim()))) {
            missing.add(source.path() + ": annotation of rule " + rule.getId());
          }
        }
      }
    }
    return missing;
  }

  private static void checkCell(String row, String raw, Rule rule, Source source, List<String> missing) {
    if (!row.contains("title=\"" + HtmlWriter.esc(raw.trim()) + "\"")) {
      missing.add(source.path() + ": cell «" + raw.trim() + "» of rule " + rule.getId());
    }
  }

  private static List<FlowNode> allNodes(Process process) {
    List<FlowNode> nodes = new ArrayList<>();
    collect(process, nodes);
    return nodes;
  }

  private static void collect(org.camunda.bpm.model.xml.instance.ModelElementInstance parent, List<FlowNode> nodes) {
    for (FlowNode node : parent.getChildElementsByType(FlowNode.class)) {
      nodes.add(node);
      collect(node, nodes);
    }
  }

  private static boolean inProcess(org.camunda.bpm.model.xml.instance.ModelElementInstance element, Process process) {
    for (var e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e == process) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, JsonNode> formsById(List<Source> forms) {
    Map<String, JsonNode> result = new java.util.HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Source form : forms) {
      try {
        JsonNode json = mapper.readTree(form.content());
        result.put(json.path("id").asText(), json);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return result;
  }

  private static List<String> fieldLabels(JsonNode components) {
    List<String> labels = new ArrayList<>();
    for (JsonNode c : components) {
      if (!c.path("label").asText("").isBlank()) {
        labels.add(c.path("label").asText().trim());
      }
      labels.addAll(fieldLabels(c.path("components")));
    }
    return labels;
  }

  /** The HTML of a step's section up to the next step (boundary events and nested steps excluded). */
  private static String section(String html, String id) {
    int at = html.indexOf("id=\"" + HtmlWriter.esc(id) + "\"");
    if (at < 0) {
      return null;
    }
    int end = html.indexOf("<section", at + 1);
    return html.substring(at, end < 0 ? html.length() : end);
  }

  private static String heading(String section) {
    String h3 = between(section, "<h3>", "</h3>");
    return h3 == null ? "" : h3;
  }

  private static String between(String html, String start, String end) {
    int at = html.indexOf(start);
    if (at < 0) {
      return null;
    }
    int to = html.indexOf(end, at + start.length());
    return html.substring(at + start.length(), to < 0 ? html.length() : to);
  }

  static String withoutDiagram(String html) {
    Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    return m.replaceAll("");
  }
}
