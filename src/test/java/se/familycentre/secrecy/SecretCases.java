package se.familycentre.secrecy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralStart;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.AsUser;

/**
 * Cases that hold secrets of both sides of the secrecy boundary, driven as real officials at Danderyd/Mörby: a
 * report of concern by erik.johansson (BVC) with the child's personal identity number, assessed by social
 * services' intake (johan.holm); and a voluntary referral supported by preventive social services (sara.berg).
 * Every secret is a unique text, so a test can look for it in any answer.
 */
final class SecretCases {

  /** A report of concern: the referral id, the instances of the case and its secrets. */
  record Case(String reference, List<String> instanceIds, String childNumber, String reportText,
      String protectionAssessment) {
  }

  /** A voluntary referral that has been given support: its id, instances and the receiver's notes. */
  record Referral(String reference, List<String> instanceIds, String description, String supportSummary,
      List<String> familyNumbers, List<String> familyContact) {
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  SecretCases(RuntimeService runtime, TaskService tasks, HistoryService history, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  /** A valid personal identity number of a child born {@code daysAgo} days ago (Luhn check digit). */
  static String childNumber(int daysAgo, int serial) {
    return se.familycentre.referral.ReferralTestSupport.childNumber(daysAgo, serial);
  }

  Case reportOfConcern() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String number = childNumber(800, Math.abs(tag.hashCode()) % 1000);
    String report = "HEMLIG-ANMALAN-" + tag + " barnet säger att det inte får mat hemma";
    String assessment = "HEMLIG-BEDOMNING-" + tag + " hembesök i dag";
    ProcessInstance referral = start(startForm("AGE_1_3", "CHILD_HARMED"));
    complete("erik.johansson", referral.getBusinessKey(), ReferralProcess.Ids.WRITE_REPORT, Variables.createVariables()
        .putValue(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, number)
        .putValue(ReferralProcess.Vars.REPORT_TEXT, report));
    complete("johan.holm", referral.getBusinessKey(), ReportOfConcernProcess.Ids.ASSESS_PROTECTION,
        Map.of(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, assessment));
    return new Case(referral.getBusinessKey(), instances(referral.getBusinessKey()), number, report, assessment);
  }

  Referral supportedReferral() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String description = "HEMLIG-BESKRIVNING-" + tag;
    String summary = "HEMLIG-STODANTECKNING-" + tag + " fyra ABC-träffar";
    ProcessInstance referral = start(startForm("AGE_3_6", "PARENTING").description(description));
    String ref = referral.getBusinessKey();
    // the family's identity and contact details, shared with social services under the consent: unique numbers
    // (random birth dates) and texts (a letters-only tag: names hold no digits)
    java.util.Random random = new java.util.Random(tag.hashCode());
    List<String> numbers = List.of(childNumber(1200 + random.nextInt(400), random.nextInt(1000)),
        childNumber(9000 + random.nextInt(4000), random.nextInt(1000)),
        childNumber(9000 + random.nextInt(4000), random.nextInt(1000)));
    String letters = tag.chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
        .reduce("", String::concat);
    String name = "HEMLIG-NAMN-" + letters + " Lind";
    String address = "HEMLIG-GATAN-" + tag + " 3, 182 31 Danderyd";
    complete("erik.johansson", ref, ReferralProcess.Ids.RECORD_CONSENT, ReferralTestSupport.consentTo("SOCIAL_SERVICES")
        .child(numbers.get(0)).guardian(1, name, numbers.get(1), "08-123 456 78").address(1, address)
        .guardian(2, "HEMLIG-NAMN-" + letters + " Berg", numbers.get(2), null).variables());
    complete("sara.berg", ref, ReferralSupportProcess.Ids.ACCEPT_REFERRAL, Variables.createVariables()
        .putValue(ReferralSupportProcess.Vars.ACCEPTED, "true")
        .putValue(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, SwedishTime.today().toString()));
    complete("sara.berg", ref, ReferralSupportProcess.Ids.GIVE_SUPPORT,
        Map.of(ReferralSupportProcess.Vars.SUPPORT_SUMMARY, summary,
        ReferralSupportProcess.Vars.FOLLOW_UP_ON, SwedishTime.today().plusMonths(2).toString()));
    return new Referral(ref, instances(ref), description, summary, numbers, List.of(name, address));
  }

  /**
   * A referral the routing table cannot place (development before birth), which the coordinator (lena.persson)
   * closes: the coordinator then has a task, and so history grants, in the referral itself, where she may read the
   * codes she decides on but not the referrer's description nor the guardians' consent.
   */
  Referral closedByTheCoordinator() {
    Referral waiting = waitingForTheCoordinator();
    complete("lena.persson", waiting.reference(), ReferralProcess.Ids.COORDINATOR_DECIDES,
        Map.of(ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, ReferralProcess.Values.CLOSED));
    return waiting;
  }

  /** The same referral while the coordinator's task to decide where it goes is open. */
  Referral waitingForTheCoordinator() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String description = "HEMLIG-BESKRIVNING-" + tag;
    ProcessInstance referral = start(startForm("PREGNANCY", "DEVELOPMENT").description(description));
    String ref = referral.getBusinessKey();
    complete("erik.johansson", ref, ReferralProcess.Ids.RECORD_CONSENT, ReferralTestSupport.consent("REGION"));
    return new Referral(ref, instances(ref), description, null, List.of(), List.of());
  }

  /** erik.johansson (bvc) starts the referral. */
  private ProcessInstance start(ReferralStart form) {
    return AsUser.call(identity, "erik.johansson", () -> runtime.startProcessInstanceByKey(ReferralProcess.KEY,
        form.variables()));
  }

  /** The tests' start form at Danderyd/Mörby, without a description unless the case has a secret one. */
  private static ReferralStart startForm(String ageBand, String... concerns) {
    return ReferralTestSupport.start(DemoUsers.DANDERYD_MORBY, "bvc", ageBand, concerns).description(null);
  }

  /** Completes the case's open task of that step (in whichever of the case's instances it is) as the user. */
  void complete(String user, String reference, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("No open task " + taskKey + " in case " + reference);
    }
    AsUser.run(identity, user, () -> tasks.complete(task.getId(), variables));
  }

  /** Every process instance of the case (the referral and the instances it called). */
  List<String> instances(String reference) {
    List<String> ids = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).list()) {
      ids.add(instance.getId());
    }
    return ids;
  }
}
