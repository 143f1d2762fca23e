package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * ProcessParticipation reads the deployed XML in one streaming pass instead of through the BPMN model API (a start
 * of the application no longer loads that API). It must read exactly what the model API read: every BPMN model of
 * ours and of the tests, and the edge cases below, give the same groups as {@link #throughModelApi}, the reading
 * AuthorizationSetup used before.
 */
class ProcessParticipationTest {

  @Test
  void everyModelOfOursAndOfTheTestsGivesTheSameGroupsAsTheModelApi() throws IOException {
    List<Path> models;
    try (Stream<Path> ours = Files.walk(Path.of("processes"));
        Stream<Path> tests = Files.walk(Path.of("src/test/resources"))) {
      models = Stream.concat(ours, tests).filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    int processes = 0;
    for (Path file : models) {
      byte[] xml = Files.readAllBytes(file);
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
      } catch (RuntimeException notAValidModel) {
        continue; // e.g. the conventions test's deliberately broken model: the engine would not deploy it
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(ProcessParticipation.of(new ByteArrayInputStream(xml), process.getId()))
            .as(file + " " + process.getId()).isEqualTo(throughModelApi(model, process.getId()));
        processes++;
      }
    }
    assertThat(processes).as("processes compared").isGreaterThanOrEqualTo(10);
    // and it reads something: the referral process names its starters, its task groups and its property
    ProcessParticipation referral = ProcessParticipation.of(
        Files.newInputStream(Path.of("processes/referral/familyReferralProcess.bpmn")), "familyReferralProcess");
    assertThat(referral.starterGroups()).contains("bvc", "mvc");
    assertThat(referral.participantGroups()).contains("samordnare");
  }

  @Test
  void edgeCasesGiveTheSameGroupsAsTheModelApi() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
            id="d" targetNamespace="http://example.org">
          <bpmn:process id="first" isExecutable="true"
              camunda:candidateStarterGroups=" mvc , ${starters(a, b)},#{x}, bvc,, ">
            <bpmn:extensionElements>
              <camunda:properties>
                <camunda:property name="participantGroups" value=" samordnare,${late}, ledning " />
                <camunda:property name="somethingElse" value="revision" />
              </camunda:properties>
              <activiti:properties>
                <activiti:property name="participantGroups" value="region-hsf" />
              </activiti:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="s" />
            <bpmn:userTask id="t1" camunda:candidateGroups="oppen-forskola, ${group}" />
            <bpmn:subProcess id="sub">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="participantGroups" value="not-the-process-property" />
                </camunda:properties>
              </bpmn:extensionElements>
              <bpmn:userTask id="t2" activiti:candidateGroups="kommun-utredare" />
            </bpmn:subProcess>
          </bpmn:process>
          <bpmn:process id="second" isExecutable="true" activiti:candidateStarterGroups="socialtjanst-mottagning">
            <bpmn:userTask id="t3" camunda:candidateGroups="namndsekreterare" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    BpmnModelInstance model = Bpmn.readModelFromStream(stream(xml));
    for (String key : List.of("first", "second")) {
      assertThat(ProcessParticipation.of(stream(xml), key)).as(key).isEqualTo(throughModelApi(model, key));
    }
    ProcessParticipation first = ProcessParticipation.of(stream(xml), "first");
    assertThat(first.starterGroups()).containsExactly("mvc", "bvc");
    assertThat(first.participantGroups()).contains("oppen-forskola", "kommun-utredare", "namndsekreterare",
        "samordnare", "ledning", "region-hsf").doesNotContain("revision", "not-the-process-property");
    assertThatThrownBy(() -> ProcessParticipation.of(stream(xml), "missing"))
        .hasMessageContaining("No process missing");
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The reading AuthorizationSetup used before, through the BPMN model API: the reference. */
  static ProcessParticipation throughModelApi(BpmnModelInstance model, String processKey) {
    Process process = model.getModelElementById(processKey);
    Set<String> starters = new LinkedHashSet<>(literal(process.getCamundaCandidateStarterGroupsList()));
    Set<String> participants = new LinkedHashSet<>(starters);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      participants.addAll(literal(task.getCamundaCandidateGroupsList()));
    }
    if (process.getExtensionElements() != null) {
      process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
          .forEach(properties -> {
            for (CamundaProperty property : properties.getCamundaProperties()) {
              if (ProcessParticipation.PARTICIPANT_GROUPS_PROPERTY.equals(property.getCamundaName())) {
                participants.addAll(literal(Arrays.asList(property.getCamundaValue().split(","))));
              }
            }
          });
    }
    return new ProcessParticipation(processKey, starters, participants);
  }

  private static Set<String> literal(Collection<String> groups) {
    Set<String> result = new LinkedHashSet<>();
    for (String group : new ArrayList<>(groups)) {
      String trimmed = group.trim();
      if (!trimmed.isEmpty() && !trimmed.contains("${") && !trimmed.contains("#{")) {
        result.add(trimmed);
      }
    }
    return result;
  }
}
