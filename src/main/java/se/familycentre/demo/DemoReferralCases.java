package se.familycentre.demo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralStart;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;

/**
 * Demo referrals at Danderyd/Mörby so that every work group has something in Tasklist on first start: referrals
 * waiting for consent (bvc, mvc, oppen-forskola), at the receiving organisation (socialtjanst-forebyggande, bvc; in
 * its own process, referralSupportProcess), a report of concern to write (bvc), one waiting at protection
 * assessment and one at the investigation decision
 * (socialtjanst-mottagning), one for the coordinator (samordnare). Each is started as the demo user who would start
 * it (so the demo users must exist); idempotent: a demo case is recognised by its {@value #DEMO_CASE} variable.
 * Started by {@link DemoData} when {@code familycentre.demo.cases} is on.
 */
@Component
public class DemoReferralCases {

  private static final Logger LOG = LoggerFactory.getLogger(DemoReferralCases.class);
  public static final String DEMO_CASE = "demoCase";
  static final String CENTRE = DemoUsers.DANDERYD_MORBY;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;

  public DemoReferralCases(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /** Creates every demo referral that does not exist yet; returns how many it started. */
  public int createAll() {
    int created = 0;
    created += demo("consent-bvc", "erik.johansson", "bvc", "CHILD_HEALTH_VISIT", "AGE_0_1", List.of("PARENTING"),
        "Föräldern känner sig osäker i föräldraskapet.", List.of()) ? 1 : 0;
    created += demo("consent-mvc", "anna.lindqvist", "mvc", "MATERNITY_VISIT", "PREGNANCY",
        List.of("PARENT_MENTAL_HEALTH"), "Nedstämdhet under graviditeten.", List.of()) ? 1 : 0;
    created += demo("consent-open-preschool", "maria.nilsson", "oppen-forskola", "OPEN_PRESCHOOL", "AGE_1_3",
        List.of("LANGUAGE"), "Barnet säger få ord för sin ålder.", List.of()) ? 1 : 0;
    created += demo("receiver-abc", "maria.nilsson", "oppen-forskola", "OPEN_PRESCHOOL", "AGE_3_6",
        List.of("PARENTING"), "Konflikter vid lämning.", List.of(consent("AGE_3_6", "SOCIAL_SERVICES"))) ? 1 : 0;
    created += demo("receiver-home-visits", "erik.johansson", "bvc", "CHILD_HEALTH_VISIT", "AGE_0_1",
        List.of("PARENTING", "ECONOMY_HOUSING"), "Trångbodd familj, första barnet.",
        List.of(consent("AGE_0_1", "REGION", "SOCIAL_SERVICES"))) ? 1 : 0;
    created += demo("report-to-write", "erik.johansson", "bvc", "CHILD_HEALTH_VISIT", "AGE_1_3",
        List.of("CHILD_HARMED"), "Blåmärken vid besöket.", List.of()) ? 1 : 0;
    created += demo("report-protection", "maria.nilsson", "oppen-forskola", "OPEN_PRESCHOOL", "AGE_3_6",
        List.of("CHILD_HARMED"), "Barnet berättar om bråk hemma.", List.of(report())) ? 1 : 0;
    created += demo("report-decision", "anna.lindqvist", "mvc", "MATERNITY_VISIT", "PREGNANCY",
        List.of("CHILD_HARMED", "PARENT_MENTAL_HEALTH"), "Oro för äldre syskon i familjen.",
        List.of(report(), Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT,
            "Demo: inget akut skyddsbehov, hembesök bokat."))) ? 1 : 0;
    created += demo("coordinator", "sara.berg", "socialtjanst-forebyggande", "SOCIAL_COUNSELLING", "PREGNANCY",
        List.of("DEVELOPMENT"), "Oro för det väntade barnets utveckling.", List.of(consent("PREGNANCY", "REGION"))) ? 1 : 0;
    LOG.info("Demo referrals ready at {}: {} created", CENTRE, created);
    return created;
  }

  /**
   * Starts a demo referral as the given user, then completes the listed steps (as the system) in order: each map
   * completes the case's open task (in the referral or, once the case has been handed on, in the process it called:
   * social services' intake or the receiving organisation's support).
   */
  private boolean demo(String key, String userId, String group, String activity, String ageBand,
      List<String> concerns, String description, List<Map<String, Object>> steps) {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .variableValueEquals(DEMO_CASE, key).count() > 0) {
      return false;
    }
    ReferralStart start = ReferralStart.at(CENTRE).by(group).activity(activity).ageBand(ageBand).concerns(concerns)
        .urgency("NORMAL").description(description);
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    ProcessInstance referral;
    identityService.setAuthentication(userId, groups, tenants);
    try {
      referral = runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, start.variables());
    } finally {
      identityService.clearAuthentication();
    }
    // the demo marker is no field of the start form, so the system sets it, not the starting user
    runtimeService.setVariable(referral.getId(), DEMO_CASE, key);
    for (Map<String, Object> step : steps) {
      Task open = openTask(referral.getId());
      taskService.complete(open.getId(), step);
    }
    return true;
  }

  private Task openTask(String referralId) {
    Task task = taskService.createTaskQuery().processInstanceId(referralId).singleResult();
    if (task != null) {
      return task;
    }
    ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referralId)
        .singleResult();
    return taskService.createTaskQuery().processInstanceId(called.getId()).singleResult();
  }

  private static Map<String, Object> consent(String ageBand, String... organisations) {
    return DemoFamilies.withFamily(ConsentAnswers.given(organisations).sharing("Oron som beskrivs, barnets ålder")
        .purpose("Erbjuda riktat stöd").validUntil(SwedishTime.today().plusMonths(6)).jointCustody(true), ageBand,
        ageBand.hashCode() + organisations.length).variables();
  }

  private static Map<String, Object> report() {
    return Variables.createVariables().putValue(ReferralProcess.Vars.CHILD_MUNICIPALITY, "Danderyd")
        .putValue(ReferralProcess.Vars.REPORT_TEXT, "Demo: det som personalen har sett och hört.");
  }
}
