package se.familycentre.handbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Transaction;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import se.familycentre.handbook.HandbookModel.Column;
import se.familycentre.handbook.HandbookModel.DecisionDoc;
import se.familycentre.handbook.HandbookModel.Entry;
import se.familycentre.handbook.HandbookModel.Fact;
import se.familycentre.handbook.HandbookModel.FlowDoc;
import se.familycentre.handbook.HandbookModel.FormDoc;
import se.familycentre.handbook.HandbookModel.GroupRef;
import se.familycentre.handbook.HandbookModel.LaneDoc;
import se.familycentre.handbook.HandbookModel.Link;
import se.familycentre.handbook.HandbookModel.LinkKind;
import se.familycentre.handbook.HandbookModel.ProcessDoc;
import se.familycentre.handbook.HandbookModel.Rule;
import se.familycentre.handbook.HandbookModel.Step;
import se.familycentre.organisation.Groups;
import se.familycentre.organisation.ProcessParticipation;
import se.familycentre.shared.engine.retention.RetentionProperties;

/**
 * Reads BPMN processes and DMN decisions with the Camunda model APIs into the {@link HandbookModel}: every step in
 * order of the flow, with who does it, which form, which deadline and where it leads.
 */
final class ModelReader {

  private final Map<String, FormDoc> forms;
  private final RetentionProperties retention;

  private final CodeLabels codes;
  /** What the deadline expressions of the models mean, in words (each room's {@code DeadlineWords}). */
  private final Map<String, String> deadlineWords;

  ModelReader(Map<String, FormDoc> forms, RetentionProperties retention, CodeLabels codes,
      Map<String, String> deadlineWords) {
    this.codes = codes;
    this.deadlineWords = deadlineWords;
    this.forms = forms;
    this.retention = retention;
  }

  // ---------------------------------------------------------------- processes

  ProcessDoc readProcess(String source, BpmnModelInstance model, Process process, String svg,
                         String diagramProblem) {
    Map<String, String> laneOf = new HashMap<>();
    List<LaneDoc> lanes = new ArrayList<>();
    collectLanes(process.getLaneSets(), laneOf, lanes);
    List<String> participants = participantGroups(process);
    ProcessContext context = new ProcessContext(laneOf, participants);
    List<Step> steps = walk(process.getFlowElements(), "", context);
    return new ProcessDoc(process.getId(), nameOr(process.getName(), process.getId()), documentation(process), source,
        process.isExecutable(), process.getCamundaVersionTag(),
        TimerText.retention(retention.daysFor(process.getId())),
        groups(process.getCamundaCandidateStarterGroupsList()),
        process.getCamundaCandidateStarterUsersList(), groups(participants), lanes, steps, svg, diagramProblem,
        List.of());
  }

  private record ProcessContext(Map<String, String> laneOf, List<String> participantGroups) {
  }

  private static void collectLanes(Collection<LaneSet> laneSets, Map<String, String> laneOf, List<LaneDoc> lanes) {
    for (LaneSet set : laneSets) {
      for (Lane lane : set.getLanes()) {
        String name = nameOr(lane.getName(), lane.getId());
        List<String> names = new ArrayList<>();
        for (FlowNode node : lane.getFlowNodeRefs()) {
          laneOf.put(node.getId(), name); // child lanes, read later, overwrite with the innermost lane
          if (node.getName() != null && !node.getName().isBlank() && !(node instanceof BoundaryEvent)) {
            names.add(node.getName().trim());
          }
        }
        lanes.add(new LaneDoc(lane.getId(), name, names));
        if (lane.getChildLaneSet() != null) {
          collectLanes(List.of(lane.getChildLaneSet()), laneOf, lanes);
        }
      }
    }
  }

