package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.PlatformTransactionManager;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ConsentWithdrawalController;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.secrecy.AccessLog.Action;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * The access log of a referral's personal data: one row per entry naming the case (the business key, also for the
 * processes a referral calls) and the centre, never a value; written in the transaction of the engine command (or
 * of the consent withdrawal) it belongs to; kept as long as the case's history.
 */
@FamilyCentreSpringTest
class AccessLogTest {

  static final String DOOR = "GET /engine-rest/history/variable-instance";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcAccessLog accessLog;
  @Autowired AccessLogPurge purge;
  @Autowired SignedInUser signedInUser;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ScheduledTaskHolder scheduledTasks;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  CommandExecutor commands;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    commands = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Records an entry inside an engine command, as the engine's guards do. */
  void recordInCommand(AccessLog.Entry entry) {
    commands.execute(context -> {
      accessLog.record(entry);
      return null;
    });
  }

  static AccessLog.Entry read(String user, String processInstanceId, String... names) {
    return new AccessLog.Entry(user, Action.READ, null, processInstanceId, List.of(names), DOOR);
  }

  /**
   * A referral started as the system, not as an official: the engine's guards write what officials read and change
   * to the log themselves (tested in the secrecy tests); here the log's own rules are tested, row by row.
   */
  ProcessInstance startedBySystem(String ageBand, String... concerns) {
    return runtimeService.startProcessInstanceByKey(ReferralProcess.KEY,
        ReferralTestSupport.startForm(DemoUsers.DANDERYD_MORBY, "bvc", ageBand, concerns));
  }

  void completeBySystem(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
    taskService.complete(task.getId(), variables);
  }

  List<Map<String, Object>> rows(String processInstanceId) {
    return jdbc.queryForList("SELECT * FROM fc_access_log WHERE process_instance_id = ? ORDER BY id",
        processInstanceId);
  }

