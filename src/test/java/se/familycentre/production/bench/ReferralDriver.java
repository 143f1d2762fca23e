package se.familycentre.production.bench;

import static se.familycentre.referral.support.ReferralSupportProcess.Ids.ACCEPT_REFERRAL;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT;
import static se.familycentre.referral.support.ReferralSupportProcess.Ids.GIVE_SUPPORT;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.ACCEPTED;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.FIRST_CONTACT_DATE;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.FOLLOW_UP_ON;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.FOLLOW_UP_RESULT;
import static se.familycentre.referral.support.ReferralSupportProcess.Vars.SUPPORT_SUMMARY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.production.ApplicationNode;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Values;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.referral.ReferralStart;
import se.familycentre.referral.TargetService;
import se.familycentre.shared.CaseVariables;

/**
 * Drives {@code familyReferralProcess} along its main happy path, through the Java API, as the officials would:
 * erik.johansson (bvc, Danderyd/Mörby) starts a voluntary referral (parenting, child 3–6 years) with the start form's
 * answers and records the guardians' consent for social services; the routing table picks the ABC parenting
 * programme, given by socialtjanst-forebyggande; the referral calls the receiving organisation's own process
 * ({@code referralSupportProcess}), where sara.berg accepts and makes the first contact, gives the support and follows
 * it up; back in the referral erik.johansson takes the hand-back; the case ends at "Hänvisningen avslutad". A case is
 * the referral instance and the instance it called: the driver works the open tasks and due jobs of both. Every start
 * and completion runs authenticated as that user (groups and centres as the REST API sets them); due jobs are
 * executed as they come (none is due on this path: the first-contact timer is 14 days ahead and is deleted with its
 * task).
 *
 * <p>The same driver, with the same answers, drives the bare models (the referral and the process it calls, both
 * stripped) on the plain engine. There our steps are no-ops, so the values they would have computed (the referral
 * number as business key, the centre's name, what the routing step picks, the receiver's answer as a code and the
 * work's outcome, which the call passes back to the referral, the referral's outcome) are handed in as
 * <em>stand-ins</em> together with the answers of the same step, so that the bare models' gateways and candidate
 * groups take the same flow.
 */
final class ReferralDriver {

  static final String STARTER = "erik.johansson";
  static final String RECEIVER = "sara.berg";
  static final String CENTRE = "danderyd-morby";
  static final TargetService TARGET = TargetService.PARENTING_PROGRAMME_ABC;
  /** Who completes which task: a member of the task's candidate group. */
  private static final Map<String, String> WORKER = Map.of(Ids.RECORD_CONSENT, STARTER, ACCEPT_REFERRAL, RECEIVER,
      GIVE_SUPPORT, RECEIVER, FOLLOW_UP_SUPPORT, RECEIVER, Ids.HAND_BACK, STARTER);
  private static final String START = "start";
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final Map<String, Map<String, Object>> standIns;
  private final Map<String, List<List<String>>> users = new HashMap<>();
  private int started;

