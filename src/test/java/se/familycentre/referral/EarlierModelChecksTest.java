package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Cases started on the versions of the referral's models from before each task called its own validation checked the
 * answers in the service task after it; those steps still do for such cases ({@code checkForEarlierModel}).
 */
@FamilyCentreSpringTest
class EarlierModelChecksTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;

  /** An earlier model's shape: the user task without its validation, then the step that used to check it. */
  private String deploy(String key, String userTask, String delegate) {
    return engine.getRepositoryService().createDeployment().name("earlier-model-checks-test")
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().userTask(userTask).camundaCandidateGroups("bvc")
            .serviceTask("serviceTask_check").camundaDelegateExpression("${" + delegate + "}").endEvent().done())
        .deploy().getId();
  }

  private Task started(String key) {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(key,
        "PROV-" + UUID.randomUUID().toString().substring(0, 8));
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  @Test
  void theDeployedModelsCallEveryValidationSoTheirStepsDoNotCheckAgain() {
    Map<String, TaskValidation> validations = context.getBeansOfType(TaskValidation.class);
    for (TaskValidation validation : validations.values()) {
      List<BpmnModelInstance> calling = engine.getRepositoryService().createProcessDefinitionQuery()
          .latestVersion().list().stream()
          .map(definition -> engine.getRepositoryService().getBpmnModelInstance(definition.getId()))
          .filter(validation::isCalledBy).toList();
      assertThat(calling).as("latest models that call " + TaskValidation.beanNameFor(validation.taskId()))
          .hasSize(1);
    }
    assertThat(validations.get("recordConsentValidation").isCalledBy(Bpmn.createExecutableProcess("earlier")
        .startEvent().userTask(Ids.RECORD_CONSENT).endEvent().done())).isFalse();
  }

  @Test
  void aConsentOfAnEarlierModelIsStillRefusedWithoutBothGuardians() {
    String deployment = deploy("earlierModel_consent", Ids.RECORD_CONSENT, "recordConsentDecisionDelegate");
    try {
      Task consent = started("earlierModel_consent");
      assertThatThrownBy(() -> engine.getTaskService().complete(consent.getId(),
          DemoFamilies.withFamily(ConsentAnswers.given("SOCIAL_SERVICES").sharing("Oro").purpose("Stöd")
              .validUntil(SwedishTime.today().plusMonths(6)).jointCustody(false), "AGE_3_6", 14).variables()))
          .isInstanceOf(InputRefused.class).hasMessageContaining("båda vårdnadshavarna");
      assertThat(engine.getTaskService().createTaskQuery().taskId(consent.getId()).count()).isOne();

      engine.getTaskService().complete(consent.getId(), ReferralTestSupport.consent("SOCIAL_SERVICES"));
      assertThat(engine.getTaskService().createTaskQuery().taskId(consent.getId()).count()).isZero();
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(booleans = {true, false})
  void aReportOfAnEarlierModelIsCheckedAndItsNumberNormalised(boolean validNumber) {
    String deployment = deploy("earlierModel_report", Ids.WRITE_REPORT, "submitReportOfConcernDelegate");
    try {
      Task report = started("earlierModel_report");
      Map<String, Object> answers = Map.of(Vars.REPORT_TEXT, "Barnet berättar om bråk hemma",
          Vars.CHILD_PERSONAL_IDENTITY_NUMBER, validNumber ? "1212121212" : "1212121213");
      if (validNumber) {
        String pi = report.getProcessInstanceId();
        engine.getTaskService().complete(report.getId(), answers);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
            .variableName(Vars.CHILD_PERSONAL_IDENTITY_NUMBER).singleResult().getValue()).isEqualTo("20121212-1212");
      } else {
        assertThatThrownBy(() -> engine.getTaskService().complete(report.getId(), answers))
            .isInstanceOf(InputRefused.class).hasMessageContaining("kontrollsiffra");
      }
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }
}
