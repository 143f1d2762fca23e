package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.demo.DemoUsers;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.AsUser;

/**
 * Shared steps of the referral tests: start a referral as a real member of staff, find and complete tasks. A bean of
 * the shared test context (test classes are scanned with the application's): {@code @Autowired ReferralTestSupport s}.
 */
@Component
public final class ReferralTestSupport {

  public final RuntimeService runtimeService;
  public final TaskService taskService;
  public final ManagementService managementService;
  public final IdentityService identityService;
  public final JdbcTemplate jdbc;

  public ReferralTestSupport(RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, IdentityService identityService, JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  /** The start form as the tests answer it: met at the open preschool, not urgent, a short description. */
  public static ReferralStart start(String centreId, String group, String ageBand, String... concerns) {
    return ReferralStart.at(centreId).by(group).activity("OPEN_PRESCHOOL").ageBand(ageBand).concerns(concerns)
        .urgency("NORMAL").description("Föräldern berättar om trötthet och oro.");
  }

  public static VariableMap startForm(String centreId, String group, String ageBand, String... concerns) {
    return start(centreId, group, ageBand, concerns).variables();
  }

  /** erik.johansson (bvc, Danderyd/Mörby) starts a referral at an open activity. */
  public ProcessInstance startAsErik(String ageBand, String... concerns) {
    return AsUser.call(identityService, "erik.johansson", () -> runtimeService.startProcessInstanceByKey(
        ReferralProcess.KEY, startForm(DemoUsers.DANDERYD_MORBY, "bvc", ageBand, concerns)));
  }

  /**
   * erik refers a family with a child of 3-6 years for parenting support with the guardians' consent for social
   * services: the routing table picks the ABC programme (socialtjanst-forebyggande), whose process is next.
   */
  public ProcessInstance referredByErikToPreventiveSocialServices() {
    ProcessInstance referral = startAsErik("AGE_3_6", "PARENTING");
    completeAs("erik.johansson", task(referral, ReferralProcess.Ids.RECORD_CONSENT), consent("SOCIAL_SERVICES"));
    return referral;
  }

  /** The receiving organisation's answer on its form: accepted, first contact made today. */
  public static Map<String, Object> accept() {
    return Variables.createVariables().putValue(ReferralSupportProcess.Vars.ACCEPTED, "true")
        .putValue(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, SwedishTime.today().toString());
  }

  /** The receiving organisation's answer on its form: declined, for a reason. */
  public static Map<String, Object> decline(String reason) {
    return Variables.createVariables().putValue(ReferralSupportProcess.Vars.ACCEPTED, "false")
        .putValue(ReferralSupportProcess.Vars.DECLINE_REASON, reason);
  }

  /**
   * The consent as the tests give it: for six months, joint custody and both guardians consenting, with a
   * fictitious family's identity and contact details (a child of 1–3 years; {@link DemoFamilies}).
   */
  public static ConsentAnswers consentTo(String... organisations) {
    return DemoFamilies.withFamily(ConsentAnswers.given(organisations).sharing("Oro för föräldraskapet, barnets ålder")
        .purpose("Föräldraskapsstöd").validUntil(SwedishTime.today().plusMonths(6)).jointCustody(true), "AGE_1_3", 7);
  }

  public static VariableMap consent(String... organisations) {
    return consentTo(organisations).variables();
  }

  /**
   * The receiving organisation's instance the referral waits on: the {@link ReferralSupportProcess} instance its call
   * activity started (same business key, same centre).
   */
  public ProcessInstance support(ProcessInstance referral) {
    ProcessInstance support = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .processDefinitionKey(ReferralSupportProcess.KEY).singleResult();
    assertThat(support).as("receiving organisation's instance of " + referral.getBusinessKey()).isNotNull();
    return support;
  }

  /** An open task of the receiving organisation (in the referral's support instance). */
  public Task receiverTask(ProcessInstance referral, String activityId) {
    return task(support(referral), activityId);
  }

  public Task task(ProcessInstance pi, String activityId) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .singleResult();
    assertThat(task).as("task " + activityId).isNotNull();
    return task;
  }

  public List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).sorted().toList();
  }

  public void completeAs(String userId, Task task, Map<String, Object> variables) {
    AsUser.run(identityService, userId, () -> taskService.complete(task.getId(), variables));
  }

  public Job timerJob(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .timers().singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    return job;
  }

  /** A valid personal identity number (YYYYMMDD-NNN, Luhn check digit) of a child born {@code daysAgo} days ago. */
  public static String childNumber(int daysAgo, int serial) {
    java.time.LocalDate born = SwedishTime.today().minusDays(daysAgo);
    String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
        serial % 1000);
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    int check = (10 - sum % 10) % 10;
    return String.format("%04d%02d%02d-%03d%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
        serial % 1000, check);
  }

  /** A valid personal identity number of a child in the middle of the age band (an {@link AgeBand} name). */
  public static String childNumberIn(String ageBand, int serial) {
    return childNumber(switch (AgeBand.valueOf(ageBand)) {
      case PREGNANCY -> 3;
      case AGE_0_1 -> 150;
      case AGE_1_3 -> 700;
      case AGE_3_6 -> 1700;
    }, serial);
  }

  public ProcessInstance escalation(String caseReference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .processInstanceBusinessKey(caseReference).singleResult();
  }

  public Map<String, Object> caseRow(String reference) {
    return jdbc.queryForMap("SELECT * FROM fc_referral_case WHERE case_reference = ?", reference);
  }

  public List<Map<String, Object>> offers(String reference) {
    return jdbc.queryForList("SELECT * FROM fc_referral_offer WHERE case_reference = ? ORDER BY id", reference);
  }

  public Map<String, Object> reportRow(String reference) {
    return jdbc.queryForMap("SELECT * FROM fc_report_of_concern WHERE case_reference = ?", reference);
  }
}
