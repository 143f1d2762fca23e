package se.familycentre.secrecy.doors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.secrecy.SecretCasesForDoors;
import se.familycentre.support.AsUser;

/**
 * One case holding secrets on both sides of the secrecy boundary, built afresh for every role so that a door that
 * is still open cannot spoil the next role's requests: a report of concern (erik.johansson; the child's personal
 * identity number, the report) assessed by social services' intake (johan.holm; the assessment), waiting at the
 * decision whether to investigate (the intake task, with its deadline timer); johan.holm's comment (edited once,
 * as officials do) and attachment on that task, and an administrator's; an incident on the intake whose message
 * names the child, as an external system's error text may; a voluntary referral supported by preventive social
 * services (sara.berg; the description, the support notes).
 */
record DoorCase(String tag, SecretCasesForDoors.Report report, SecretCasesForDoors.Referral referral,
    String intakeInstance, String referralInstance, String supportInstance, String supportedReferralInstance,
    String intakeTask, String supportTask, String intakeExecution, String activityInstance, String intakeDefinition,
    String referralDefinition, String deployment, String resource, String job, String jobDefinition, String jobLog,
    String incident, String comment, String attachment, String adminComment, String adminAttachment,
    String operationId, String numberVariable, String summaryVariable, String reportTextVariable,
    String numberDetail, String summaryDetail, String reportTextDetail, String decisionInstance,
    String decisionDefinition, String messageExecution, List<String> intakeCandidateGroups, String intakeTenant,
    String commentText, String attachmentName, String attachmentContent) {

  static final String COMMENT_PREFIX = "HEMLIG-KOMMENTAR-";
  static final String ATTACHMENT_PREFIX = "HEMLIG-BILAGA-";
  static final String ATTACHMENT_CONTENT_PREFIX = "HEMLIG-BILAGEINNEHALL-";
  static final String ROUTING_DECISION = "referralRouting";

  /** Every process instance of both cases. */
  List<String> instances() {
    return java.util.stream.Stream.concat(report.instanceIds().stream(), referral.instanceIds().stream())
        .distinct().toList();
  }

  /** The case's secrets, added to the registry the answers are scanned against. */
  void register(Secrets secrets) {
    secrets.addChildNumber(report.childNumber());
    secrets.add(Secrets.REPORT_TEXT, firstWord(report.reportText()));
    secrets.add(Secrets.PROTECTION_ASSESSMENT, firstWord(report.protectionAssessment()));
    secrets.add(Secrets.DESCRIPTION, firstWord(referral.description()));
    secrets.add(Secrets.SUPPORT_SUMMARY, firstWord(referral.supportSummary()));
    secrets.addNumbers(Secrets.FAMILY_IDENTITY, referral.familyNumbers());
    secrets.add(Secrets.FAMILY_CONTACT, referral.familyContact().stream().map(DoorCase::firstWord)
        .toArray(String[]::new));
    secrets.add(Secrets.COMMENT, COMMENT_PREFIX + tag);
    secrets.add(Secrets.ATTACHMENT, ATTACHMENT_PREFIX + tag, ATTACHMENT_CONTENT_PREFIX + tag);
  }

  private static String firstWord(String text) {
    return text.split(" ")[0];
  }

  static DoorCase build(Engine engine) {
    SecretCasesForDoors cases = new SecretCasesForDoors(engine.runtime(), engine.tasks(), engine.history(),
        engine.identity());
    SecretCasesForDoors.Report report = cases.reportOfConcern();
    SecretCasesForDoors.Referral referral = cases.supportedReferral();
    String tag = UUID.randomUUID().toString().substring(0, 8);

    String intake = instanceOf(engine, report.instanceIds(), ReportOfConcernProcess.KEY);
    String referralInstance = instanceOf(engine, report.instanceIds(), ReferralProcess.KEY);
    String supportedReferral = instanceOf(engine, referral.instanceIds(), ReferralProcess.KEY);
    HistoricVariableInstance summary = engine.history().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(referral.instanceIds().toArray(String[]::new))
        .variableName(ReferralSupportProcess.Vars.SUPPORT_SUMMARY).singleResult();
    String support = summary.getProcessInstanceId();
    Task intakeTask = engine.tasks().createTaskQuery().processInstanceId(intake)
        .taskDefinitionKey(ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION).singleResult();
    Task supportTask = engine.tasks().createTaskQuery().processInstanceId(support).list().stream()
        .min(java.util.Comparator.comparing(t -> ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT
            .equals(t.getTaskDefinitionKey()) ? 0 : 1))
        .orElseThrow(() -> new IllegalStateException("No open task of the support in " + support));
    List<String> candidates = engine.tasks().getIdentityLinksForTask(intakeTask.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();

    // johan.holm's comment, edited once (the engine's operation log keeps the old and the new text), and his
    // attachment; an administrator's of each, so that johan.holm too has someone else's to try to remove
    String commentText = COMMENT_PREFIX + tag + " mamman ringde om hembesöket";
    String comment = as(engine, "johan.holm", () -> {
      String id = engine.tasks().createComment(intakeTask.getId(), intake, commentText + " (utkast)").getId();
      engine.tasks().updateTaskComment(intakeTask.getId(), id, commentText);
      return id;
    });
    String attachmentName = ATTACHMENT_PREFIX + tag + ".txt";
    String attachmentContent = ATTACHMENT_CONTENT_PREFIX + tag + " anteckning från hembesöket";
    String attachment = as(engine, "johan.holm", () -> engine.tasks().createAttachment("text/plain",
        intakeTask.getId(), intake, attachmentName, "Anteckning", new ByteArrayInputStream(
            attachmentContent.getBytes(StandardCharsets.UTF_8))).getId());
    String adminComment = as(engine, "admin", () -> engine.tasks().createComment(intakeTask.getId(), intake,
        "Administratörens kommentar " + tag).getId());
    String adminAttachment = as(engine, "admin", () -> engine.tasks().createAttachment("text/plain",
        intakeTask.getId(), intake, "administratorens-bilaga-" + tag + ".txt", "Administratörens bilaga",
        new ByteArrayInputStream(("Administratörens bilaga " + tag).getBytes(StandardCharsets.UTF_8))).getId());
    UserOperationLogEntry edit = engine.history().createUserOperationLogQuery().taskId(intakeTask.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_UPDATE_COMMENT).list().get(0);

    String incident = engine.runtime().createIncident("doorCatalogue", intakeTask.getExecutionId(), "handOver",
        "Socialtjänstens ärendesystem svarade 409: det finns redan ett ärende för " + report.childNumber())
        .getId();
    Job timer = engine.management().createJobQuery().processInstanceId(intake).timers().list().get(0);
    String jobLog = engine.history().createHistoricJobLogQuery().jobId(timer.getId()).list().get(0).getId();

    String definition = engine.runtime().createProcessInstanceQuery().processInstanceId(intake).singleResult()
        .getProcessDefinitionId();
    String deployment = engine.repository().getProcessDefinition(definition).getDeploymentId();
    String resource = engine.repository().getDeploymentResources(deployment).stream()
        .filter(r -> r.getName().endsWith(".bpmn")).findFirst().orElseThrow().getId();
    String referralDefinition = engine.runtime().createProcessInstanceQuery().processInstanceId(supportedReferral)
        .singleResult().getProcessDefinitionId();
    String decisionInstance = engine.history().createHistoricDecisionInstanceQuery()
        .processInstanceId(supportedReferral).decisionDefinitionKey(ROUTING_DECISION).list().get(0).getId();
    String decisionDefinition = engine.repository().createDecisionDefinitionQuery()
        .decisionDefinitionKey(ROUTING_DECISION).latestVersion().singleResult().getId();
    EventSubscription withdrawal = engine.runtime().createEventSubscriptionQuery()
        .processInstanceId(supportedReferral).eventName(ReferralProcess.Messages.CONSENT_WITHDRAWN).list().get(0);

    return new DoorCase(tag, report, referral, intake, referralInstance, support, supportedReferral,
        intakeTask.getId(), supportTask.getId(), intakeTask.getExecutionId(),
        engine.history().createHistoricActivityInstanceQuery().processInstanceId(intake)
            .activityId(ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION).unfinished().singleResult().getId(),
        definition, referralDefinition, deployment, resource, timer.getId(), timer.getJobDefinitionId(), jobLog,
        incident, comment, attachment, adminComment, adminAttachment, edit.getOperationId(),
        variable(engine, intake, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER), summary.getId(),
        variable(engine, referralInstance, ReferralProcess.Vars.REPORT_TEXT),
        detail(engine, intake, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER),
        detail(engine, support, ReferralSupportProcess.Vars.SUPPORT_SUMMARY),
        detail(engine, referralInstance, ReferralProcess.Vars.REPORT_TEXT), decisionInstance, decisionDefinition,
        withdrawal.getExecutionId(), candidates, intakeTask.getTenantId(), commentText, attachmentName,
        attachmentContent);
  }

  private static <T> T as(Engine engine, String user, Supplier<T> work) {
    return AsUser.call(engine.identity(), user, work);
  }

  private static String instanceOf(Engine engine, List<String> ids, String key) {
    return engine.history().createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(ids))
        .processDefinitionKey(key).list().stream().map(HistoricProcessInstance::getId).findFirst()
        .orElseThrow(() -> new IllegalStateException("No instance of " + key + " among " + ids));
  }

  private static String variable(Engine engine, String instance, String name) {
    return engine.history().createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
        .singleResult().getId();
  }

  private static String detail(Engine engine, String instance, String name) {
    return engine.history().createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list()
        .stream().map(HistoricVariableUpdate.class::cast).filter(d -> name.equals(d.getVariableName()))
        .findFirst().orElseThrow().getId();
  }
}
