package se.familycentre.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.familycentre.conventions.ModelConventions.Violation;
import se.familycentre.shared.TaskValidation;
import se.familycentre.support.FamilyCentreSpringTest;

@FamilyCentreSpringTest
class ModelConventionsTest {

  @Autowired
  ApplicationContext context;

  @Test
  void everyModelInProcessesKeepsTheConventions() {
    List<Violation> violations = ModelConventions.checkAll(Path.of("processes"), Path.of("forms"), context::containsBean);
    assertThat(violations).as("model convention violations").isEmpty();
  }

  @Test
  void everyTaskValidationIsCalledByItsTaskInTheModels() {
    Map<String, TaskValidation> validations = context.getBeansOfType(TaskValidation.class);
    List<String> calls = ModelConventions.validationCalls(Path.of("processes"));

    assertThat(validations).as("the task validations").isNotEmpty();
    validations.forEach((bean, validation) -> assertThat(bean).as(validation.getClass().getSimpleName())
        .isEqualTo(TaskValidation.beanNameFor(validation.taskId())));
    assertThat(calls).as("the validations the models call, as task id -> bean")
        .containsExactlyInAnyOrderElementsOf(validations.values().stream()
            .map(v -> v.taskId() + " -> " + TaskValidation.beanNameFor(v.taskId())).toList());
  }

  @Test
  void aModelThatBreaksTheRulesIsCaughtRuleByRule() throws Exception {
    var model = Bpmn.readModelFromStream(getClass().getResourceAsStream("/conventions/broken.bpmn"));
    ModelConventions conventions = new ModelConventions(Set.of("existingForm"), context::containsBean,
        Set.of(), Set.of());

    List<Violation> violations = conventions.check("broken.bpmn", model);

    assertThat(violations).extracting(v -> v.elementId() + " " + v.rule()).contains(
        "definitions PLATFORM",
        "broken_process ID",
        "broken_process LABEL",
        "broken_process DOC",
        "broken_process TTL",
        "Task_1 ID",
        "Task_1 GROUP",
        "Task_1 FORM",
        "startEvent_begin FORM",
        "serviceTask_register DELEGATE",
        "serviceTask_notify DELEGATE",
        "scriptTask_calculate TASK_TYPE",
        "userTask_review GROUP",
        "userTask_review LABEL",
        "userTask_review FORM",
        "userTask_review VALIDATION",
        "flow_yes LABEL",
        "flow_yes CONDITION",
        "flow_toRegister DI",
        "endEvent_done DI",
        "Task_1/serviceTask_register OVERLAP");
    // what is right in the broken model is not reported: a labelled flow with a condition, a labelled start event
    assertThat(violations).extracting(v -> v.elementId() + " " + v.rule())
        .doesNotContain("flow_no LABEL", "flow_no CONDITION", "startEvent_begin LABEL", "flow_1 DI");
  }
}
