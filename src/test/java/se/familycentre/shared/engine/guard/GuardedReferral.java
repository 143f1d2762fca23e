package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralStart;
import se.familycentre.support.Rest;

/**
 * A referral as the guard tests need it: started through the REST API by erik.johansson (bvc, Danderyd/Mörby)
 * exactly as Tasklist starts it, waiting at his group's task "Dokumentera samtycke"; and that task's answers in the
 * shape Tasklist's Camunda Forms submits them (untyped values, the checklist as a Json typed JSON array, the
 * read-only fields with the values the case holds).
 */
final class GuardedReferral {

  static final String STARTER = "erik.johansson";
  static final String START_FORM = "/engine-rest/process-definition/key/" + ReferralProcess.KEY + "/submit-form";
  static final String START = "/engine-rest/process-definition/key/" + ReferralProcess.KEY + "/start";

  final String processInstanceId;
  final String caseReference;
  final String consentTaskId;

  private GuardedReferral(String processInstanceId, String caseReference, String consentTaskId) {
    this.processInstanceId = processInstanceId;
    this.caseReference = caseReference;
    this.consentTaskId = consentTaskId;
  }

  /** The start form's fields as Tasklist submits them. */
  static ObjectNode startForm() {
    return Rest.JSON.valueToTree(ReferralStart.at(DemoUsers.DANDERYD_MORBY).by("bvc").activity("CHILD_HEALTH_VISIT")
        .ageBand("AGE_1_3").concerns("PARENTING").urgency("NORMAL").description("Föräldern känner sig osäker.")
        .submitted());
  }

  static GuardedReferral start(Rest rest, ProcessEngine engine) {
    Rest.Answer started = rest.post(STARTER, START_FORM, body(startForm()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    Task consent = engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(ReferralProcess.Ids.RECORD_CONSENT).singleResult();
    assertThat(consent).as("waiting at " + ReferralProcess.Ids.RECORD_CONSENT).isNotNull();
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult()
        .getBusinessKey();
    return new GuardedReferral(id, reference, consent.getId());
  }

  /** "Dokumentera samtycke" answered as Tasklist submits it, read-only fields included as the case holds them. */
  ObjectNode tasklistConsent(String centreName) {
    ObjectNode variables = Rest.JSON.createObjectNode();
    untyped(variables, ReferralProcess.Vars.CASE_REFERENCE, caseReference);
    untyped(variables, ReferralProcess.Vars.CENTRE_NAME, centreName);
    variables.setAll((ObjectNode) Rest.JSON.valueToTree(ConsentAnswers.given("SOCIAL_SERVICES")
        .sharing("Oro för föräldraskapet").purpose("Föräldraskapsstöd").validUntil(LocalDate.now().plusMonths(6))
        .soleCustody().child(DemoFamilies.personalIdentityNumber(LocalDate.now().minusDays(1500), 12))
        .guardian(1, "Sofia Lindberg", DemoFamilies.personalIdentityNumber(LocalDate.of(1991, 4, 17), 12),
            DemoFamilies.fictionPhone(12)).submitted()));
    return variables;
  }

  static void untyped(ObjectNode variables, String name, String value) {
    variables.putObject(name).put("value", value);
  }

  static String body(JsonNode variables) {
    ObjectNode body = Rest.JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  String submit() {
    return "/engine-rest/task/" + consentTaskId + "/submit-form";
  }

  String complete() {
    return "/engine-rest/task/" + consentTaskId + "/complete";
  }

  boolean consentTaskOpen(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskId(consentTaskId).count() == 1;
  }
}