  @Test
  void anEntryNamesWhoWhenWhichCaseCentreAndDoorButNoValue() {
    ProcessInstance referral = startedBySystem("AGE_1_3", "PARENTING");
    LocalDateTime at = LocalDateTime.of(2031, 3, 28, 14, 30, 15);
    ClockUtil.setCurrentTime(Date.from(at.atZone(JdbcAccessLog.SWEDISH_TIME).toInstant()));

    recordInCommand(read("sara.berg", referral.getId(), ReferralProcess.Vars.DESCRIPTION,
        ReferralProcess.Vars.DESCRIPTION,
        ReferralProcess.Vars.CONSENT_GIVEN));

    List<Map<String, Object>> rows = rows(referral.getId());
    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row).containsEntry("USER_ID", "sara.berg").containsEntry("ACTION", "READ")
        .containsEntry("PROCESS_DEFINITION_KEY", ReferralProcess.KEY)
        .containsEntry("CASE_REFERENCE", referral.getBusinessKey())
        .containsEntry("CENTRE_ID", DemoUsers.DANDERYD_MORBY)
        .containsEntry("VARIABLE_NAMES", "description,consentGiven").containsEntry("DOOR", DOOR);
    assertThat(jdbc.queryForObject("SELECT logged_at FROM fc_access_log WHERE process_instance_id = ?",
        LocalDateTime.class, referral.getId())).as("Swedish wall-clock time").isEqualTo(at);
    assertThat(row.values()).as("names, never values").noneMatch(v -> String.valueOf(v).contains("trötthet"));
  }

  @Test
  void outsideARequestTheDoorIsTheJavaApi() {
    ProcessInstance referral = startedBySystem("AGE_1_3", "PARENTING");
    recordInCommand(new AccessLog.Entry("sara.berg", Action.CHANGE, ReferralProcess.KEY, referral.getId(),
        List.of(ReferralProcess.Vars.DESCRIPTION), null));
    assertThat(rows(referral.getId())).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("DOOR", Door.JAVA_API).containsEntry("ACTION", "CHANGE"));
  }

  @Test
  void aCalledInstanceIsLoggedUnderItsReferralsReference() {
    ProcessInstance referral = startedBySystem("AGE_3_6", "CHILD_HARMED");
    completeBySystem(s.task(referral, ReferralProcess.Ids.WRITE_REPORT), Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralTestSupport.childNumberIn("AGE_3_6", 5))
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Barnet har blåmärken."));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();

    recordInCommand(read("johan.holm", intake.getId(), ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER));

    assertThat(rows(intake.getId())).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("PROCESS_DEFINITION_KEY", ReportOfConcernProcess.KEY)
        .containsEntry("CASE_REFERENCE", referral.getBusinessKey())
        .containsEntry("CENTRE_ID", DemoUsers.DANDERYD_MORBY));
  }

  @Test
  void anInstanceStartedByTheSameCommandIsFoundBeforeTheEngineHasWrittenIt() {
    List<Long> historyRowsDuringTheCommand = new ArrayList<>();
    ProcessInstance started = commands.execute(context -> {
      ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
          .createProcessInstanceByKey(commands, ReferralProcess.KEY)
          .setVariables(ReferralTestSupport.startForm(DemoUsers.DANDERYD_MORBY, "bvc", "AGE_1_3", "PARENTING"));
      ProcessInstance instance = new StartProcessInstanceCmd(start).execute(context);
      historyRowsDuringTheCommand.add(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = ?",
          Long.class, instance.getId()));
      accessLog.record(new AccessLog.Entry("erik.johansson", Action.CHANGE, ReferralProcess.KEY, instance.getId(),
          List.of(ReferralProcess.Vars.DESCRIPTION), DOOR));
      return instance;
    });

    assertThat(historyRowsDuringTheCommand).as("not yet written when the entry was made").containsExactly(0L);
    assertThat(started.getBusinessKey()).matches("REF-\\d{4}-\\d{6}");
    assertThat(rows(started.getId())).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("CASE_REFERENCE", started.getBusinessKey())
        .containsEntry("CENTRE_ID", DemoUsers.DANDERYD_MORBY));
  }

  @Test
  void anEntryIsPartOfTheCommandsTransactionAndGoesWithItsRollback() {
    ProcessInstance referral = startedBySystem("AGE_1_3", "PARENTING");

    assertThatThrownBy(() -> commands.execute(context -> {
      accessLog.record(read("sara.berg", referral.getId(), ReferralProcess.Vars.DESCRIPTION));
      throw new IllegalStateException("the command is refused after the entry was made");
    })).hasMessageContaining("refused");
    assertThat(rows(referral.getId())).as("rolled back with the command").isEmpty();

    recordInCommand(read("sara.berg", referral.getId(), ReferralProcess.Vars.DESCRIPTION));
    assertThat(rows(referral.getId())).hasSize(1);
  }

  @Test
  void entriesWithoutUserActionOrInstanceOrWithANameThatIsNoNameAreRefused() {
    ProcessInstance referral = startedBySystem("AGE_1_3", "PARENTING");
    assertThatThrownBy(() -> accessLog.record(read(null, referral.getId()))).hasMessageContaining("user");
    assertThatThrownBy(() -> accessLog.record(new AccessLog.Entry("sara.berg", null, null, referral.getId(),
        List.of(), DOOR))).hasMessageContaining("action");
    assertThatThrownBy(() -> accessLog.record(read("sara.berg", null))).hasMessageContaining("process instance");
    assertThatThrownBy(() -> accessLog.record(read("sara.berg", referral.getId(), "a,b")))
        .hasMessageContaining("'a,b'");
    assertThat(rows(referral.getId())).isEmpty();
  }

  @Test
  void rowsOfACaseRemovedFromTheHistoryArePurgedWhileALiveCaseKeepsItsRows() {
    ProcessInstance ended = startedBySystem("AGE_1_3", "PARENTING");
    recordInCommand(read("erik.johansson", ended.getId(), ReferralProcess.Vars.CONSENT_GIVEN));
    completeBySystem(s.task(ended, ReferralProcess.Ids.RECORD_CONSENT),
        Map.of(ReferralProcess.Vars.CONSENT_GIVEN, false));
    assertThat(ended).isEnded();
    ProcessInstance live = startedBySystem("AGE_1_3", "PARENTING");
    recordInCommand(read("erik.johansson", live.getId(), ReferralProcess.Vars.DESCRIPTION));

    purge.purge();
    assertThat(rows(ended.getId())).as("kept while its history is kept").hasSize(1);

    // What history cleanup does once the case's time-to-live has passed: the historic instance is removed.
    historyService.deleteHistoricProcessInstance(ended.getId());
    int deleted = purge.purge();

    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(rows(ended.getId())).isEmpty();
    assertThat(rows(live.getId())).hasSize(1);
  }

  @Test
  void severalNodesPurgingAtOnceDeleteEachRowOnceAndNoneFails() throws Exception {
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessInstance referral = startedBySystem("AGE_1_3", "PARENTING");
      recordInCommand(read("erik.johansson", referral.getId(), ReferralProcess.Vars.DESCRIPTION));
      recordInCommand(read("sara.berg", referral.getId(), ReferralProcess.Vars.DESCRIPTION));
      runtimeService.deleteProcessInstance(referral.getId(), "test");
      historyService.deleteHistoricProcessInstance(referral.getId());
      removed.add(referral.getId());
    }
    ProcessInstance live = startedBySystem("AGE_1_3", "PARENTING");
    recordInCommand(read("erik.johansson", live.getId(), ReferralProcess.Vars.DESCRIPTION));

    ExecutorService nodes = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Integer>> runs = List.of(purge::purge, purge::purge, purge::purge);
      int total = 0;
      for (Future<Integer> run : nodes.invokeAll(runs, 60, TimeUnit.SECONDS)) {
        total += run.get();
      }
      assertThat(total).as("each row deleted once between them").isGreaterThanOrEqualTo(6);
    } finally {
      nodes.shutdownNow();
    }
    removed.forEach(id -> assertThat(rows(id)).isEmpty());
    assertThat(rows(live.getId())).hasSize(1);
  }

  @Test
  void thePurgeRunsEveryNightInsideTheEnginesHistoryCleanupWindow() {
    CronTask task = scheduledTasks.getScheduledTasks().stream().map(t -> t.getTask())
        // the task names its method (Spring wraps the method's runnable to track outcomes)
        .filter(t -> t instanceof CronTask && t.toString().equals(AccessLogPurge.class.getName() + ".purge"))
        .map(CronTask.class::cast).findFirst().orElseThrow(() -> new AssertionError("no nightly purge scheduled"));
    LocalDateTime noon = LocalDateTime.of(2031, 6, 1, 12, 0);
    LocalDateTime first = CronExpression.parse(task.getExpression()).next(noon);
    assertThat(CronExpression.parse(task.getExpression()).next(first).minusDays(1)).as("daily").isEqualTo(first);

    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();
    LocalTime start = LocalTime.parse(engine.getHistoryCleanupBatchWindowStartTime());
    LocalTime end = LocalTime.parse(engine.getHistoryCleanupBatchWindowEndTime());
    LocalTime runs = first.toLocalTime();
    boolean inWindow = start.isBefore(end) ? !runs.isBefore(start) && runs.isBefore(end)
        : !runs.isBefore(start) || runs.isBefore(end);
    assertThat(inWindow).as("%s inside %s-%s", runs, start, end).isTrue();
  }

  @Test
  void aConsentWithdrawalRecordsWhoWithdrewItThroughWhichDoor() {
    ProcessInstance referral = startedBySystem("AGE_3_6", "PARENTING");
    completeBySystem(s.task(referral, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("SOCIAL_SERVICES"));
    String withdraw = "/api/referral/" + referral.getBusinessKey() + "/consent-withdrawn";
    Rest rest = new Rest(port);

    assertThat(rest.post("amira.hassan", withdraw, null).status()).as("other centre").isEqualTo(403);
    assertThat(rest.post("johan.holm", withdraw, null).status()).as("other organisation").isEqualTo(403);
    assertThat(rows(referral.getId())).as("a refusal withdraws nothing").isEmpty();

    Rest.Answer withdrawn = rest.post("erik.johansson", withdraw, null);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END);
    assertThat(rows(referral.getId())).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("USER_ID", "erik.johansson").containsEntry("ACTION", "CONSENT_WITHDRAWN")
        .containsEntry("PROCESS_DEFINITION_KEY", ReferralProcess.KEY)
        .containsEntry("CASE_REFERENCE", referral.getBusinessKey())
        .containsEntry("CENTRE_ID", DemoUsers.DANDERYD_MORBY)
        .containsEntry("VARIABLE_NAMES", ReferralProcess.Vars.CONSENT_GIVEN)
        .containsEntry("DOOR", "POST " + withdraw));
    HistoricVariableInstance by = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(referral.getId()).variableName(ReferralProcess.Vars.CONSENT_WITHDRAWN_BY).singleResult();
    assertThat(by).as("kept on the referral").isNotNull();
    assertThat(by.getValue()).isEqualTo("erik.johansson");
    assertThat(by.getActivityInstanceId()).as("the referral's own scope").isEqualTo(referral.getId());
  }

  @Test
  void aConsentWithdrawalWhoseEntryCannotBeWrittenIsNotRecordedEither() {
    ProcessInstance referral = startedBySystem("AGE_3_6", "PARENTING");
    completeBySystem(s.task(referral, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("SOCIAL_SERVICES"));
    AccessLog failing = entry -> {
      accessLog.record(entry);
      throw new IllegalStateException("access log unavailable");
    };
    ConsentWithdrawalController controller = new ConsentWithdrawalController(runtimeService, signedInUser, failing,
        transactionManager);

    assertThatThrownBy(() -> AsUser.run(identityService, "erik.johansson",
        () -> controller.consentWithdrawn(referral.getBusinessKey()))).hasMessageContaining("unavailable");

    assertThat(referral).as("the correlation is rolled back with the entry").isWaitingAt(
        ReferralProcess.Ids.RECEIVER_WORK);
    assertThat(rows(referral.getId())).isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableName(ReferralProcess.Vars.CONSENT_WITHDRAWN_BY).count()).isZero();
  }
}
