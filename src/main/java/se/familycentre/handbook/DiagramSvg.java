package se.familycentre.handbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
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
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a process's diagram as inline SVG from its BPMN DI, in Java, without a browser or a script library: the
 * handbook opens offline. The shapes follow BPMN's notation as Camunda Modeler draws it (rounded tasks with type
 * icons, events as circles, gateways as diamonds with their marker, lanes with vertical names). Every shape links
 * to its step in the list below the diagram.
 */
final class DiagramSvg {

  private static final String INK = "#22242a";
  private static final String FONT = "Arial, Helvetica, 'Liberation Sans', sans-serif";

  private final String prefix;
  private final StringBuilder svg = new StringBuilder();

  private DiagramSvg(String prefix) {
    this.prefix = prefix;
  }

  /** The diagram that shows the process (its own plane, or a collaboration with a pool for it), or null. */
  static String render(BpmnModelInstance model, Process process) {
    BpmnPlane plane = planeOf(model, process);
    if (plane == null) {
      return null;
    }
    return new DiagramSvg(safeId(process.getId())).draw(plane);
  }

  private static BpmnPlane planeOf(BpmnModelInstance model, Process process) {
    for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
      BpmnPlane plane = diagram.getBpmnPlane();
      if (plane == null || plane.getBpmnElement() == null) {
        continue;
      }
      BaseElement element = plane.getBpmnElement();
      if (element == process) {
        return plane;
      }
      if (element instanceof Collaboration collaboration) {
        for (Participant participant : collaboration.getParticipants()) {
          if (participant.getProcess() == process) {
            return plane;
          }
        }
      }
    }
    return null;
  }

  private String draw(BpmnPlane plane) {
    List<BpmnShape> shapes = new ArrayList<>();
    List<BpmnEdge> edges = new ArrayList<>();
    for (DiagramElement element : plane.getDiagramElements()) {
      if (element instanceof BpmnShape shape && shape.getBounds() != null && shape.getBpmnElement() != null) {
        shapes.add(shape);
      } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
        edges.add(edge);
      }
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (BpmnShape shape : shapes) {
      extend(box, shape.getBounds());
      if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
        extend(box, shape.getBpmnLabel().getBounds());
      } else if (hasExternalLabel(shape.getBpmnElement())) {
        Bounds b = shape.getBounds();
        box[3] = Math.max(box[3], b.getY() + b.getHeight() + 40);
        box[0] = Math.min(box[0], b.getX() + b.getWidth() / 2 - 50);
        box[2] = Math.max(box[2], b.getX() + b.getWidth() / 2 + 50);
      }
    }
    for (BpmnEdge edge : edges) {
      for (Waypoint p : edge.getWaypoints()) {
        extend(box, p.getX(), p.getY(), 0, 0);
      }
      if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        extend(box, edge.getBpmnLabel().getBounds());
      }
    }
    if (box[0] == Double.MAX_VALUE) {
      return null;
    }
    double pad = 12;
    double x0 = box[0] - pad;
    double y0 = box[1] - pad;
    double w = box[2] - box[0] + 2 * pad;
    double h = box[3] - box[1] + 2 * pad;
    svg.append("<svg class=\"diagram\" role=\"img\" viewBox=\"").append(n(x0)).append(' ').append(n(y0)).append(' ')
        .append(n(w)).append(' ').append(n(h)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
        .append("\" font-family=\"").append(FONT).append("\">\n");
    defs();
    // containers first (largest first), then connections, then flow nodes, then external labels on top
    List<BpmnShape> containers = shapes.stream().filter(s -> isContainer(s)).sorted(
        Comparator.comparingDouble(s -> -s.getBounds().getWidth() * s.getBounds().getHeight())).toList();
    containers.forEach(this::container);
    edges.forEach(this::edge);
    shapes.stream().filter(s -> !isContainer(s)).forEach(this::node);
    for (BpmnShape shape : shapes) {
      if (hasExternalLabel(shape.getBpmnElement())) {
        externalLabel(shape);
      }
    }
    edges.forEach(this::edgeLabel);
    svg.append("</svg>");
    return svg.toString();
  }

  private void defs() {
    svg.append("<defs>")
        .append("<marker id=\"").append(prefix).append("-arrow\" viewBox=\"0 0 20 20\" refX=\"11\" refY=\"10\" "
            + "markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M 1 5 L 11 10 L 1 15 Z\" fill=\"")
        .append(INK).append("\"/></marker>")
        .append("<marker id=\"").append(prefix).append("-open-arrow\" viewBox=\"0 0 20 20\" refX=\"8.5\" "
            + "refY=\"5\" markerWidth=\"20\" markerHeight=\"20\" orient=\"auto\"><path d=\"M 1 5 L 11 10 L 1 15 Z\" "
            + "transform=\"translate(-2,-5)\" fill=\"#fff\" stroke=\"").append(INK).append("\"/></marker>")
        .append("<marker id=\"").append(prefix).append("-circle\" viewBox=\"0 0 20 20\" refX=\"6\" refY=\"6\" "
            + "markerWidth=\"20\" markerHeight=\"20\" orient=\"auto\"><circle cx=\"6\" cy=\"6\" r=\"3.5\" "
            + "fill=\"#fff\" stroke=\"").append(INK).append("\"/></marker>")
        .append("<marker id=\"").append(prefix).append("-diamond\" viewBox=\"0 0 20 20\" refX=\"-1\" refY=\"10\" "
            + "markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M 0 10 L 8 6 L 16 10 L 8 14 Z\" "
            + "fill=\"#fff\" stroke=\"").append(INK).append("\"/></marker>")
        .append("</defs>\n");
  }

  // ------------------------------------------------------------------ containers: pools, lanes, sub-processes

  private static boolean isContainer(BpmnShape shape) {
    BaseElement e = shape.getBpmnElement();
    return e instanceof Participant || e instanceof Lane || e instanceof Group
        || (e instanceof SubProcess && isLarge(shape));
  }

  /** An expanded sub-process is drawn as a frame; one marked collapsed (or task-sized) as a task with a "+". */
  private static boolean isLarge(BpmnShape shape) {
    return shape.isExpanded() || shape.getBounds().getWidth() > 140 || shape.getBounds().getHeight() > 100;
  }

  private void container(BpmnShape shape) {
    Bounds b = shape.getBounds();
    BaseElement e = shape.getBpmnElement();
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    if (e instanceof Participant || e instanceof Lane) {
      String name = e instanceof Participant p ? p.getName() : ((Lane) e).getName();
      boolean horizontal = shape.isHorizontal() || shape.getAttributeValue("isHorizontal") == null;
      svg.append("<g class=\"").append(e instanceof Lane ? "lane" : "pool").append("\">");
      svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(h)).append("\" fill=\"").append(e instanceof Lane ? "none" : "#fff")
          .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
      if (horizontal) {
        svg.append("<line x1=\"").append(n(x + 30)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
            .append(n(x + 30)).append("\" y2=\"").append(n(y + h)).append("\" stroke=\"").append(INK)
            .append("\" stroke-width=\"1.5\"/>");
        if (name != null && !name.isBlank()) {
          List<String> lines = wrap(name, h - 12, 12);
          double cy = y + h / 2;
          for (int i = 0; i < lines.size(); i++) {
            double cx = x + 15 + (i - (lines.size() - 1) / 2.0) * 14;
            svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy)).append("\" font-size=\"12\" "
                + "text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"").append(INK)
                .append("\" transform=\"rotate(-90 ").append(n(cx)).append(' ').append(n(cy)).append(")\">")
                .append(HtmlWriter.esc(lines.get(i))).append("</text>");
          }
        }
      } else {
        svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y + 30)).append("\" x2=\"")
            .append(n(x + w)).append("\" y2=\"").append(n(y + 30)).append("\" stroke=\"").append(INK)
            .append("\" stroke-width=\"1.5\"/>");
        if (name != null) {
          centredText(wrap(name, w - 12, 12), x + w / 2, y + 15, 12);
        }
      }
      svg.append("</g>\n");
      return;
    }
    if (e instanceof Group) {
      svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(h)).append("\" rx=\"10\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-width=\"1\" stroke-dasharray=\"10,5,0.5,5\"/>\n");
      return;
    }
    SubProcess sub = (SubProcess) e;
    svg.append("<a href=\"#step-").append(HtmlWriter.esc(sub.getId())).append("\"><g class=\"subprocess\">")
        .append(title(sub.getName()));
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" rx=\"10\" fill=\"#fff\" fill-opacity=\"0.95\" stroke=\"")
        .append(INK).append("\" stroke-width=\"1.5\"")
        .append(sub.triggeredByEvent() ? " stroke-dasharray=\"2,3\"" : "").append("/>");
    if (sub.getName() != null) {
      List<String> lines = wrap(sub.getName(), w - 20, 12);
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<text x=\"").append(n(x + 10)).append("\" y=\"").append(n(y + 18 + i * 14))
            .append("\" font-size=\"12\" fill=\"").append(INK).append("\">").append(HtmlWriter.esc(lines.get(i)))
            .append("</text>");
      }
    }
    svg.append("</g></a>\n");
  }

  // ------------------------------------------------------------------ flow nodes

  private void node(BpmnShape shape) {
    BaseElement e = shape.getBpmnElement();
    Bounds b = shape.getBounds();
    String link = e instanceof FlowNode ? "<a href=\"#step-" + HtmlWriter.esc(e.getId()) + "\">" : "";
    svg.append(link).append("<g class=\"node\">");
    if (e instanceof FlowNode node) {
      svg.append(title(node.getName()));
    }
    if (e instanceof Activity activity) {
      task(activity, b, shape);
    } else if (e instanceof Event event) {
      event(event, b);
    } else if (e instanceof Gateway gateway) {
      gateway(gateway, b);
    } else if (e instanceof TextAnnotation annotation) {
      annotation(annotation, b);
    } else if (e instanceof DataObjectReference) {
      dataObject(b);
    } else if (e instanceof DataStoreReference) {
      dataStore(b);
    }
    svg.append("</g>").append(link.isEmpty() ? "" : "</a>").append('\n');
  }

  private void task(Activity activity, Bounds b, BpmnShape shape) {
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    boolean call = activity instanceof CallActivity;
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" rx=\"10\" fill=\"#fff\" stroke=\"").append(INK)
        .append("\" stroke-width=\"").append(call ? "4" : "2").append("\"")
        .append(activity instanceof SubProcess s && s.triggeredByEvent() ? " stroke-dasharray=\"2,3\"" : "")
        .append("/>");
    boolean icon = true;
    if (activity instanceof UserTask) {
      userIcon(x, y);
    } else if (activity instanceof ServiceTask) {
      gearIcon(x + 14, y + 14);
    } else if (activity instanceof BusinessRuleTask) {
      tableIcon(x + 7, y + 7);
    } else if (activity instanceof SendTask) {
      envelope(x + 15, y + 13, 18, 12, true);
    } else if (activity instanceof ReceiveTask) {
      envelope(x + 15, y + 13, 18, 12, false);
    } else if (activity instanceof ScriptTask || activity instanceof ManualTask) {
      scriptIcon(x + 7, y + 6);
    } else {
      icon = false;
    }
    // label: centred, wrapped to the box; a line less at the top when an icon sits there
    if (activity.getName() != null) {
      double top = icon ? 20 : 6;
      int maxLines = Math.max(1, (int) ((h - top - (hasBottomMarker(activity) ? 18 : 4)) / 14));
      List<String> lines = fit(wrap(activity.getName(), w - 12, 12), maxLines, w - 12, 12);
      double blockTop = y + top + ((h - top - (hasBottomMarker(activity) ? 14 : 0)) - lines.size() * 14) / 2
          - (icon ? 4 : 0);
      blockTop = Math.max(blockTop, y + top - 4);
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<text x=\"").append(n(x + w / 2)).append("\" y=\"").append(n(blockTop + 11 + i * 14))
            .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"").append(INK).append("\">")
            .append(HtmlWriter.esc(lines.get(i))).append("</text>");
      }
    }
    // markers at the bottom: collapsed sub-process / call activity "+", multi-instance bars
    List<String> markers = new ArrayList<>();
    if (call || activity instanceof SubProcess) {
      markers.add("plus");
    }
    if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
      markers.add(mi.isSequential() ? "sequential" : "parallel");
    }
    double mx = x + w / 2 - (markers.size() * 18 - 4) / 2.0;
    double my = y + h - 18;
    for (String marker : markers) {
      switch (marker) {
        case "plus" -> svg.append("<rect x=\"").append(n(mx)).append("\" y=\"").append(n(my))
            .append("\" width=\"14\" height=\"14\" fill=\"#fff\" stroke=\"").append(INK)
            .append("\"/><path d=\"M ").append(n(mx + 7)).append(' ').append(n(my + 3)).append(" v 8 M ")
            .append(n(mx + 3)).append(' ').append(n(my + 7)).append(" h 8\" stroke=\"").append(INK)
            .append("\" stroke-width=\"1.5\"/>");
        case "parallel" -> svg.append("<path d=\"M ").append(n(mx + 2)).append(' ').append(n(my)).append(" v 14 M ")
            .append(n(mx + 7)).append(' ').append(n(my)).append(" v 14 M ").append(n(mx + 12)).append(' ')
            .append(n(my)).append(" v 14\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
        default -> svg.append("<path d=\"M ").append(n(mx)).append(' ').append(n(my + 2)).append(" h 14 M ")
            .append(n(mx)).append(' ').append(n(my + 7)).append(" h 14 M ").append(n(mx)).append(' ')
            .append(n(my + 12)).append(" h 14\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
      }
      mx += 18;
    }
  }

  private static boolean hasBottomMarker(Activity activity) {
    return activity instanceof CallActivity || activity instanceof SubProcess
        || activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
  }

  private void userIcon(double x, double y) {
    double cx = x + 15;
    svg.append("<path d=\"M ").append(n(cx - 8)).append(' ').append(n(y + 25)).append(" q 0 -9 8 -9 q 8 0 8 9 z\" "
        + "fill=\"#fff\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>")
        .append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(y + 11)).append("\" r=\"4.5\" "
            + "fill=\"#fff\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>")
        .append("<path d=\"M ").append(n(cx - 4.5)).append(' ').append(n(y + 10)).append(" q 4.5 -5 9 0\" "
            + "fill=\"").append(INK).append("\"/>");
  }

  private void gearIcon(double cx, double cy) {
    StringBuilder teeth = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      double a = Math.PI / 4 * i;
      teeth.append("M ").append(n(cx + Math.cos(a) * 4)).append(' ').append(n(cy + Math.sin(a) * 4)).append(" L ")
          .append(n(cx + Math.cos(a) * 8.5)).append(' ').append(n(cy + Math.sin(a) * 8.5)).append(' ');
    }
    svg.append("<path d=\"").append(teeth).append("\" stroke=\"").append(INK).append("\" stroke-width=\"3\"/>")
        .append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"6\" fill=\"#fff\" "
            + "stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>")
        .append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"2.2\" fill=\"#fff\" "
            + "stroke=\"").append(INK).append("\"/>");
  }

  private void tableIcon(double x, double y) {
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"18\" height=\"13\" "
        + "fill=\"#fff\" stroke=\"").append(INK).append("\"/>")
        .append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"18\" height=\"4\" "
            + "fill=\"").append(INK).append("\"/>")
        .append("<path d=\"M ").append(n(x)).append(' ').append(n(y + 8.5)).append(" h 18 M ").append(n(x + 6))
        .append(' ').append(n(y + 4)).append(" v 9\" stroke=\"").append(INK).append("\"/>");
  }

  private void scriptIcon(double x, double y) {
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"14\" height=\"17\" "
        + "fill=\"#fff\" stroke=\"").append(INK).append("\"/><path d=\"M ").append(n(x + 3)).append(' ')
        .append(n(y + 5)).append(" h 8 M ").append(n(x + 3)).append(' ').append(n(y + 9)).append(" h 8 M ")
        .append(n(x + 3)).append(' ').append(n(y + 13)).append(" h 8\" stroke=\"").append(INK).append("\"/>");
  }

  /** An envelope centred on (cx, cy); filled (a message sent) or outlined (a message received). */
  private void envelope(double cx, double cy, double w, double h, boolean filled) {
    double x = cx - w / 2;
    double y = cy - h / 2;
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(filled ? INK : "#fff").append("\" stroke=\"")
        .append(INK).append("\"/><path d=\"M ").append(n(x)).append(' ').append(n(y)).append(" L ").append(n(cx))
        .append(' ').append(n(y + h * 0.55)).append(" L ").append(n(x + w)).append(' ').append(n(y))
        .append("\" fill=\"none\" stroke=\"").append(filled ? "#fff" : INK).append("\"/>");
  }

  private void event(Event event, Bounds b) {
    double r = b.getWidth() / 2;
    double cx = b.getX() + r;
    double cy = b.getY() + b.getHeight() / 2;
    boolean dashed = (event instanceof BoundaryEvent be && !be.cancelActivity())
        || (event instanceof StartEvent se && !se.isInterrupting() && se.getParentElement() instanceof SubProcess);
    String dash = dashed ? " stroke-dasharray=\"5.5,3\"" : "";
    if (event instanceof StartEvent) {
      circle(cx, cy, r, 2, dash, "#fff");
    } else if (event instanceof EndEvent) {
      circle(cx, cy, r, 4, "", "#fff");
    } else {
      circle(cx, cy, r, 1.5, dash, "#fff");
      circle(cx, cy, r - 3, 1.5, dash, "none");
    }
    boolean filled = event instanceof ThrowEvent;
    Collection<EventDefinition> definitions = event instanceof CatchEvent c ? c.getEventDefinitions()
        : ((ThrowEvent) event).getEventDefinitions();
    double s = r / 18;
    for (EventDefinition d : definitions) {
      if (d instanceof TimerEventDefinition) {
        clock(cx, cy, 10 * s);
      } else if (d instanceof MessageEventDefinition) {
        envelope(cx, cy, 19 * s, 13 * s, filled);
      } else if (d instanceof ErrorEventDefinition) {
        polygon(filled, cx, cy, s, -9, 8, -4, -8, 2, 1, 8, -8, 4, 8, -2, -1);
      } else if (d instanceof EscalationEventDefinition) {
        polygon(filled, cx, cy, s, 0, -10, 7, 9, 0, 2, -7, 9);
      } else if (d instanceof SignalEventDefinition) {
        polygon(filled, cx, cy, s, 0, -10, 9, 7, -9, 7);
      } else if (d instanceof ConditionalEventDefinition) {
        svg.append("<rect x=\"").append(n(cx - 7 * s)).append("\" y=\"").append(n(cy - 9 * s)).append("\" width=\"")
            .append(n(14 * s)).append("\" height=\"").append(n(18 * s)).append("\" fill=\"#fff\" stroke=\"")
            .append(INK).append("\"/>");
        for (int i = 0; i < 4; i++) {
          svg.append("<line x1=\"").append(n(cx - 4 * s)).append("\" x2=\"").append(n(cx + 4 * s)).append("\" y1=\"")
              .append(n(cy - 5 * s + i * 4 * s)).append("\" y2=\"").append(n(cy - 5 * s + i * 4 * s))
              .append("\" stroke=\"").append(INK).append("\"/>");
        }
      } else if (d instanceof TerminateEventDefinition) {
        circle(cx, cy, r * 0.55, 1, "", INK);
      }
    }
  }

  private void clock(double cx, double cy, double r) {
    circle(cx, cy, r, 1.5, "", "#fff");
    StringBuilder ticks = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      double a = Math.PI / 6 * i;
      ticks.append("M ").append(n(cx + Math.cos(a) * r * 0.72)).append(' ').append(n(cy + Math.sin(a) * r * 0.72))
          .append(" L ").append(n(cx + Math.cos(a) * r * 0.92)).append(' ').append(n(cy + Math.sin(a) * r * 0.92))
          .append(' ');
    }
    svg.append("<path d=\"").append(ticks).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>")
        .append("<path d=\"M ").append(n(cx)).append(' ').append(n(cy)).append(" L ").append(n(cx + r * 0.1))
        .append(' ').append(n(cy - r * 0.65)).append(" M ").append(n(cx)).append(' ').append(n(cy)).append(" L ")
        .append(n(cx + r * 0.5)).append(' ').append(n(cy + r * 0.1)).append("\" stroke=\"").append(INK)
        .append("\" stroke-width=\"1.5\" stroke-linecap=\"round\"/>");
  }

  private void polygon(boolean filled, double cx, double cy, double s, double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      points.append(n(cx + xy[i] * s)).append(',').append(n(cy + xy[i + 1] * s)).append(' ');
    }
    svg.append("<polygon points=\"").append(points.toString().trim()).append("\" fill=\"")
        .append(filled ? INK : "#fff").append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\" "
            + "stroke-linejoin=\"round\"/>");
  }

  private void circle(double cx, double cy, double r, double width, String dash, String fill) {
    svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\" stroke-width=\"")
        .append(n(width)).append("\"").append(dash).append("/>");
  }

  private void gateway(Gateway gateway, Bounds b) {
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    double cx = x + w / 2;
    double cy = y + h / 2;
    svg.append("<polygon points=\"").append(n(cx)).append(',').append(n(y)).append(' ').append(n(x + w)).append(',')
        .append(n(cy)).append(' ').append(n(cx)).append(',').append(n(y + h)).append(' ').append(n(x)).append(',')
        .append(n(cy)).append("\" fill=\"#fff\" stroke=\"").append(INK).append("\" stroke-width=\"2\" "
            + "stroke-linejoin=\"round\"/>");
    double s = w / 50;
    String thick = "\" stroke=\"" + INK + "\" stroke-width=\"" + n(3.5 * s) + "\" stroke-linecap=\"square\"/>";
    if (gateway instanceof ExclusiveGateway) {
      svg.append("<path d=\"M ").append(n(cx - 7 * s)).append(' ').append(n(cy - 7 * s)).append(" L ")
          .append(n(cx + 7 * s)).append(' ').append(n(cy + 7 * s)).append(" M ").append(n(cx + 7 * s)).append(' ')
          .append(n(cy - 7 * s)).append(" L ").append(n(cx - 7 * s)).append(' ').append(n(cy + 7 * s)).append(thick);
    } else if (gateway instanceof ParallelGateway) {
      svg.append("<path d=\"M ").append(n(cx)).append(' ').append(n(cy - 10 * s)).append(" V ")
          .append(n(cy + 10 * s)).append(" M ").append(n(cx - 10 * s)).append(' ').append(n(cy)).append(" H ")
          .append(n(cx + 10 * s)).append(thick);
    } else if (gateway instanceof InclusiveGateway) {
      circle(cx, cy, 10 * s, 2.5 * s, "", "none");
    } else if (gateway instanceof EventBasedGateway) {
      circle(cx, cy, 13 * s, 1, "", "none");
      circle(cx, cy, 10.5 * s, 1, "", "none");
      polygon(false, cx, cy, s, 0, -6, 6, -2, 4, 5.5, -4, 5.5, -6, -2);
    } else if (gateway instanceof ComplexGateway) {
      svg.append("<path d=\"M ").append(n(cx)).append(' ').append(n(cy - 10 * s)).append(" V ")
          .append(n(cy + 10 * s)).append(" M ").append(n(cx - 10 * s)).append(' ').append(n(cy)).append(" H ")
          .append(n(cx + 10 * s)).append(" M ").append(n(cx - 7 * s)).append(' ').append(n(cy - 7 * s))
          .append(" L ").append(n(cx + 7 * s)).append(' ').append(n(cy + 7 * s)).append(" M ")
          .append(n(cx + 7 * s)).append(' ').append(n(cy - 7 * s)).append(" L ").append(n(cx - 7 * s)).append(' ')
          .append(n(cy + 7 * s)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"").append(n(3 * s))
          .append("\"/>");
    }
  }

  private void annotation(TextAnnotation annotation, Bounds b) {
    double x = b.getX();
    double y = b.getY();
    svg.append("<path d=\"M ").append(n(x + 10)).append(' ').append(n(y)).append(" H ").append(n(x)).append(" V ")
        .append(n(y + b.getHeight())).append(" H ").append(n(x + 10)).append("\" fill=\"none\" stroke=\"").append(INK)
        .append("\"/>");
    String text = annotation.getText() == null ? "" : annotation.getText().getTextContent();
    List<String> lines = fit(wrap(text, b.getWidth() - 10, 12), Math.max(1, (int) (b.getHeight() / 14)),
        b.getWidth() - 10, 12);
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<text x=\"").append(n(x + 5)).append("\" y=\"").append(n(y + 15 + i * 14))
          .append("\" font-size=\"12\" fill=\"").append(INK).append("\">").append(HtmlWriter.esc(lines.get(i)))
          .append("</text>");
    }
  }

  private void dataObject(Bounds b) {
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    svg.append("<path d=\"M ").append(n(x)).append(' ').append(n(y)).append(" H ").append(n(x + w - 10))
        .append(" L ").append(n(x + w)).append(' ').append(n(y + 10)).append(" V ").append(n(y + h)).append(" H ")
        .append(n(x)).append(" Z M ").append(n(x + w - 10)).append(' ').append(n(y)).append(" V ").append(n(y + 10))
        .append(" H ").append(n(x + w)).append("\" fill=\"#fff\" stroke=\"").append(INK).append("\"/>");
  }

  private void dataStore(Bounds b) {
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    svg.append("<path d=\"M ").append(n(x)).append(' ').append(n(y + 6)).append(" V ").append(n(y + h - 6))
        .append(" A ").append(n(w / 2)).append(" 6 0 0 0 ").append(n(x + w)).append(' ').append(n(y + h - 6))
        .append(" V ").append(n(y + 6)).append(" A ").append(n(w / 2)).append(" 6 0 0 0 ").append(n(x)).append(' ')
        .append(n(y + 6)).append(" A ").append(n(w / 2)).append(" 6 0 0 0 ").append(n(x + w)).append(' ')
        .append(n(y + 6)).append("\" fill=\"#fff\" stroke=\"").append(INK).append("\"/>");
  }

  // ------------------------------------------------------------------ labels

  private static boolean hasExternalLabel(BaseElement e) {
    return e instanceof Event || e instanceof Gateway || e instanceof DataObjectReference
        || e instanceof DataStoreReference;
  }

  private static String labelOf(BaseElement e) {
    String name = e.getAttributeValue("name");
    return name == null ? "" : name.trim();
  }

  private void externalLabel(BpmnShape shape) {
    String text = labelOf(shape.getBpmnElement());
    if (text.isEmpty()) {
      return;
    }
    BpmnLabel label = shape.getBpmnLabel();
    Bounds b = shape.getBounds();
    if (label != null && label.getBounds() != null) {
      Bounds l = label.getBounds();
      List<String> lines = wrap(text, Math.max(l.getWidth() + 8, 40), 11, false);
      centredText(lines, l.getX() + l.getWidth() / 2, l.getY(), 11);
    } else {
      centredText(wrap(text, 90, 11, false), b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 5, 11);
    }
  }

  /** Lines of text centred on cx, the first line's top at top; a white halo keeps them readable over lines. */
  private void centredText(List<String> lines, double cx, double top, int size) {
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(top + size + i * (size + 2)))
          .append("\" font-size=\"").append(size).append("\" text-anchor=\"middle\" fill=\"").append(INK)
          .append("\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
          .append(HtmlWriter.esc(lines.get(i))).append("</text>");
    }
  }

  // ------------------------------------------------------------------ connections

  private void edge(BpmnEdge edge) {
    BaseElement e = edge.getBpmnElement();
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    if (points.size() < 2) {
      return;
    }
    StringBuilder d = new StringBuilder();
    for (Waypoint p : points) {
      d.append(d.isEmpty() ? "" : " ").append(n(p.getX())).append(',').append(n(p.getY()));
    }
    String style;
    if (e instanceof SequenceFlow flow) {
      boolean conditionalFromActivity = flow.getConditionExpression() != null && flow.getSource() instanceof Activity;
      style = "stroke-width=\"1.5\" marker-end=\"url(#" + prefix + "-arrow)\""
          + (conditionalFromActivity ? " marker-start=\"url(#" + prefix + "-diamond)\"" : "");
      svg.append("<polyline class=\"flow\" points=\"").append(d).append("\" fill=\"none\" stroke=\"").append(INK)
          .append("\" stroke-linejoin=\"round\" ").append(style).append(">").append(title(flow.getName()))
          .append("</polyline>");
      if (isDefault(flow)) {
        Waypoint a = points.get(0);
        Waypoint b = points.get(1);
        double len = Math.hypot(b.getX() - a.getX(), b.getY() - a.getY());
        if (len > 0) {
          double ux = (b.getX() - a.getX()) / len;
          double uy = (b.getY() - a.getY()) / len;
          double mx = a.getX() + ux * 12;
          double my = a.getY() + uy * 12;
          // a short slash across the flow, at 45 degrees
          double sx = (ux - uy) * 5;
          double sy = (uy + ux) * 5;
          svg.append("<line x1=\"").append(n(mx - sx)).append("\" y1=\"").append(n(my - sy)).append("\" x2=\"")
              .append(n(mx + sx)).append("\" y2=\"").append(n(my + sy)).append("\" stroke=\"").append(INK)
              .append("\" stroke-width=\"1.5\"/>");
        }
      }
      svg.append('\n');
      return;
    }
    if (e instanceof MessageFlow) {
      style = "stroke-width=\"1.5\" stroke-dasharray=\"10,6\" marker-start=\"url(#" + prefix + "-circle)\" "
          + "marker-end=\"url(#" + prefix + "-open-arrow)\"";
    } else if (e instanceof Association) {
      style = "stroke-width=\"1\" stroke-dasharray=\"0.5,5\" stroke-linecap=\"round\"";
    } else {
      style = "stroke-width=\"1\" stroke-dasharray=\"0.5,5\" stroke-linecap=\"round\" marker-end=\"url(#" + prefix
          + "-open-arrow)\"";
    }
    svg.append("<polyline points=\"").append(d).append("\" fill=\"none\" stroke=\"").append(INK).append("\" ")
        .append(style).append("/>\n");
  }

  private static boolean isDefault(SequenceFlow flow) {
    FlowNode source = flow.getSource();
    String defaultId = source.getAttributeValue("default");
    return defaultId != null && defaultId.equals(flow.getId())
        && (source instanceof Gateway || source instanceof Activity);
  }

  private void edgeLabel(BpmnEdge edge) {
    String text = labelOf(edge.getBpmnElement());
    if (text.isEmpty()) {
      return;
    }
    BpmnLabel label = edge.getBpmnLabel();
    if (label != null && label.getBounds() != null) {
      Bounds l = label.getBounds();
      centredText(wrap(text, Math.max(l.getWidth() + 8, 40), 11, false), l.getX() + l.getWidth() / 2, l.getY(), 11);
      return;
    }
    // no label position in the DI: beside the middle of the longest segment
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    Waypoint a = null;
    Waypoint b = null;
    double longest = -1;
    for (int i = 0; i + 1 < points.size(); i++) {
      double len = Math.hypot(points.get(i + 1).getX() - points.get(i).getX(),
          points.get(i + 1).getY() - points.get(i).getY());
      if (len > longest) {
        longest = len;
        a = points.get(i);
        b = points.get(i + 1);
      }
    }
    if (a == null) {
      return;
    }
    double mx = (a.getX() + b.getX()) / 2;
    double my = (a.getY() + b.getY()) / 2;
    boolean vertical = Math.abs(b.getX() - a.getX()) < Math.abs(b.getY() - a.getY());
    List<String> lines = wrap(text, 90, 11, false);
    if (vertical) {
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<text x=\"").append(n(mx + 6)).append("\" y=\"").append(n(my - 2 + i * 13))
            .append("\" font-size=\"11\" fill=\"").append(INK).append("\" stroke=\"#fff\" stroke-width=\"3\" "
                + "paint-order=\"stroke\">").append(HtmlWriter.esc(lines.get(i))).append("</text>");
      }
    } else {
      centredText(lines, mx, my - 6 - lines.size() * 13, 11);
    }
  }

  // ------------------------------------------------------------------ text helpers

  /** Words wrapped to lines no wider than maxWidth at the given font size; a word too long for a line is cut. */
  static List<String> wrap(String text, double maxWidth, double size) {
    return wrap(text, maxWidth, size, true);
  }

  /**
   * Words wrapped to lines no wider than maxWidth at the given font size. Labels outside shapes (events, gateways,
   * flows) keep long words whole, as a modeler does; labels inside a task cut them to stay inside the box.
   */
  static List<String> wrap(String text, double maxWidth, double size, boolean cutLongWords) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split("\\s+")) {
        while (cutLongWords && width(word, size) > maxWidth && word.length() > 3) {
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          int cut = word.length() - 1;
          while (cut > 2 && width(word.substring(0, cut) + "-", size) > maxWidth) {
            cut--;
          }
          lines.add(word.substring(0, cut) + "-");
          word = word.substring(cut);
        }
        if (line.isEmpty()) {
          line.append(word);
        } else if (width(line + " " + word, size) <= maxWidth) {
          line.append(' ').append(word);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  /** The width of a text in Arial/Liberation Sans at the given size, from the glyphs' advance widths. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("iljI.,:;'|!".indexOf(c) >= 0) {
        em += 0.24;
      } else if ("ftr()[]- /".indexOf(c) >= 0) {
        em += 0.32;
      } else if ("mwMW".indexOf(c) >= 0) {
        em += 0.86;
      } else if (Character.isUpperCase(c) || c == '?' ) {
        em += 0.67;
      } else {
        em += 0.55;
      }
    }
    return em * size;
  }

  /** At most maxLines lines; the last one ends with "…" when text was cut (the full name is in the title). */
  private static List<String> fit(List<String> lines, int maxLines, double maxWidth, double size) {
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> result = new ArrayList<>(lines.subList(0, maxLines));
    String last = result.get(maxLines - 1);
    while (last.length() > 1 && width(last + "…", size) > maxWidth) {
      last = last.substring(0, last.length() - 1);
    }
    result.set(maxLines - 1, last + "…");
    return result;
  }

  private static String title(String name) {
    return name == null || name.isBlank() ? "" : "<title>" + HtmlWriter.esc(name.trim()) + "</title>";
  }

  private static void extend(double[] box, Bounds b) {
    extend(box, b.getX(), b.getY(), b.getWidth(), b.getHeight());
  }

  private static void extend(double[] box, double x, double y, double w, double h) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x + w);
    box[3] = Math.max(box[3], y + h);
  }

  static String safeId(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** A coordinate with at most one decimal, locale-independent. */
  private static String n(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
