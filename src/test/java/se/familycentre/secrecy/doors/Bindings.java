package se.familycentre.secrecy.doors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.secrecy.SecretCasesForDoors;

/**
 * What the catalogue's {@code ${placeholders}} and path parameters stand for, for one role and its case: the ids of
 * the case's instances, tasks, variables, comments..., the role's own account and someone else's.
 */
final class Bindings {

  /** The parts of a case a read is tried on: each holds secrets of its own side. */
  enum Subject { INTAKE, SUPPORT, REPORT_REFERRAL }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
  private static final AtomicInteger PROBES = new AtomicInteger();

  private final Map<String, String> values = new LinkedHashMap<>();
  private final DoorCase doorCase;

  Bindings(Engine engine, Roles.Role role, DoorCase c, Targets targets) {
    this.doorCase = c;
    String self = role.user();
    boolean intakeHolder = self.equals("johan.holm");
    put("self", self);
    put("selfPassword", role.password());
    User user = engine.identity().createUserQuery().userId(self).singleResult();
    put("selfFirstName", user == null ? "" : user.getFirstName());
    put("selfLastName", user == null ? "" : user.getLastName());
    // as JSON: a user may have no e-mail address, and the profile the role saves must keep it as it is
    put("selfEmailJson", user == null || user.getEmail() == null ? "null" : "\"" + user.getEmail() + "\"");
    put("group", role.group());
    put("otherUser", intakeHolder ? "erik.johansson" : "johan.holm");
    put("colleague", intakeHolder ? "erik.johansson" : "johan.holm");
    put("colleagueGroup", intakeHolder ? "bvc" : "socialtjanst-mottagning");
    put("targetUser", Targets.USER);
    put("targetUserPassword", Targets.PASSWORD);
    put("targetGroup", Targets.GROUP);
    put("targetTenant", Targets.TENANT);
    put("centre", DemoUsers.DANDERYD_MORBY);
    // a start names a centre the role works at (the start form offers only those), else Danderyd/Mörby
    put("ownCentre", DemoUsers.USERS.stream().filter(u -> u.id().equals(self) && !u.centres().isEmpty())
        .map(u -> u.centres().get(0)).findFirst().orElse(DemoUsers.DANDERYD_MORBY));
    put("otherCentre", DemoUsers.STOCKHOLM_RINKEBY);
    put("instances", String.join(",", c.instances().stream().map(id -> "\"" + id + "\"").toList()));
    put("instancesCsv", String.join(",", c.instances()));
    put("intakeInstance", c.intakeInstance());
    put("referralInstance", c.referralInstance());
    put("supportInstance", c.supportInstance());
    put("supportedReferralInstance", c.supportedReferralInstance());
    put("intakeTask", c.intakeTask());
    put("supportTask", c.supportTask());
    put("intakeExecution", c.intakeExecution());
    put("activityInstance", c.activityInstance());
    put("intakeDefinition", c.intakeDefinition());
    put("intakeKey", ReportOfConcernProcess.KEY);
    put("referralDefinition", c.referralDefinition());
    put("referralKey", ReferralProcess.KEY);
    put("deployment", c.deployment());
    put("resource", c.resource());
    put("job", c.job());
    put("jobDefinition", c.jobDefinition());
    put("jobLog", c.jobLog());
    put("incident", c.incident());
    put("comment", c.comment());
    put("attachment", c.attachment());
    put("anotherComment", intakeHolder ? c.adminComment() : c.comment());
    put("anotherAttachment", intakeHolder ? c.adminAttachment() : c.attachment());
    put("operationId", c.operationId());
    put("numberVariable", c.numberVariable());
    put("decisionInstance", c.decisionInstance());
    put("decisionDefinition", c.decisionDefinition());
    put("decisionKey", DoorCase.ROUTING_DECISION);
    put("messageExecution", c.messageExecution());
    put("message", ReferralProcess.Messages.CONSENT_WITHDRAWN);
    put("reference", c.report().reference());
    put("supportedReference", c.referral().reference());
    put("childNumber", c.report().childNumber());
    put("decoyNumber", SecretCasesForDoors.decoyNumber(Math.abs(c.tag().hashCode()) % 997));
    put("fixtureDeployment", targets.deployment);
    put("fixtureDefinition", targets.definition);
    put("fixtureKey", Targets.PROCESS_KEY);
    put("fixtureFilter", targets.filter);
    put("fixtureAuthorization", targets.authorization);
    put("filter", targets.groupFilter);
    List<Authorization> own = engine.authorizations().createAuthorizationQuery().groupIdIn(role.group()).list();
    put("authorization", own.isEmpty() ? targets.authorization : own.get(0).getId());
    put("probeBpmn", Targets.probeBpmn());
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    put("today", today.toString());
    put("weekAgo", today.minusDays(7).toString());
  }

  private void put(String name, String value) {
    values.put(name, value);
  }