  private static List<String> participantGroups(Process process) {
    List<String> result = new ArrayList<>();
    if (process.getExtensionElements() == null) {
      return result;
    }
    for (CamundaProperties properties : process.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (ProcessParticipation.PARTICIPANT_GROUPS_PROPERTY.equals(property.getCamundaName())
            && property.getCamundaValue() != null) {
          Arrays.stream(property.getCamundaValue().split(",")).map(String::trim).filter(s -> !s.isEmpty())
              .forEach(result::add);
        }
      }
    }
    return result;
  }

  /**
   * The steps of one scope (a process or a sub-process) in order of the flow: from the start events along the
   * sequence flows, a branch followed to its end before the next one begins, a step where paths meet only after all
   * paths into it (loops aside). The paths leaving a step's boundary events come after its normal path. Steps no
   * path reaches come next, then the event sub-processes.
   */
  List<Step> walk(Collection<FlowElement> elements, String prefix, ProcessContext context) {
    List<FlowNode> nodes = new ArrayList<>();
    List<SubProcess> eventSubProcesses = new ArrayList<>();
    Map<String, List<BoundaryEvent>> boundaries = new LinkedHashMap<>();
    for (FlowElement element : elements) {
      if (element instanceof BoundaryEvent boundary) {
        boundaries.computeIfAbsent(boundary.getAttachedTo().getId(), k -> new ArrayList<>()).add(boundary);
      } else if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
        eventSubProcesses.add(sub);
      } else if (element instanceof FlowNode node) {
        nodes.add(node);
      }
    }
    List<FlowNode> ordered = flowOrder(nodes, boundaries);
    List<Step> steps = new ArrayList<>();
    int n = 0;
    for (FlowNode node : ordered) {
      steps.add(step(node, prefix + (++n), boundaries.getOrDefault(node.getId(), List.of()), context));
    }
    for (SubProcess sub : eventSubProcesses) {
      steps.add(step(sub, prefix + (++n), boundaries.getOrDefault(sub.getId(), List.of()), context));
    }
    return steps;
  }

  /** The order of the flow (see {@link #walk}); every node of the scope appears exactly once. */
  static List<FlowNode> flowOrder(List<FlowNode> nodes, Map<String, List<BoundaryEvent>> boundaries) {
    Set<FlowNode> inScope = new LinkedHashSet<>(nodes);
    Map<FlowNode, List<FlowNode>> next = new HashMap<>();
    for (FlowNode node : nodes) {
      List<FlowNode> successors = new ArrayList<>();
      sortedOutgoing(node).forEach(f -> successors.add(f.getTarget()));
      for (BoundaryEvent boundary : boundaries.getOrDefault(node.getId(), List.of())) {
        sortedOutgoing(boundary).forEach(f -> successors.add(f.getTarget()));
      }
      successors.removeIf(s -> !inScope.contains(s));
      next.put(node, successors);
    }
    List<FlowNode> roots = new ArrayList<>();
    nodes.stream().filter(n -> n instanceof StartEvent).forEach(roots::add);
    nodes.stream().filter(n -> !(n instanceof StartEvent) && n.getIncoming().isEmpty()).forEach(roots::add);

    // 1. the back edges of loops, found by a depth-first search from the roots
    Set<String> backEdges = new HashSet<>();
    Set<FlowNode> visited = new HashSet<>();
    for (FlowNode root : roots) {
      findBackEdges(root, next, visited, new HashSet<>(), backEdges);
    }
    // 2. a topological order without the back edges, depth first (a stack), first successor first
    Map<FlowNode, Integer> waiting = new HashMap<>();
    for (FlowNode node : nodes) {
      for (FlowNode target : next.get(node)) {
        if (visited.contains(node) && !backEdges.contains(node.getId() + ">" + target.getId())) {
          waiting.merge(target, 1, Integer::sum);
        }
      }
    }
    List<FlowNode> order = new ArrayList<>();
    Set<FlowNode> placed = new HashSet<>();
    Deque<FlowNode> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      FlowNode node = stack.pop();
      if (!placed.add(node)) {
        continue;
      }
      order.add(node);
      List<FlowNode> successors = next.get(node);
      for (int i = successors.size() - 1; i >= 0; i--) {
        FlowNode target = successors.get(i);
        if (backEdges.contains(node.getId() + ">" + target.getId()) || placed.contains(target)) {
          continue;
        }
        if (waiting.merge(target, -1, Integer::sum) <= 0) {
          stack.push(target);
        }
      }
    }
    // 3. whatever no path reaches (a model error, or a node only a link event leads to), in document order
    nodes.stream().filter(n -> !placed.contains(n)).forEach(order::add);
    return order;
  }

  private static void findBackEdges(FlowNode node, Map<FlowNode, List<FlowNode>> next, Set<FlowNode> visited,
                                    Set<FlowNode> onPath, Set<String> backEdges) {
    if (!visited.add(node)) {
      return;
    }
    onPath.add(node);
    for (FlowNode target : next.get(node)) {
      if (onPath.contains(target)) {
        backEdges.add(node.getId() + ">" + target.getId());
      } else {
        findBackEdges(target, next, visited, onPath, backEdges);
      }
    }
    onPath.remove(node);
  }

  /** Outgoing flows as the diagram shows them: top to bottom (by the target's position), the default flow last. */
  static List<SequenceFlow> sortedOutgoing(FlowNode node) {
    SequenceFlow defaultFlow = defaultFlow(node);
    List<SequenceFlow> flows = new ArrayList<>(node.getOutgoing());
    flows.sort(Comparator.<SequenceFlow>comparingInt(f -> f == defaultFlow ? 1 : 0)
        .thenComparingDouble(f -> position(f.getTarget())));
    return flows;
  }

  private static double position(FlowNode node) {
    if (!(node.getDiagramElement() instanceof BpmnShape shape) || shape.getBounds() == null) {
      return 0;
    }
    return shape.getBounds().getY() + shape.getBounds().getHeight() / 2;
  }

  private static SequenceFlow defaultFlow(FlowNode node) {
    if (node instanceof ExclusiveGateway g) {
      return g.getDefault();
    }
    if (node instanceof InclusiveGateway g) {
      return g.getDefault();
    }
    if (node instanceof ComplexGateway g) {
      return g.getDefault();
    }
    if (node instanceof Activity a) {
      return a.getDefault();
    }
    return null;
  }

  private Step step(FlowNode node, String number, List<BoundaryEvent> boundaries, ProcessContext context) {
    List<Fact> facts = new ArrayList<>();
    List<GroupRef> groups = List.of();
    String groupNote = null;
    String formRef = null;

    if (node instanceof UserTask task) {
      groups = groups(task.getCamundaCandidateGroupsList());
      List<String> expressions = task.getCamundaCandidateGroupsList().stream().filter(ModelReader::isExpression)
          .toList();
      if (!expressions.isEmpty()) {
        groupNote = "bestäms vid körning (" + String.join(", ", expressions) + ")";
        if (!context.participantGroups().isEmpty()) {
          groupNote += "; möjliga grupper: " + String.join(", ",
              groups(context.participantGroups()).stream().map(ModelReader::groupText).toList());
        }
      }
      if (task.getCamundaAssignee() != null) {
        facts.add(new Fact("Tilldelas", assignee(task.getCamundaAssignee())));
      }
      if (!task.getCamundaCandidateUsersList().isEmpty()) {
        facts.add(new Fact("Kan utföras av", String.join(", ", task.getCamundaCandidateUsersList())));
      }
      if (task.getCamundaDueDate() != null) {
        facts.add(new Fact("Förfallodatum", inWords(task.getCamundaDueDate(), TimerText::dueDate)));
      }
      if (task.getCamundaFollowUpDate() != null) {
        facts.add(new Fact("Uppföljningsdatum", inWords(task.getCamundaFollowUpDate(), TimerText::dueDate)
            .replaceFirst("^senast ", "")));
      }
      formRef = task.getCamundaFormRef();
      if (formRef == null && task.getCamundaFormKey() != null) {
        facts.add(new Fact("Formulär", task.getCamundaFormKey()));
      }
    }
    if (node instanceof StartEvent start) {
      formRef = start.getCamundaFormRef();
      if (formRef == null && start.getCamundaFormKey() != null) {
        facts.add(new Fact("Formulär", start.getCamundaFormKey()));
      }
      if (start.getCamundaInitiator() != null) {
        facts.add(new Fact("Den som startar sparas i variabeln", start.getCamundaInitiator()));
      }
      if (start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent()) {
        facts.add(new Fact("Avbryter det pågående", start.isInterrupting()
            ? "ja: det som pågår i processen avbryts" : "nej: processen fortsätter, detta sker vid sidan av"));
      }
    }
    implementation(node, facts);
    if (node instanceof BusinessRuleTask rule && rule.getCamundaDecisionRef() != null) {
      facts.add(new Fact("Beslutstabell", rule.getCamundaDecisionRef(),
          new Link(LinkKind.DECISION, rule.getCamundaDecisionRef(), rule.getCamundaDecisionRef())));
      if (rule.getCamundaResultVariable() != null) {
        facts.add(new Fact("Resultatet sparas i variabeln", rule.getCamundaResultVariable()
            + (rule.getCamundaMapDecisionResult() != null ? " (" + rule.getCamundaMapDecisionResult() + ")" : "")));
      }
    }
    if (node instanceof CallActivity call && call.getCalledElement() != null) {
      facts.add(new Fact("Anropar processen", call.getCalledElement(),
          new Link(LinkKind.PROCESS, call.getCalledElement(), call.getCalledElement())));
    }
    if (node instanceof Activity activity) {
      loop(activity, facts);
    }
    if (node instanceof CatchEvent || node instanceof ThrowEvent) {
      eventFacts(node, facts);
    }
    if (node instanceof BoundaryEvent boundary) {
      facts.add(new Fact("Avbryter steget", boundary.cancelActivity()
          ? "ja: steget avbryts och processen fortsätter härifrån"
          : "nej: steget fortsätter, detta sker vid sidan av"));
    }
    if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
      facts.add(new Fact("Körs", "i bakgrunden (asynkront): vid ett tekniskt fel försöker systemet igen och visar "
          + "till sist en incident i Cockpit"));
    }
    // deadlines and escalations of the step, read from the timers on its edge
    List<Step> boundarySteps = new ArrayList<>();
    char letter = 'a';
    for (BoundaryEvent boundary : boundaries) {
      String label = nameOr(boundary.getName(), kind(boundary).toLowerCase());
      for (EventDefinition definition : boundary.getEventDefinitions()) {
        if (definition instanceof TimerEventDefinition timer) {
          String when = timerText(timer);
          if (boundary.cancelActivity()) {
            String duration = timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent().trim();
            String within = duration == null ? null : TimerText.within(duration);
            String deadline = duration != null && deadlineWords.containsKey(duration) ? deadlineWords.get(duration)
                : within != null ? within + " (" + duration + ")" : when.replaceFirst("^vid ", "senast ");
            facts.add(new Fact("Tidsfrist", deadline + "; annars avbryts steget och «" + label + "» följer"));
          } else {
            facts.add(new Fact("Påminnelse", when + ": «" + label + "» (steget fortsätter)"));
          }
        } else if (definition instanceof EscalationEventDefinition) {
          facts.add(new Fact("Eskalering", "«" + label + "» (" + (boundary.cancelActivity() ? "avbryter steget"
              : "steget fortsätter") + ")"));
        }
      }
      boundarySteps.add(step(boundary, number + letter++, List.of(), context));
    }
    List<Step> children = List.of();
    if (node instanceof SubProcess sub) {
      children = walk(sub.getFlowElements(), number + ".", context);
    }
    List<FlowDoc> outgoing = new ArrayList<>();
    SequenceFlow defaultFlow = defaultFlow(node);
    for (SequenceFlow flow : sortedOutgoing(node)) {
      String condition = flow.getConditionExpression() == null ? null
          : flow.getConditionExpression().getTextContent().trim();
      outgoing.add(new FlowDoc(flow.getId(), blankToNull(flow.getName()), condition, flow == defaultFlow,
          flow.getTarget().getId(), nameOr(flow.getTarget().getName(), kind(flow.getTarget()))));
    }
    FormDoc form = formRef == null ? null : forms.get(formRef);
    return new Step(node.getId(), number, blankToNull(node.getName()), kind(node), documentation(node),
        context.laneOf().get(node.getId()), groups, groupNote, form, formRef, facts, boundarySteps, children,
        outgoing);
  }

  private static void implementation(FlowNode node, List<Fact> facts) {
    String delegate = null;
    String javaClass = null;
    String expression = null;
    String type = null;
    String topic = null;
    if (node instanceof ServiceTask t) {
      delegate = t.getCamundaDelegateExpression();
      javaClass = t.getCamundaClass();
      expression = t.getCamundaExpression();
      type = t.getCamundaType();
      topic = t.getCamundaTopic();
    } else if (node instanceof SendTask t) {
      delegate = t.getCamundaDelegateExpression();
      javaClass = t.getCamundaClass();
      expression = t.getCamundaExpression();
      type = t.getCamundaType();
      topic = t.getCamundaTopic();
    } else if (node instanceof BusinessRuleTask t) {
      delegate = t.getCamundaDelegateExpression();
      javaClass = t.getCamundaClass();
      expression = t.getCamundaExpression();
    } else if (node instanceof ThrowEvent) {
      for (EventDefinition definition : ((ThrowEvent) node).getEventDefinitions()) {
        if (definition instanceof MessageEventDefinition message) {
          delegate = message.getCamundaDelegateExpression();
          javaClass = message.getCamundaClass();
          expression = message.getCamundaExpression();
        }
      }
    }
    if (delegate != null) {
      String bean = delegate.replaceAll("^[$#]\\{\\s*|\\s*}$", "");
      facts.add(new Fact("Utförs av", "programkomponenten " + bean + " (" + delegate + ")"));
    } else if (javaClass != null) {
      facts.add(new Fact("Utförs av", "Java-klassen " + javaClass));
    } else if (expression != null) {
      facts.add(new Fact("Utförs av", "uttrycket " + expression));
    } else if ("external".equals(type)) {
      facts.add(new Fact("Utförs av", "ett externt system som hämtar arbetet (ämne " + topic + ")"));
    }
  }

  private static void loop(Activity activity, List<Fact> facts) {
    if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
      String how = mi.isSequential() ? "en i taget" : "alla samtidigt";
      String what;
      if (mi.getCamundaCollection() != null) {
        what = "för varje element i " + mi.getCamundaCollection()
            + (mi.getCamundaElementVariable() != null ? " (" + mi.getCamundaElementVariable() + ")" : "");
      } else if (mi.getLoopCardinality() != null) {
        what = mi.getLoopCardinality().getTextContent().trim() + " gånger";
      } else {
        what = "flera gånger";
      }
      facts.add(new Fact("Upprepas", what + ", " + how));
      if (mi.getCompletionCondition() != null) {
        facts.add(new Fact("Klart när", mi.getCompletionCondition().getTextContent().trim()));
      }
    }
  }

  private void eventFacts(FlowNode node, List<Fact> facts) {
    Collection<EventDefinition> definitions = node instanceof CatchEvent c ? c.getEventDefinitions()
        : ((ThrowEvent) node).getEventDefinitions();
    for (EventDefinition definition : definitions) {
      if (definition instanceof TimerEventDefinition timer) {
        facts.add(new Fact("Tid", timerText(timer)));
      } else if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
        facts.add(new Fact("Meddelande", nameOr(message.getMessage().getName(), message.getMessage().getId())));
      } else if (definition instanceof ErrorEventDefinition error) {
        facts.add(new Fact("Fel", error.getError() == null ? "alla fel"
            : "felkod " + error.getError().getErrorCode()
                + (error.getError().getName() != null ? " (" + error.getError().getName() + ")" : "")));
      } else if (definition instanceof EscalationEventDefinition escalation) {
        facts.add(new Fact("Eskalering", escalation.getEscalation() == null ? "alla eskaleringar"
            : "kod " + escalation.getEscalation().getEscalationCode()
                + (escalation.getEscalation().getName() != null ? " (" + escalation.getEscalation().getName() + ")"
                : "")));
      } else if (definition instanceof SignalEventDefinition signal && signal.getSignal() != null) {
        facts.add(new Fact("Signal", nameOr(signal.getSignal().getName(), signal.getSignal().getId())));
      } else if (definition instanceof ConditionalEventDefinition conditional
          && conditional.getCondition() != null) {
        facts.add(new Fact("Villkor", conditional.getCondition().getTextContent().trim()));
      } else if (definition instanceof TerminateEventDefinition) {
        facts.add(new Fact("Avslutar", "hela processen, också det som pågår parallellt"));
      }
    }
  }

  /**
   * A deadline expression in the words of the room that owns it, or, for a literal (P14D, a date) or an expression
   * no room explains, in the words the handbook makes of it.
   */
  private String inWords(String definition, java.util.function.UnaryOperator<String> literal) {
    String words = definition == null ? null : deadlineWords.get(definition.trim());
    return words != null ? words : literal.apply(definition);
  }

  String timerText(TimerEventDefinition timer) {
    if (timer.getTimeDuration() != null) {
      String words = deadlineWords.get(timer.getTimeDuration().getTextContent().trim());
      return words != null ? words : TimerText.timerDuration(timer.getTimeDuration().getTextContent());
    }
    if (timer.getTimeDate() != null) {
      String words = deadlineWords.get(timer.getTimeDate().getTextContent().trim());
      return words != null ? words : TimerText.timerDate(timer.getTimeDate().getTextContent());
    }
    if (timer.getTimeCycle() != null) {
      return TimerText.timerCycle(timer.getTimeCycle().getTextContent());
    }
    return "tid saknas";
  }

  /** The kind of a step in Swedish, as an auditor would say it. */
  static String kind(FlowNode node) {
    if (node instanceof UserTask) {
      return "Användaruppgift";
    }
    if (node instanceof BusinessRuleTask) {
      return "Beslutstabell";
    }
    if (node instanceof ServiceTask) {
      return "Automatiskt steg";
    }
    if (node instanceof SendTask) {
      return "Automatiskt steg: skickar meddelande";
    }
    if (node instanceof ReceiveTask) {
      return "Väntar på meddelande";
    }
    if (node instanceof ScriptTask) {
      return "Skript";
    }
    if (node instanceof ManualTask) {
      return "Manuellt steg (utanför systemet)";
    }
    if (node instanceof CallActivity) {
      return "Anropad process";
    }
    if (node instanceof Transaction) {
      return "Transaktion";
    }
    if (node instanceof SubProcess sub) {
      return sub.triggeredByEvent() ? "Händelsestyrd delprocess" : "Delprocess";
    }
    if (node instanceof Gateway gateway) {
      boolean diverging = gateway.getOutgoing().size() > 1;
      if (node instanceof ExclusiveGateway) {
        return diverging ? "Vägval (en väg)" : "Vägarna möts";
      }
      if (node instanceof ParallelGateway) {
        return diverging ? "Parallella vägar (alla samtidigt)" : "Parallella vägar möts (väntar på alla)";
      }
      if (node instanceof InclusiveGateway) {
        return diverging ? "Vägval (en eller flera vägar)" : "Vägarna möts (väntar på de valda)";
      }
      if (node instanceof EventBasedGateway) {
        return "Väntar på det som händer först";
      }
      return "Vägval";
    }
    String event = eventKind(node);
    if (node instanceof StartEvent) {
      return event == null ? "Start" : "Start: " + event.toLowerCase();
    }
    if (node instanceof EndEvent) {
      if ("Avbryt allt".equals(event)) {
        return "Slut för hela processen";
      }
      return event == null ? "Slut" : "Slut: " + event.toLowerCase();
    }
    if (node instanceof BoundaryEvent) {
      return event == null ? "Händelse" : event;
    }
    if (node instanceof IntermediateCatchEvent) {
      return event == null ? "Väntar" : "Väntar: " + event.toLowerCase();
    }
    if (node instanceof IntermediateThrowEvent) {
      return event == null ? "Milstolpe" : "Skickar: " + event.toLowerCase();
    }
    return "Steg";
  }

  private static String eventKind(FlowNode node) {
    Collection<EventDefinition> definitions = node instanceof CatchEvent c ? c.getEventDefinitions()
        : node instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
    for (EventDefinition d : definitions) {
      if (d instanceof TimerEventDefinition) {
        return "Timer";
      }
      if (d instanceof MessageEventDefinition) {
        return "Meddelande";
      }
      if (d instanceof ErrorEventDefinition) {
        return "Fel";
      }
      if (d instanceof EscalationEventDefinition) {
        return "Eskalering";
      }
      if (d instanceof SignalEventDefinition) {
        return "Signal";
      }
      if (d instanceof ConditionalEventDefinition) {
        return "Villkor";
      }
      if (d instanceof TerminateEventDefinition) {
        return "Avbryt allt";
      }
    }
    return null;
  }

  private static String assignee(String assignee) {
    return isExpression(assignee) ? "bestäms vid körning (" + assignee + ")" : assignee;
  }

  static boolean isExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /** Literal group ids with their Swedish names; expressions are left out (the caller says "bestäms vid körning"). */
  static List<GroupRef> groups(List<String> ids) {
    List<GroupRef> result = new ArrayList<>();
    for (String raw : ids) {
      String id = raw.trim();
      if (id.isEmpty() || isExpression(id)) {
        continue;
      }
      String name = Arrays.stream(Groups.values()).filter(g -> g.id.equals(id)).map(g -> g.swedishName)
          .findFirst().orElse(id);
      result.add(new GroupRef(id, name));
    }
    return result;
  }

  private static String groupText(GroupRef group) {
    return group.swedishName();
  }

  static String documentation(BaseElement element) {
    List<String> texts = new ArrayList<>();
    for (Documentation doc : element.getDocumentations()) {
      String text = doc.getTextContent() == null ? "" : doc.getTextContent().strip();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts.isEmpty() ? null : String.join("\n\n", texts);
  }

  static String nameOr(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name.trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  // ---------------------------------------------------------------- decisions

  List<DecisionDoc> readDecisions(String source, byte[] content) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    List<DecisionDoc> result = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String documentation = decision.getDescription() == null ? null
          : blankToNull(decision.getDescription().getTextContent());
      List<String> required = new ArrayList<>();
      for (InformationRequirement requirement : decision.getInformationRequirements()) {
        if (requirement.getRequiredDecision() != null) {
          required.add(requirement.getRequiredDecision().getId());
        }
      }
      String ttl = TimerText.retention(retention.daysFor(decision.getId()));
      String name = nameOr(decision.getName(), decision.getId());
      if (decision.getExpression() instanceof DecisionTable table) {
        List<Column> inputs = new ArrayList<>();
        for (Input input : table.getInputs()) {
          String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
              ? input.getCamundaInputVariable() : input.getInputExpression().getText().getTextContent().trim();
          String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
          inputs.add(new Column(input.getId(), nameOr(input.getLabel(), expression), expression, type,
              input.getInputValues() == null ? List.of()
                  : List.of(input.getInputValues().getText().getTextContent().trim())));
        }
        List<Column> outputs = new ArrayList<>();
        for (Output output : table.getOutputs()) {
          outputs.add(new Column(output.getId(), nameOr(output.getLabel(), output.getName()), output.getName(),
              output.getTypeRef(), output.getOutputValues() == null ? List.of()
                  : List.of(output.getOutputValues().getText().getTextContent().trim())));
        }
        List<Rule> rules = new ArrayList<>();
        int number = 0;
        for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
          List<Entry> in = new ArrayList<>();
          int i = 0;
          for (InputEntry entry : rule.getInputEntries()) {
            String type = i < inputs.size() ? inputs.get(i).type() : null;
            in.add(entry(entry.getText() == null ? "" : entry.getText().getTextContent(), type, true, codes));
            i++;
          }
          List<Entry> out = new ArrayList<>();
          i = 0;
          for (OutputEntry entry : rule.getOutputEntries()) {
            String type = i < outputs.size() ? outputs.get(i).type() : null;
            out.add(entry(entry.getText() == null ? "" : entry.getText().getTextContent(), type, false, codes));
            i++;
          }
          String annotation = rule.getDescription() == null ? null
              : blankToNull(rule.getDescription().getTextContent());
          rules.add(new Rule(rule.getId(), ++number, in, out, annotation, sentence(inputs, in, outputs, out)));
        }
        result.add(new DecisionDoc(decision.getId(), name, documentation, source, ttl,
            hitPolicy(table.getHitPolicy(), table.getAggregation() == null ? null : table.getAggregation().name()),
            inputs, outputs, rules, null, required, List.of()));
      } else if (decision.getExpression() instanceof LiteralExpression literal) {
        result.add(new DecisionDoc(decision.getId(), name, documentation, source, ttl, null, List.of(), List.of(),
            List.of(), literal.getText() == null ? "" : literal.getText().getTextContent().trim(), required,
            List.of()));
      }
    }
    return result;
  }

  /**
   * A rule's cell in plain words beside the raw expression: "-" is "(oavsett)", true is "ja", >= 2 "minst 2", a code
   * its Swedish label ({@code "AGE_0_1"} is "0–1 år"), {@code list contains(?, "PARENTING")} "omfattar
   * Föräldraskap"; an output listing several codes in one text ({@code "bvc,mvc"}) names each.
   */
  static Entry entry(String rawText, String type, boolean input, CodeLabels codes) {
    String raw = rawText == null ? "" : rawText.trim();
    String plain = raw;
    if (raw.isEmpty() || raw.equals("-")) {
      plain = input ? "(oavsett)" : "(inget)";
    } else if (raw.equals("true")) {
      plain = "ja";
    } else if (raw.equals("false")) {
      plain = "nej";
    } else if (raw.matches("\"[^\"]*\"")) {
      String text = raw.substring(1, raw.length() - 1);
      plain = !input && text.matches("[\\w-]+(,[\\w-]+)+") ? and(Arrays.stream(text.split(",")).map(codes::of).toList())
          : codes.of(text);
    } else if (input && raw.matches("list contains\\(\\?,\\s*\"[^\"]*\"\\)")) {
      plain = "omfattar " + codes.of(raw.substring(raw.indexOf('"') + 1, raw.lastIndexOf('"')));
    } else if (input && raw.matches("\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")+")) {
      plain = String.join(" eller ", Arrays.stream(raw.split(",")).map(s -> codes.of(s.trim().replace("\"", "")))
          .toList());
    } else if (input && raw.matches(">=\\s*[^\\s].*")) {
      plain = "minst " + raw.substring(2).trim();
    } else if (input && raw.matches("<=\\s*[^\\s].*")) {
      plain = "högst " + raw.substring(2).trim();
    } else if (input && raw.matches(">\\s*[^\\s=].*")) {
      plain = "över " + raw.substring(1).trim();
    } else if (input && raw.matches("<\\s*[^\\s=].*")) {
      plain = "under " + raw.substring(1).trim();
    } else if (input && raw.matches("\\[\\s*[^.\\]]+\\.\\.[^.\\]]+\\s*]")) {
      String[] bounds = raw.substring(1, raw.length() - 1).split("\\.\\.");
      plain = bounds[0].trim() + "–" + bounds[1].trim();
    } else if (input && raw.startsWith("not(") && raw.endsWith(")")) {
      plain = "inte " + entry(raw.substring(4, raw.length() - 1), type, true, codes).plain();
    }
    return new Entry(raw, plain);
  }

  /**
   * The rule as one sentence an auditor reads: "Om oro (minst en av) omfattar Föräldraskap och barnets ålder är 3–6 år
   * blir riktad insats Föräldraskapsstöd ABC och grupp som ger insatsen Socialtjänst, förebyggande." Columns the rule
   * does not care about are left out.
   */
  static String sentence(List<Column> inputs, List<Entry> in, List<Column> outputs, List<Entry> out) {
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < in.size() && i < inputs.size(); i++) {
      String plain = in.get(i).plain();
      if (!plain.equals("(oavsett)")) {
        conditions.add(lowerFirst(inputs.get(i).label()) + (plain.startsWith("omfattar ") ? " " : " är ") + plain);
      }
    }
    List<String> results = new ArrayList<>();
    for (int i = 0; i < out.size() && i < outputs.size(); i++) {
      if (!out.get(i).plain().equals("(inget)")) {
        results.add(lowerFirst(outputs.get(i).label()) + " " + out.get(i).plain());
      }
    }
    String then = results.isEmpty() ? "ger regeln inget utfall" : "blir " + and(results);
    return (conditions.isEmpty() ? "Utan villkor " + then : "Om " + and(conditions) + " " + then) + ".";
  }

  /** "a", "a och b", "a, b och c". */
  private static String and(List<String> parts) {
    if (parts.size() < 2) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
  }

  /** A column label inside a sentence: "Barnets ålder" is "barnets ålder", "BVC på plats" stays. */
  private static String lowerFirst(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
      return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    return label;
  }

  static String hitPolicy(HitPolicy policy, String aggregation) {
    if (policy == null) {
      policy = HitPolicy.UNIQUE;
    }
    return switch (policy) {
      case UNIQUE -> "Unik: högst en regel kan gälla";
      case FIRST -> "Första: den första regeln uppifrån som gäller avgör";
      case PRIORITY -> "Prioritet: av reglerna som gäller avgör utfallet med högst prioritet";
      case ANY -> "Valfri: flera regler får gälla om de ger samma utfall";
      case RULE_ORDER -> "Regelordning: alla regler som gäller, i tabellens ordning";
      case OUTPUT_ORDER -> "Utfallsordning: alla regler som gäller, ordnade efter utfallets prioritet";
      case COLLECT -> "Samla: alla regler som gäller" + (aggregation == null ? "" : switch (aggregation) {
        case "SUM" -> ", utfallen summeras";
        case "COUNT" -> ", utfallen räknas";
        case "MIN" -> ", det minsta utfallet gäller";
        case "MAX" -> ", det största utfallet gäller";
        default -> ", " + aggregation;
      });
    };
  }
}
