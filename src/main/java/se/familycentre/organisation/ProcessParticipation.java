package se.familycentre.organisation;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Who takes part in a process, read from the model itself, so that the rights follow the diagram the auditors
 * read: the groups that may start it ({@code camunda:candidateStarterGroups}), the literal candidate groups of its
 * user tasks, and the groups named in the process's extension property {@value #PARTICIPANT_GROUPS_PROPERTY} (for
 * tasks whose group is decided at run time, e.g. by a routing table).
 */
public record ProcessParticipation(String processKey, Set<String> starterGroups, Set<String> participantGroups) {

  public static final String PARTICIPANT_GROUPS_PROPERTY = "participantGroups";

  public static ProcessParticipation of(BpmnModelInstance model, String processKey) {
    Process process = model.getModelElementById(processKey);
    Set<String> starters = new LinkedHashSet<>(literal(process.getCamundaCandidateStarterGroupsList()));
    Set<String> participants = new LinkedHashSet<>(starters);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      participants.addAll(literal(task.getCamundaCandidateGroupsList()));
    }
    if (process.getExtensionElements() != null) {
      process.getExtensionElements().getElementsQuery().filterByType(
          org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().forEach(properties -> {
            for (CamundaProperty property : properties.getCamundaProperties()) {
              if (PARTICIPANT_GROUPS_PROPERTY.equals(property.getCamundaName())) {
                participants.addAll(literal(Arrays.asList(property.getCamundaValue().split(","))));
              }
            }
          });
    }
    return new ProcessParticipation(processKey, starters, participants);
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
}
