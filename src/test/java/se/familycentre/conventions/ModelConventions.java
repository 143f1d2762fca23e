package se.familycentre.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import se.familycentre.organisation.Groups;
import se.familycentre.shared.TaskValidation;

/**
 * The conventions every model in {@code processes/} keeps, checked with the BPMN and DMN model APIs. Auditors read
 * the diagrams as the documentation of how the municipality works; officials work every user task through a form.
 * Each rule has a short code so that a failing test names exactly what is wrong where.
 */
public class ModelConventions {

  public record Violation(String file, String elementId, String rule, String message) {
    @Override
    public String toString() {
      return file + " " + elementId + " [" + rule + "] " + message;
    }
  }

  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final Pattern PROCESS_ID = Pattern.compile("^[a-z][A-Za-z0-9]*$");
  static final Pattern ELEMENT_ID = Pattern.compile("^([a-z][A-Za-z]*)_[a-z][A-Za-z0-9]*$");
  static final Pattern DELEGATE = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");

  /** Which id prefixes a kind of element may have (first match in declaration order wins). */
  static final Map<Class<? extends BaseElement>, Set<String>> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put(UserTask.class, Set.of("userTask"));
    PREFIXES.put(ServiceTask.class, Set.of("serviceTask"));
    PREFIXES.put(SendTask.class, Set.of("sendTask"));
    PREFIXES.put(ReceiveTask.class, Set.of("receiveTask"));
    PREFIXES.put(BusinessRuleTask.class, Set.of("businessRuleTask"));
    PREFIXES.put(CallActivity.class, Set.of("callActivity"));
    PREFIXES.put(SubProcess.class, Set.of("subProcess"));
    PREFIXES.put(Gateway.class, Set.of("gateway"));
    PREFIXES.put(StartEvent.class, Set.of("startEvent"));
    PREFIXES.put(EndEvent.class, Set.of("endEvent"));
    PREFIXES.put(BoundaryEvent.class, Set.of("boundaryEvent", "timer", "message", "error", "escalation", "signal"));
    PREFIXES.put(IntermediateCatchEvent.class, Set.of("event", "timer", "message", "signal", "intermediateEvent"));
    PREFIXES.put(IntermediateThrowEvent.class, Set.of("event", "message", "signal", "escalation",
        "intermediateEvent"));
    PREFIXES.put(SequenceFlow.class, Set.of("flow"));
  }

  private final Set<String> formIds;
  private final Predicate<String> beanExists;
  private final Set<String> decisionKeys;
  private final Set<String> processKeys;
  /** Outgoing flows per node id, from each flow's sourceRef (a model need not list its outgoing refs). */
  private Map<String, List<SequenceFlow>> outgoing = Map.of();

  public ModelConventions(Set<String> formIds, Predicate<String> beanExists, Set<String> decisionKeys,
      Set<String> processKeys) {
    this.formIds = formIds;
    this.beanExists = beanExists;
    this.decisionKeys = decisionKeys;
    this.processKeys = processKeys;
  }

  /** Checks every BPMN, DMN and form file below the given folders. */
  public static List<Violation> checkAll(Path processesDir, Path formsDir, Predicate<String> beanExists) {
    List<Path> bpmn = files(processesDir, ".bpmn");
    List<Path> dmn = files(processesDir, ".dmn");
    List<Violation> violations = new ArrayList<>();
    Set<String> formIds = formIds(files(formsDir, ".form"), violations);
    Set<String> decisionKeys = new HashSet<>();
    for (Path file : dmn) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(Decision.class).forEach(d -> decisionKeys.add(d.getId()));
      violations.addAll(checkDmn(file.getFileName().toString(), model));
    }
    Set<String> processKeys = new HashSet<>();
    Map<Path, BpmnModelInstance> models = new LinkedHashMap<>();
    for (Path file : bpmn) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      models.put(file, model);
      model.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId()));
    }
    ModelConventions conventions = new ModelConventions(formIds, beanExists, decisionKeys, processKeys);
    models.forEach((file, model) -> violations.addAll(conventions.check(file.getFileName().toString(), model)));
    return violations;
  }

  /** Every task validation the models in the folder call, as {@code taskId -> bean}. */
  public static List<String> validationCalls(Path processesDir) {
    List<String> calls = new ArrayList<>();
    for (Path file : files(processesDir, ".bpmn")) {
      for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        if (task.getExtensionElements() != null) {
          task.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
              .map(listener -> validationBean(listener.getCamundaDelegateExpression())).filter(Objects::nonNull)
              .forEach(bean -> calls.add(task.getId() + " -> " + bean));
        }
      }
    }
    return calls;
  }

  public static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Form ids of Camunda Forms, and what is wrong with the forms themselves. */
  static Set<String> formIds(List<Path> forms, List<Violation> violations) {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Path form : forms) {
      String file = form.getFileName().toString();
      try {
        JsonNode json = mapper.readTree(form.toFile());
        String id = json.path("id").asText("");
        if (id.isBlank()) {
          violations.add(new Violation(file, "-", "FORM_ID", "a Camunda Form needs an id (camunda:formRef names it)"));
        } else if (!ids.add(id)) {
          violations.add(new Violation(file, id, "FORM_ID", "two forms have the same id"));
        }
        checkFormComponents(file, json.path("components"), violations);
      } catch (IOException e) {
        violations.add(new Violation(file, "-", "FORM_JSON", "not valid JSON: " + e.getMessage()));
      }
    }
    return ids;
  }

  private static void checkFormComponents(String file, JsonNode components, List<Violation> violations) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        checkFormComponents(file, component.path("components"), violations);
      }
      boolean input = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select",
          "datetime", "taglist").contains(type);
      if (input && component.path("label").asText("").isBlank()) {
        violations.add(new Violation(file, component.path("key").asText("?"), "FORM_LABEL",
            "every form field has a Swedish label"));
      }
    }
  }

  public List<Violation> check(String file, BpmnModelInstance model) {
    List<Violation> v = new ArrayList<>();
    outgoing = new HashMap<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      outgoing.computeIfAbsent(flow.getSource().getId(), k -> new ArrayList<>()).add(flow);
    }
    ModelElementInstance definitions = model.getDefinitions();
    if (!"Camunda Platform".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform"))
        || !"7.24.0".equals(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion"))) {
      v.add(new Violation(file, "definitions", "PLATFORM",
          "definitions declare modeler:executionPlatform=\"Camunda Platform\" and executionPlatformVersion=\"7.24.0\""));
    }
    Set<String> drawn = new HashSet<>();
    Map<String, Bounds> shapes = new HashMap<>();
    Map<String, Bounds> labels = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
        shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          labels.put(shape.getBpmnElement().getId(), shape.getBpmnLabel().getBounds());
        }
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
        if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
          labels.put(edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds());
        }
      }
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      checkProcess(file, process, v);
    }
    for (Participant participant : model.getModelElementsByType(Participant.class)) {
      if (!drawn.contains(participant.getId())) {
        v.add(new Violation(file, participant.getId(), "DI", "the pool is not drawn"));
      }
    }
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      if (!drawn.contains(lane.getId())) {
        v.add(new Violation(file, lane.getId(), "DI", "the lane is not drawn"));
      }
      if (blank(lane.getName())) {
        v.add(new Violation(file, lane.getId(), "LABEL", "every lane has a Swedish name"));
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
        v.add(new Violation(file, element.getId(), "DI", "every flow node and flow is drawn (BPMNShape/BPMNEdge)"));
      }
      if (element instanceof FlowNode || element instanceof SequenceFlow) {
        checkId(file, element, v);
      }
      if (element instanceof FlowNode node) {
        checkNode(file, node, v);
      }
      if (element instanceof SequenceFlow flow) {
        checkFlow(file, flow, v);
      }
    }
    checkOverlaps(file, model, shapes, labels, v);
    return v;
  }

  private void checkProcess(String file, Process process, List<Violation> v) {
    if (!PROCESS_ID.matcher(process.getId()).matches()) {
      v.add(new Violation(file, process.getId(), "ID", "a process key is readable camelCase English"));
    }
    if (!process.isExecutable()) {
      v.add(new Violation(file, process.getId(), "EXECUTABLE", "the process is executable"));
    }
    if (blank(process.getName())) {
      v.add(new Violation(file, process.getId(), "LABEL", "the process has a Swedish name"));
    }
    if (!documented(process)) {
      v.add(new Violation(file, process.getId(), "DOC", "the process has a documentation text"));
    }
    if (blank(process.getCamundaHistoryTimeToLiveString())) {
      v.add(new Violation(file, process.getId(), "TTL", "the process sets a deliberate historyTimeToLive"));
    }
  }

  private static void checkId(String file, FlowElement element, List<Violation> v) {
    var matcher = ELEMENT_ID.matcher(element.getId());
    if (!matcher.matches()) {
      v.add(new Violation(file, element.getId(), "ID",
          "ids are readable English: <kind>_<camelCaseName>, e.g. userTask_assessNeed"));
      return;
    }
    for (Map.Entry<Class<? extends BaseElement>, Set<String>> entry : PREFIXES.entrySet()) {
      if (entry.getKey().isInstance(element)) {
        if (!entry.getValue().contains(matcher.group(1))) {
          v.add(new Violation(file, element.getId(), "ID", "the id of a " + element.getElementType().getTypeName()
              + " starts with one of " + entry.getValue()));
        }
        return;
      }
    }
  }

  private void checkNode(String file, FlowNode node, List<Violation> v) {
    String id = node.getId();
    boolean divergingChoice = (node instanceof ExclusiveGateway || node instanceof InclusiveGateway
        || node instanceof EventBasedGateway) && outgoing(node).size() > 1;
    boolean needsLabel = node instanceof Activity || node instanceof BoundaryEvent
        || node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent
        || divergingChoice
        || ((node instanceof StartEvent || node instanceof EndEvent) && node.getParentElement() instanceof Process);
    if (needsLabel && blank(node.getName())) {
      v.add(new Violation(file, id, "LABEL", "a reader of the diagram needs a short Swedish label here"));
    }
    boolean important = node instanceof Activity || node instanceof BoundaryEvent
        || hasTimer(node) || divergingChoice;
    if (important && !documented(node)) {
      v.add(new Violation(file, id, "DOC", "an important element carries a documentation text"));
    }
    if (node instanceof Task && !(node instanceof UserTask || node instanceof ServiceTask
        || node instanceof BusinessRuleTask || node instanceof SendTask || node instanceof ReceiveTask)) {
      v.add(new Violation(file, id, "TASK_TYPE", node instanceof ScriptTask
          ? "no scripts inside BPMN: a service task calls a Spring bean delegate"
          : "an untyped task does nothing: make it a user, service or business rule task"));
    }
    if (node instanceof UserTask task) {
      checkUserTask(file, task, v);
    }
    if (node instanceof StartEvent start && start.getParentElement() instanceof Process
        && start.getEventDefinitions().isEmpty()) {
      checkForm(file, id, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start.getCamundaFormKey(), v);
    }
    if (node instanceof ServiceTask task) {
      checkDelegate(file, id, task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType(), v);
    }
    if (node instanceof SendTask task) {
      checkDelegate(file, id, task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType(), v);
    }
    if (node instanceof Event event) {
      for (MessageEventDefinition message : event.getChildElementsByType(MessageEventDefinition.class)) {
        if (node instanceof IntermediateThrowEvent || node instanceof EndEvent) {
          checkDelegate(file, id, message.getCamundaDelegateExpression(), message.getCamundaClass(),
              message.getCamundaExpression(), message.getCamundaType(), v);
        }
      }
      for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
        if (timer.getTimeDuration() == null && timer.getTimeDate() == null && timer.getTimeCycle() == null) {
          v.add(new Violation(file, id, "TIMER", "a timer says when: a duration, a date or a cycle"));
        }
      }
    }
    if (node instanceof BusinessRuleTask task) {
      String ref = task.getCamundaDecisionRef();
      if (blank(ref)) {
        v.add(new Violation(file, id, "DECISION", "a business rule task calls a DMN decision (camunda:decisionRef)"));
      } else if (!ref.contains("${") && !decisionKeys.contains(ref)) {
        v.add(new Violation(file, id, "DECISION", "decision " + ref + " is not in processes/"));
      }
      if (task.getCamundaClass() != null || task.getCamundaDelegateExpression() != null) {
        v.add(new Violation(file, id, "DECISION", "a business rule task evaluates DMN, not Java"));
      }
    }
    if (node instanceof CallActivity call) {
      if (blank(call.getCalledElement()) || !processKeys.contains(call.getCalledElement())) {
        v.add(new Violation(file, id, "CALL", "called process " + call.getCalledElement() + " is not in processes/"));
      }
    }
    checkListeners(file, id, node, v);
  }

  private void checkUserTask(String file, UserTask task, List<Violation> v) {
    String id = task.getId();
    List<String> groups = task.getCamundaCandidateGroupsList();
    if (groups.isEmpty() && blank(task.getCamundaAssignee()) && task.getCamundaCandidateUsersList().isEmpty()) {
      v.add(new Violation(file, id, "GROUP", "every user task has a candidate group"));
    }
    for (String group : groups) {
      if (!group.contains("${")) {
        try {
          Groups.byId(group.trim());
        } catch (IllegalArgumentException e) {
          v.add(new Violation(file, id, "GROUP", "candidate group " + group + " is not a group of the organisation"));
        }
      }
    }
    checkForm(file, id, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormKey(), v);
  }

  private void checkForm(String file, String id, String formRef, String binding, String formKey,
      List<Violation> v) {
    if (formKey != null) {
      v.add(new Violation(file, id, "FORM", "link Camunda Forms with camunda:formRef, not camunda:formKey"));
    }
    if (blank(formRef)) {
      v.add(new Violation(file, id, "FORM", "officials work this step through a Camunda Form (camunda:formRef)"));
    } else if (!formIds.contains(formRef)) {
      v.add(new Violation(file, id, "FORM", "form " + formRef + " is not in forms/ (no .form file has that id)"));
    }
    if (!blank(formRef) && !"deployment".equals(binding)) {
      v.add(new Violation(file, id, "FORM", "camunda:formRefBinding=\"deployment\" keeps form and model together"));
    }
  }

  private void checkDelegate(String file, String id, String delegateExpression, String camundaClass,
      String expression, String type, List<Violation> v) {
    if (camundaClass != null || expression != null || type != null) {
      v.add(new Violation(file, id, "DELEGATE",
          "a service task calls a Spring bean delegate (camunda:delegateExpression=\"${verbObjectDelegate}\")"));
      return;
    }
    if (delegateExpression == null) {
      v.add(new Violation(file, id, "DELEGATE", "a service task calls a Spring bean delegate"));
      return;
    }
    var matcher = DELEGATE.matcher(delegateExpression);
    if (!matcher.matches() || !matcher.group(1).endsWith("Delegate")) {
      v.add(new Violation(file, id, "DELEGATE", "delegate expression has the form ${verbObjectDelegate}"));
    } else if (!beanExists.test(matcher.group(1))) {
      v.add(new Violation(file, id, "DELEGATE", "no Spring bean named " + matcher.group(1)));
    }
  }

  private void checkListeners(String file, String id, BaseElement element, List<Violation> v) {
    if (element.getExtensionElements() == null) {
      return;
    }
    for (CamundaExecutionListener listener : element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaExecutionListener.class).list()) {
      listenerTarget(file, id, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
          listener.getCamundaScript() != null, v);
      String bean = validationBean(listener.getCamundaDelegateExpression());
      if (bean != null && !(element instanceof UserTask && ExecutionListener.EVENTNAME_END.equals(
          listener.getCamundaEvent()) && bean.equals(TaskValidation.beanNameFor(id)))) {
        v.add(new Violation(file, id, "VALIDATION", "a task's checks are the bean named after it, called when it "
            + "ends: userTask_x has <camunda:executionListener delegateExpression=\"${xValidation}\" event=\"end\" />"
            + ", not " + bean + " on " + listener.getCamundaEvent()));
      }
    }
    for (CamundaTaskListener listener : element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list()) {
      listenerTarget(file, id, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
          listener.getCamundaScript() != null, v);
      if (validationBean(listener.getCamundaDelegateExpression()) != null) {
        v.add(new Violation(file, id, "VALIDATION", "a task's checks run as an execution listener on end, not as a "
            + "task listener (the engine wraps what a task listener throws, so the official would not read why)"));
      }
    }
  }

  /** The bean a delegate expression names when it is a task's validation ({@code ${xValidation}}), else null. */
  private static String validationBean(String delegateExpression) {
    var matcher = delegateExpression == null ? null : DELEGATE.matcher(delegateExpression);
    return matcher != null && matcher.matches() && matcher.group(1).endsWith("Validation") ? matcher.group(1) : null;
  }

  private void listenerTarget(String file, String id, String camundaClass, String delegateExpression,
      boolean script, List<Violation> v) {
    if (camundaClass != null || script) {
      v.add(new Violation(file, id, "LISTENER", "listeners are Spring beans (delegateExpression), never classes or scripts"));
    } else if (delegateExpression != null) {
      var matcher = DELEGATE.matcher(delegateExpression);
      if (matcher.matches() && !beanExists.test(matcher.group(1))) {
        v.add(new Violation(file, id, "LISTENER", "no Spring bean named " + matcher.group(1)));
      }
    }
  }

  private List<SequenceFlow> outgoing(FlowNode node) {
    return outgoing.getOrDefault(node.getId(), List.of());
  }

  private void checkFlow(String file, SequenceFlow flow, List<Violation> v) {
    FlowNode source = flow.getSource();
    boolean fromChoice = (source instanceof ExclusiveGateway || source instanceof InclusiveGateway)
        && outgoing(source).size() > 1;
    if (!fromChoice) {
      return;
    }
    if (blank(flow.getName())) {
      v.add(new Violation(file, flow.getId(), "LABEL", "a flow out of a decision says which answer it is"));
    }
    BaseElement defaultFlow = source instanceof ExclusiveGateway x ? x.getDefault()
        : ((InclusiveGateway) source).getDefault();
    ConditionExpression condition = flow.getConditionExpression();
    if (flow != defaultFlow && condition == null) {
      v.add(new Violation(file, flow.getId(), "CONDITION", "a flow out of a decision has a condition or is the default"));
    }
    if (condition != null && condition.getLanguage() != null) {
      v.add(new Violation(file, flow.getId(), "CONDITION", "conditions are expressions, never scripts"));
    }
  }

  /** No two shapes on top of each other, no label on a shape or another label (containers and hosts excepted). */
  private static void checkOverlaps(String file, BpmnModelInstance model, Map<String, Bounds> shapes,
      Map<String, Bounds> labels, List<Violation> v) {
    List<BaseElement> nodes = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (shapes.containsKey(node.getId())) {
        nodes.add(node);
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        BaseElement a = nodes.get(i);
        BaseElement b = nodes.get(j);
        if (attached(a, b) || attached(b, a) || contains(a, b) || contains(b, a)) {
          continue;
        }
        if (intersects(shapes.get(a.getId()), shapes.get(b.getId()))) {
          String pair = a.getId().compareTo(b.getId()) < 0 ? a.getId() + "/" + b.getId() : b.getId() + "/" + a.getId();
          v.add(new Violation(file, pair, "OVERLAP", "two shapes are drawn on top of each other"));
        }
      }
    }
    List<String> labelled = new ArrayList<>(labels.keySet());
    labelled.sort(String::compareTo);
    for (int i = 0; i < labelled.size(); i++) {
      Bounds label = labels.get(labelled.get(i));
      for (BaseElement node : nodes) {
        if (!(node instanceof SubProcess) && intersects(label, shapes.get(node.getId()))) {
          v.add(new Violation(file, labelled.get(i) + "/" + node.getId(), "OVERLAP", "a label lies on a shape"));
        }
      }
      for (int j = i + 1; j < labelled.size(); j++) {
        if (intersects(label, labels.get(labelled.get(j)))) {
          v.add(new Violation(file, labelled.get(i) + "/" + labelled.get(j), "OVERLAP", "two labels lie on each other"));
        }
      }
    }
  }

  private static boolean attached(BaseElement boundary, BaseElement host) {
    return boundary instanceof BoundaryEvent event && event.getAttachedTo() == host;
  }

  private static boolean contains(BaseElement container, BaseElement inner) {
    if (!(container instanceof SubProcess)) {
      return false;
    }
    for (ModelElementInstance p = inner.getParentElement(); p != null; p = p.getParentElement()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  static boolean intersects(Bounds a, Bounds b) {
    if (a == null || b == null) {
      return false;
    }
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  static List<Violation> checkDmn(String file, DmnModelInstance model) {
    List<Violation> v = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (!PROCESS_ID.matcher(decision.getId()).matches()) {
        v.add(new Violation(file, decision.getId(), "ID", "a decision key is readable camelCase English"));
      }
      if (blank(decision.getName())) {
        v.add(new Violation(file, decision.getId(), "LABEL", "the decision has a Swedish name"));
      }
      if (blank(decision.getCamundaHistoryTimeToLiveString())) {
        v.add(new Violation(file, decision.getId(), "TTL", "the decision sets a deliberate historyTimeToLive"));
      }
      Collection<DecisionTable> tables = decision.getChildElementsByType(DecisionTable.class);
      for (DecisionTable table : tables) {
        table.getInputs().forEach(input -> {
          if (blank(input.getLabel())) {
            v.add(new Violation(file, input.getId(), "LABEL", "every input column has a Swedish label"));
          }
        });
        table.getOutputs().forEach(output -> {
          if (blank(output.getLabel())) {
            v.add(new Violation(file, output.getId(), "LABEL", "every output column has a Swedish label"));
          }
        });
      }
    }
    return v;
  }

  private static boolean hasTimer(FlowNode node) {
    return !node.getChildElementsByType(TimerEventDefinition.class).isEmpty();
  }

  private static boolean documented(BaseElement element) {
    for (Documentation doc : element.getDocumentations()) {
      if (!blank(doc.getTextContent())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
