package se.familycentre.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.model.xml.impl.util.StringUtil;

/**
 * Who takes part in a process, read from the model itself, so that the rights follow the diagram the auditors
 * read: the groups that may start it ({@code camunda:candidateStarterGroups}), the literal candidate groups of its
 * user tasks, and the groups named in the process's extension property {@value #PARTICIPANT_GROUPS_PROPERTY} (for
 * tasks whose group is decided at run time, e.g. by a routing table).
 * <p>
 * Read in one streaming pass over the deployed XML (the engine validated it when it was deployed), not through the
 * BPMN model API: that API loads some 650 classes and the BPMN schemas and validates the whole document, which cost
 * every start of the application about a second for nothing it needs here. It reads exactly what the model API read
 * before: the same attributes (namespace camunda, or its older alias activiti), split the same way
 * ({@link StringUtil#splitCommaSeparatedList}); the candidate groups of every user task in the document; the
 * {@code camunda:property} elements of the process's own {@code camunda:properties} extension.
 */
public record ProcessParticipation(String processKey, Set<String> starterGroups, Set<String> participantGroups) {

  public static final String PARTICIPANT_GROUPS_PROPERTY = "participantGroups";

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final List<String> CAMUNDA_NS = List.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

  private static final XMLInputFactory XML = xmlInputFactory();

  /** Reads the process {@code processKey} (its element id) of a BPMN document; the stream is read, not closed. */
  public static ProcessParticipation of(InputStream bpmnXml, String processKey) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(bpmnXml);
      try {
        return read(reader, processKey);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("Unreadable BPMN model of " + processKey, e));
    }
  }

  private static ProcessParticipation read(XMLStreamReader reader, String processKey) throws XMLStreamException {
    Set<String> starters = null;
    Set<String> taskGroups = new LinkedHashSet<>();
    Set<String> propertyGroups = new LinkedHashSet<>();
    // Depth of the current element, and where the process, its extensionElements and their camunda:properties are.
    int depth = 0;
    int processDepth = -1;
    int extensionsDepth = -1;
    int propertiesDepth = -1;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String ns = reader.getNamespaceURI();
        String name = reader.getLocalName();
        if (BPMN_NS.equals(ns) && "process".equals(name) && processKey.equals(reader.getAttributeValue(null, "id"))) {
          processDepth = depth;
          starters = new LinkedHashSet<>(literal(StringUtil.splitCommaSeparatedList(
              camundaAttribute(reader, "candidateStarterGroups"))));
        } else if (BPMN_NS.equals(ns) && "userTask".equals(name)) {
          taskGroups.addAll(literal(StringUtil.splitCommaSeparatedList(camundaAttribute(reader, "candidateGroups"))));
        } else if (processDepth > 0 && depth == processDepth + 1 && BPMN_NS.equals(ns)
            && "extensionElements".equals(name)) {
          extensionsDepth = depth;
        } else if (extensionsDepth > 0 && depth == extensionsDepth + 1 && CAMUNDA_NS.contains(ns)
            && "properties".equals(name)) {
          propertiesDepth = depth;
        } else if (propertiesDepth > 0 && depth == propertiesDepth + 1 && CAMUNDA_NS.contains(ns)
            && "property".equals(name) && PARTICIPANT_GROUPS_PROPERTY.equals(reader.getAttributeValue(null, "name"))) {
          propertyGroups.addAll(literal(Arrays.asList(reader.getAttributeValue(null, "value").split(","))));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == propertiesDepth) {
          propertiesDepth = -1;
        } else if (depth == extensionsDepth) {
          extensionsDepth = -1;
        } else if (depth == processDepth) {
          processDepth = -1;
        }
        depth--;
      }
    }
    if (starters == null) {
      throw new IllegalArgumentException("No process " + processKey + " in its BPMN model");
    }
    Set<String> participants = new LinkedHashSet<>(starters);
    participants.addAll(taskGroups);
    participants.addAll(propertyGroups);
    return new ProcessParticipation(processKey, starters, participants);
  }

  /** A camunda attribute as the model API reads it: in the camunda namespace, else in its activiti alias. */
  private static String camundaAttribute(XMLStreamReader reader, String name) {
    for (String ns : CAMUNDA_NS) {
      String value = reader.getAttributeValue(ns, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static Set<String> literal(Collection<String> groups) {
    Set<String> result = new LinkedHashSet<>();
    for (String group : groups) {
      String trimmed = group.trim();
      if (!trimmed.isEmpty() && !trimmed.contains("${") && !trimmed.contains("#{")) {
        result.add(trimmed);
      }
    }
    return result;
  }

  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }
}