  /**
   * @param engine the engine to drive
   * @param standIns null for ours (our steps compute these values); for the bare engine, per step ({@code start} or
   *     a task's definition key) the variables our steps would have set there
   */
  ReferralDriver(ProcessEngine engine, Map<String, Map<String, Object>> standIns) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.standIns = standIns;
    for (String user : List.of(STARTER, RECEIVER)) {
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
          .stream().map(Tenant::getId).toList();
      if (groups.isEmpty() || tenants.isEmpty()) {
        throw new IllegalStateException(user + " has no groups or centres on " + engine.getName());
      }
      users.put(user, List.of(groups, tenants));
    }
  }

  /** The driver of ours: the real application node, whose steps compute their own values. */
  static ReferralDriver ours(ApplicationNode node) {
    return new ReferralDriver(node.engine(), null);
  }

  /** The bare engine's driver, with what our steps would set computed from the node's centre and configuration. */
  static ReferralDriver bare(ApplicationNode node, BareEngine bare) {
    String centreName = node.engine().getIdentityService().createTenantQuery().tenantId(CENTRE).singleResult()
        .getName();
    return new ReferralDriver(bare.engine(), standInsOfOurSteps(centreName,
        node.bean(ReferralProperties.class).offersAt(CENTRE)));
  }

  /**
   * What our steps set on the happy path, for the bare engine: the values our code computes from the same answers
   * (centre name from the centre's tenant, local offers from the configuration, the service the routing table picks).
   */
  static Map<String, Map<String, Object>> standInsOfOurSteps(String centreName, List<String> localOffers) {
    return Map.of(
        START, Variables.createVariables().putValue(CaseVariables.CENTRE_NAME, centreName)
            .putValue(Vars.REPORT_OF_CONCERN, false).putValue(Vars.VIOLENCE, false)
            .putValue(Vars.LOCAL_OFFERS, Spin.JSON(localOffers)),
        Ids.RECORD_CONSENT, Variables.createVariables().putValue(Vars.TARGET_SERVICE, TARGET.name())
            .putValue(Vars.TARGET_SERVICE_NAME, TARGET.swedishName).putValue(Vars.TARGET_GROUPS, TARGET.groups)
            .putValue(Vars.ROUTE_OUTCOME, Values.ROUTED).putValue(Vars.DECLINE_COUNT, 0),
        ACCEPT_REFERRAL, Variables.createVariables().putValue(Vars.RECEIVER_ANSWER, Values.ANSWER_ACCEPTED)
            .putValue(Vars.WORK_OUTCOME, Values.SUPPORTED),
        Ids.HAND_BACK, Variables.createVariables().putValue(Vars.OUTCOME, Values.SUPPORTED));
  }

  /** Drives n cases from start to end, one after another; returns cases per second. */
  double drive(int n) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      driveOne();
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /** Drives one case from start to end; returns its process instance id. */
  String driveOne() {
    LocalDate today = LocalDate.now(ZONE);
    VariableMap start = ReferralStart.at(CENTRE).by("bvc").activity("CHILD_HEALTH_VISIT").ageBand("AGE_3_6")
        .concerns("PARENTING").urgency("NORMAL")
        .description("Föräldern berättar om konflikter vid lämning och känner sig osäker.").variables();
    String businessKey = null;
    if (standIns != null) {
      businessKey = String.format("REF-BARE-%06d", ++started);
      start.putValue(CaseVariables.CASE_REFERENCE, businessKey).putAll(standIns.get(START));
    }
    String key = businessKey;
    String id = as(STARTER, () -> runtime.startProcessInstanceByKey(ReferralProcess.KEY, key, start).getId());
    for (int step = 0; step < 50; step++) {
      Set<String> instances = caseInstances(id);
      List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list();
      List<Job> due = management.createJobQuery().processInstanceIds(instances).executable().list();
      if (open.isEmpty() && due.isEmpty()) {
        break;
      }
      due.forEach(job -> management.executeJob(job.getId()));
      for (Task task : open) {
        String user = WORKER.get(task.getTaskDefinitionKey());
        if (user == null) {
          throw new IllegalStateException("The driver follows the happy path only; no answer for task "
              + task.getTaskDefinitionKey() + " on " + engine.getName());
        }
        VariableMap answers = answers(task.getTaskDefinitionKey(), today);
        if (standIns != null && standIns.containsKey(task.getTaskDefinitionKey())) {
          answers.putAll(standIns.get(task.getTaskDefinitionKey()));
        }
        as(user, () -> {
          tasks.complete(task.getId(), answers);
          return null;
        });
      }
    }
    if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
      throw new IllegalStateException("case " + id + " did not end on " + engine.getName());
    }
    return id;
  }

  /** The answers a member of the task's candidate group gives on its form (valid, as the tests give them). */
  private static VariableMap answers(String taskKey, LocalDate today) {
    VariableMap answers = Variables.createVariables();
    switch (taskKey) {
      case Ids.RECORD_CONSENT -> answers.putAll(DemoFamilies.withFamily(ConsentAnswers.given("SOCIAL_SERVICES")
          .sharing("Oro för föräldraskapet, barnets ålder").purpose("Föräldraskapsstöd")
          .validUntil(today.plusMonths(6)).jointCustody(true), "AGE_3_6", 13).variables());
      case ACCEPT_REFERRAL -> answers.putValue(ACCEPTED, "true").putValue(FIRST_CONTACT_DATE, today.toString());
      case GIVE_SUPPORT -> answers.putValue(SUPPORT_SUMMARY, "Fyra ABC-träffar med båda föräldrarna")
          .putValue(FOLLOW_UP_ON, today.plusMonths(3).toString());
      case FOLLOW_UP_SUPPORT -> answers.putValue(FOLLOW_UP_RESULT, "Föräldrarna nöjda, färre konflikter");
      default -> {
        // hand-back: nothing to answer, the official confirms
      }
    }
    return answers;
  }

  /** The referral's instance and the running instances it called (the receiving organisation's support). */
  private Set<String> caseInstances(String referralId) {
    Set<String> instances = new LinkedHashSet<>();
    instances.add(referralId);
    runtime.createProcessInstanceQuery().superProcessInstanceId(referralId).list()
        .forEach(called -> instances.add(called.getId()));
    return instances;
  }

  /**
   * The activities the case executed (historic activity instances of the referral and of the instances it called),
   * each as {@code processKey:activityId}, sorted.
   */
  List<String> activities(String processInstanceId) {
    HistoryService history = engine.getHistoryService();
    List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).list());
    instances.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list());
    List<String> activities = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .forEach(activity -> activities.add(instance.getProcessDefinitionKey() + ":" + activity));
    }
    return activities.stream().sorted().toList();
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<List<String>> auth = users.get(user);
    identity.setAuthentication(user, auth.get(0), auth.get(1));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