  String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("The catalogue names ${" + name + "}, which the case does not bind");
    }
    return value;
  }

  /** The text with every {@code ${placeholder}} replaced ({@code tag}: unique per request). */
  String fill(String text, boolean urlEncode) {
    if (text == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group(1).equals("tag") ? doorCase.tag() + "-" + PROBES.incrementAndGet() : get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(urlEncode ? URLEncoder.encode(value, StandardCharsets.UTF_8)
          : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Instance, task, variable and detail of one part of the case (null where that part has none). */
  record Part(String instance, String task, String variableName, String variable, String detail) {
  }

  Part part(Subject subject) {
    DoorCase c = doorCase;
    return switch (subject) {
      case INTAKE -> new Part(c.intakeInstance(), c.intakeTask(), ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER,
          c.numberVariable(), c.numberDetail());
      case SUPPORT -> new Part(c.supportInstance(), c.supportTask(), ReferralSupportProcess.Vars.SUPPORT_SUMMARY,
          c.summaryVariable(), c.summaryDetail());
      case REPORT_REFERRAL -> new Part(c.referralInstance(), null, ReferralProcess.Vars.REPORT_TEXT,
          c.reportTextVariable(), c.reportTextDetail());
    };
  }

  /** Paths whose {id} is a part of the case: a read there is tried on every part. */
  static boolean partBound(String path) {
    return path.matches("/(task|process-instance|history/process-instance|variable-instance|history/variable-instance"
        + "|history/detail)/\\{id}.*") || path.matches("/execution/\\{id}(?!/messageSubscriptions).*");
  }

  /**
   * The value of a path parameter the probe does not set itself: what the operation is about in the case ({@code
   * start}: the referral, which officials start; else the intake).
   */
  String pathParameter(String path, String name, Part part, boolean start) {
    switch (name) {
      case "varName":
        return part.variableName();
      case "commentId":
        return get("comment");
      case "attachmentId":
        return get("attachment");
      case "tenant-id":
        return get("centre");
      case "metrics-name":
        return "activity-instance-start";
      case "messageName":
        return get("message");
      case "resourceId":
        return get("resource");
      case "operationId":
        return get("operationId");
      case "userId":
        return get("self");
      case "groupId":
        return get("group");
      case "engine":
      case "processEngineName":
        return "default";
      case "key":
        if (path.startsWith("/decision")) {
          return DoorCase.ROUTING_DECISION;
        }
        return start ? ReferralProcess.KEY : ReportOfConcernProcess.KEY;
      case "id":
        return id(path, part, start);
      default:
        throw new IllegalStateException("No binding for {" + name + "} in " + path
            + ": set it in the catalogue ({" + name + "}=...)");
    }
  }

  private String id(String path, Part part, boolean start) {
    if (path.startsWith("/task/")) {
      return part.task();
    }
    if (path.startsWith("/process-instance/") || path.startsWith("/history/process-instance/")) {
      return part.instance();
    }
    if (path.startsWith("/execution/")) {
      return path.contains("/messageSubscriptions/") ? get("messageExecution") : part.instance();
    }
    if (path.startsWith("/variable-instance/") || path.startsWith("/history/variable-instance/")) {
      return part.variable();
    }
    if (path.startsWith("/history/detail/")) {
      return part.detail();
    }
    Map<String, String> byPrefix = new LinkedHashMap<>();
    byPrefix.put("/process-definition/", start ? get("referralDefinition") : get("intakeDefinition"));
    byPrefix.put("/history/process-definition/", get("intakeDefinition"));
    byPrefix.put("/decision-definition/", get("decisionDefinition"));
    byPrefix.put("/decision-requirements-definition/", "no-such-decision-requirements");
    byPrefix.put("/history/decision-requirements-definition/", "no-such-decision-requirements");
    byPrefix.put("/deployment/", get("deployment"));
    byPrefix.put("/history/activity-instance/", get("activityInstance"));
    byPrefix.put("/history/decision-instance/", get("decisionInstance"));
    byPrefix.put("/history/external-task-log/", "no-such-external-task-log");
    byPrefix.put("/external-task/", "no-such-external-task");
    byPrefix.put("/history/job-log/", get("jobLog"));
    byPrefix.put("/history/batch/", "no-such-batch");
    byPrefix.put("/batch/", "no-such-batch");
    byPrefix.put("/job/", get("job"));
    byPrefix.put("/job-definition/", get("jobDefinition"));
    byPrefix.put("/incident/", get("incident"));
    byPrefix.put("/filter/", get("filter"));
    byPrefix.put("/group/", get("group"));
    byPrefix.put("/user/", get("self"));
    byPrefix.put("/tenant/", get("centre"));
    byPrefix.put("/authorization/", get("authorization"));
    for (Map.Entry<String, String> prefix : byPrefix.entrySet()) {
      if (path.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    throw new IllegalStateException("No binding for {id} in " + path + ": set it in the catalogue ({id}=...)");
  }
}
