package se.familycentre.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.production.fixtures.Fixtures;
import se.familycentre.shared.engine.retention.RetentionPlugin;
import se.familycentre.shared.engine.retention.RetentionProperties;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Retention comes from configuration, not from the models' literals, and history cleanup removes the history of
 * ended cases once it has expired, while running cases keep theirs.
 */
@FamilyCentreSpringTest
class RetentionTest {

  private static final String PROCESS = "fixtureRetention";
  private static final String DECISION = "fixtureRetentionDecision";

  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private RepositoryService repositoryService;
  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private DecisionService decisionService;
  @Autowired
  private RetentionProperties retention;
  @Autowired
  private RetentionPlugin retentionPlugin;

  private Fixtures fixtures;
  private Deployment deployment;

  @BeforeEach
  void deployFixtures() {
    fixtures = new Fixtures(repositoryService);
    deployment = fixtures.deploy("fixtures/retention.bpmn", "fixtures/retention.dmn");
  }

  @AfterEach
  void resetClockAndRemoveFixtures() {
    ClockUtil.reset();
    fixtures.close();
  }

  @Test
  void eachProcessKeepsItsHistoryAsLongAsConfiguredNotAsLongAsItsModelSays() {
    assertThat(retention.daysFor("familyReferralProcess")).isEqualTo(1825);
    assertThat(retention.daysFor("familyCentreEstablishmentProcess")).isEqualTo(3650);
    assertThat(retention.daysFor("familyCentreClassification")).isEqualTo(3650);
    int defaultDays = retention.daysFor(RetentionProperties.DEFAULT_KEY);
    assertThat(defaultDays).isEqualTo(1825);

    // The fixture models say 1 day; the configuration's default wins, for processes and decisions alike.
    assertThat(processDefinition().getHistoryTimeToLive()).isEqualTo(defaultDays);
    assertThat(decisionDefinition().getHistoryTimeToLive()).isEqualTo(defaultDays);
  }

  @Test
  void aRetentionThatIsNotAWholeNumberOfDaysIsRefusedNamingItsKey() {
    assertThatThrownBy(() -> new RetentionProperties(Map.of("familyReferralProcess", Duration.ofHours(36))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("familycentre.retention.familyReferralProcess");
    assertThat(new RetentionProperties(Map.of("familyReferralProcess", Duration.ofDays(2000)))
        .daysFor("familyReferralProcess")).isEqualTo(2000);
  }

  @Test
  void definitionsDeployedWithAnotherValueAreCorrectedWhenTheEngineStarts() {
    repositoryService.updateProcessDefinitionHistoryTimeToLive(processDefinition().getId(), 7);
    repositoryService.updateDecisionDefinitionHistoryTimeToLive(decisionDefinition().getId(), 7);
    assertThat(processDefinition().getHistoryTimeToLive()).isEqualTo(7);

    retentionPlugin.postProcessEngineBuild(processEngine);

    assertThat(processDefinition().getHistoryTimeToLive()).isEqualTo(1825);
    assertThat(decisionDefinition().getHistoryTimeToLive()).isEqualTo(1825);
  }

  @Test
  void expiredHistoryOfEndedCasesIsRemovedWhileRunningCasesKeepTheirs() {
    String suffix = String.valueOf(System.nanoTime());
    ProcessInstance ended = runtimeService.startProcessInstanceByKey(PROCESS, "retention-ended-" + suffix);
    ProcessInstance running = runtimeService.startProcessInstanceByKey(PROCESS, "retention-running-" + suffix);
    taskService.complete(taskService.createTaskQuery().processInstanceId(ended.getId()).singleResult().getId());
    decisionService.evaluateDecisionByKey(DECISION).variables(Map.of("age", 3)).evaluate();
    String decisionInstance = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION)
        .singleResult().getId();

    HistoricProcessInstance endedHistory = historic(ended.getId());
    assertThat(endedHistory.getEndTime()).isNotNull();
    // Removal time = end + the configured time-to-live.
    assertThat(endedHistory.getRemovalTime().toInstant())
        .isEqualTo(endedHistory.getEndTime().toInstant().plus(Duration.ofDays(1825)));
    assertThat(historic(running.getId()).getRemovalTime()).isNull();

    // One day before expiry, cleanup removes nothing of ours.
    ClockUtil.setCurrentTime(Date.from(endedHistory.getEndTime().toInstant().plus(Duration.ofDays(1824))));
    runHistoryCleanup();
    assertThat(historic(ended.getId())).isNotNull();

    // Five years and a day after the case ended, its history has expired and is removed.
    ClockUtil.setCurrentTime(Date.from(endedHistory.getEndTime().toInstant().plus(Duration.ofDays(1826))));
    runHistoryCleanup();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count())
        .isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
    assertThat(historyService.createHistoricDecisionInstanceQuery().decisionInstanceId(decisionInstance).count())
        .isZero();
    // The running case keeps its history, and goes on.
    assertThat(historic(running.getId())).isNotNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(running.getId())
        .activityId("userTask_handle").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(running.getId()).count()).isEqualTo(1);
  }

  /** What the nightly job does, now: runs history cleanup until it has nothing left that is due (bounded). */
  private void runHistoryCleanup() {
    historyService.cleanUpHistoryAsync(true);
    for (int run = 0; run < 50; run++) {
      Job due = historyService.findHistoryCleanupJobs().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
          .findFirst().orElse(null);
      if (due == null) {
        return;
      }
      managementService.executeJob(due.getId());
    }
    throw new AssertionError("History cleanup still had work after 50 runs");
  }

  private HistoricProcessInstance historic(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  private ProcessDefinition processDefinition() {
    return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }

  private DecisionDefinition decisionDefinition() {
    return repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }
}
