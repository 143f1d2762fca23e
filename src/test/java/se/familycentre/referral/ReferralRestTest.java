package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.web.ForgedRequestFilter;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * The referral path through the real REST API as Tasklist uses it: bad input is refused with 400 and a Swedish
 * message and nothing is saved; a task cancelled by a consent withdrawal answers 404 and nothing changes.
 */
@FamilyCentreSpringTest
class ReferralRestTest {

  static final String SUBMIT = "/engine-rest/process-definition/key/familyReferralProcess/submit-form";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    rest = new Rest(port);
  }

  /** The start form as Tasklist submits it, from the referral's start facade. */
  static String startForm(String centre, List<String> concerns, String description) {
    return Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(ReferralStart.at(centre).by("bvc")
        .activity("CHILD_HEALTH_VISIT").ageBand("AGE_1_3").concerns(concerns).urgency("NORMAL")
        .description(description).submitted())).toString();
  }

  long referralCount() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY).count();
  }

  long figureRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM fc_referral_case", Long.class);
  }

  @Test
  void aReferralStartedThroughTheStartFormGetsAReadableIdAndItsCentre() {
    Rest.Answer answer = rest.post("erik.johansson", SUBMIT, startForm("danderyd-morby", List.of("PARENTING"), "Kort"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    String id = answer.json().get("id").asText();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(pi.getBusinessKey()).matches("REF-\\d{4}-\\d{6}");
    assertThat(pi.getTenantId()).isEqualTo("danderyd-morby");
    assertThat(pi).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT);
    assertThat(rest.get("erik.johansson", "/engine-rest/task?processInstanceId=" + id).json()).hasSize(1);
  }

  @Test
  void anUnknownCentreIsRefusedWith400AndNothingIsSaved() {
    long before = referralCount();
    long rows = figureRows();
    Rest.Answer answer = rest.post("erik.johansson", SUBMIT, startForm("atlantis", List.of("PARENTING"), "Kort"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText())
        .contains("Fältet \"Familjecentral\" har inte alternativet \"atlantis\"");
    assertThat(referralCount()).isEqualTo(before);
    assertThat(figureRows()).isEqualTo(rows);
  }

  @Test
  void aCentreWhereTheStarterDoesNotWorkIsRefused() {
    long before = referralCount();
    Rest.Answer answer = rest.post("erik.johansson", SUBMIT,
        startForm("stockholm-rinkeby", List.of("PARENTING"), "Kort"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Du arbetar inte vid familjecentralen");
    assertThat(referralCount()).isEqualTo(before);
  }

  @Test
  void anEmptyConcernIsRefusedWith400AndNothingIsSaved() {
    long before = referralCount();
    long rows = figureRows();
    Rest.Answer answer = rest.post("erik.johansson", SUBMIT, startForm("danderyd-morby", List.of(), "Kort"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Ange minst ett område som oron gäller");
    assertThat(referralCount()).isEqualTo(before);
    assertThat(figureRows()).isEqualTo(rows);
  }

  @Test
  void aTooLongFreeTextIsRefused() {
    Rest.Answer answer = rest.post("erik.johansson", SUBMIT,
        startForm("danderyd-morby", List.of("PARENTING"), "x".repeat(501)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("högst 500 tecken");
  }

  @Test
  void anInvalidPersonalIdentityNumberIsRefusedWith400AndTheReportStaysUnsent() {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    Task write = s.task(referral, ReferralProcess.Ids.WRITE_REPORT);
    Rest.Answer answer = rest.post("erik.johansson", "/engine-rest/task/" + write.getId() + "/submit-form", """
        {"variables": {"childPersonalIdentityNumber": {"value": "20230115-0009", "type": "String"},
                       "reportText": {"value": "Barnet har blåmärken", "type": "String"}}}""");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Personnumrets kontrollsiffra stämmer inte");
    assertThat(s.task(referral, ReferralProcess.Ids.WRITE_REPORT).getId()).isEqualTo(write.getId());
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Vars.REPORT_TEXT)).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count()).isZero();

    Rest.Answer date = rest.post("erik.johansson", "/engine-rest/task/" + write.getId() + "/complete", """
        {"variables": {"childPersonalIdentityNumber": {"value": "20231301-0000", "type": "String"},
                       "reportText": {"value": "Barnet har blåmärken", "type": "String"}}}""");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().get("message").asText()).contains("inget giltigt födelsedatum");
  }

  @Test
  void aConsentValidUntilInThePastIsRefusedWith400AndNothingIsShared() {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "PARENTING");
    Task consent = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT);
    Rest.Answer answer = rest.post("erik.johansson", "/engine-rest/task/" + consent.getId() + "/submit-form", """
        {"variables": {"consentGiven": {"value": true, "type": "Boolean"},
          "consentOrganisations": {"value": "[\\"SOCIAL_SERVICES\\"]", "type": "Json"},
          "consentSharedInformation": {"value": "Oro för föräldraskapet", "type": "String"},
          "consentPurpose": {"value": "Föräldraskapsstöd", "type": "String"},
          "consentValidUntil": {"value": "%s", "type": "String"},
          "jointCustody": {"value": false, "type": "Boolean"}}}""".formatted(LocalDate.now().minusDays(1)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Samtycket måste gälla till ett datum i framtiden");
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECORD_CONSENT);
    assertThat(s.offers(referral.getBusinessKey())).isEmpty();
    assertThat(s.caseRow(referral.getBusinessKey()).get("CONSENT")).isNull();
  }

  @Test
  void aConsentWithdrawalAForeignPageCouldSendIsRefusedAndTheReferralStillWaits() {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "PARENTING");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT),
        ReferralTestSupport.consent("SOCIAL_SERVICES"));
    String withdraw = "/api/referral/" + referral.getBusinessKey() + "/consent-withdrawn";

    // a plain HTML form on another site, posted by the browser with erik's remembered credentials
    Rest.Answer form = rest.postRaw("erik.johansson", withdraw,
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "reason=x");
    assertThat(form.status()).as(form.body()).isEqualTo(403);
    assertThat(form.json().get("type").asText()).isEqualTo("ForgedRequestRefused");
    assertThat(form.json().get("message").asText()).contains("huvudet X-Requested-By: familjecentral")
        .contains("en JSON-kropp (Content-Type: application/json, inte application/x-www-form-urlencoded)")
        .contains("ingenting har ändrats");
    // text/plain, even with our header; JSON without it
    Rest.Answer text = rest.postRaw("erik.johansson", withdraw, Map.of("Content-Type", "text/plain",
        ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE), "{}");
    assertThat(text.status()).isEqualTo(403);
    assertThat(text.json().get("message").asText()).contains("JSON-kropp").doesNotContain("X-Requested-By");
    Rest.Answer json = rest.postRaw("erik.johansson", withdraw, Map.of("Content-Type", "application/json"), "{}");
    assertThat(json.status()).isEqualTo(403);
    assertThat(json.json().get("message").asText()).contains("X-Requested-By").doesNotContain("JSON-kropp");
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECEIVER_WORK);

    Rest.Answer withdrawn = rest.post("erik.johansson", withdraw, null);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END);
  }

  @Test
  void aTaskCancelledByAConsentWithdrawalAnswers404AndNothingChanges() {
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);
    Task accept = s.task(support, ReferralSupportProcess.Ids.ACCEPT_REFERRAL);
    String withdraw = "/api/referral/" + referral.getBusinessKey() + "/consent-withdrawn";

    assertThat(rest.post("amira.hassan", withdraw, null).status()).as("other centre").isEqualTo(403);
    assertThat(rest.post("johan.holm", withdraw, null).status()).as("other organisation").isEqualTo(403);
    assertThat(rest.post(null, withdraw, null).status()).isEqualTo(401);
    assertThat(referral).isWaitingAt(ReferralProcess.Ids.RECEIVER_WORK);
    assertThat(support).isWaitingAt(ReferralSupportProcess.Ids.ACCEPT_REFERRAL);

    Rest.Answer withdrawn = rest.post("erik.johansson", withdraw, null);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END);
    assertThat(support).isEnded();

    long variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(referral.getId(), support.getId()).count();
    Rest.Answer complete = rest.post("sara.berg", "/engine-rest/task/" + accept.getId() + "/complete", """
        {"variables": {"accepted": {"value": "true", "type": "String"}}}""");
    assertThat(complete.status()).as(complete.body()).isEqualTo(404);
    assertThat(complete.body()).contains(accept.getId());
    Rest.Answer submit = rest.post("sara.berg", "/engine-rest/task/" + accept.getId() + "/submit-form", """
        {"variables": {"accepted": {"value": "true", "type": "String"}}}""");
    assertThat(submit.status()).as(submit.body()).isEqualTo(404);
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(referral.getId(), support.getId()).count()).isEqualTo(variables);
    assertThat(rest.post("erik.johansson", withdraw, null).status()).as("already ended").isEqualTo(404);
  }

  @Test
  void theReceivingOrganisationMayRecordAWithdrawalWhichEndsItsOwnInstance() {
    // who may withdraw is read from the referral (its referring and target groups), not from the receiver's instance
    ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
    ProcessInstance support = s.support(referral);
    String withdraw = "/api/referral/" + referral.getBusinessKey() + "/consent-withdrawn";
    assertThat(rest.post("maria.nilsson", withdraw, null).status()).as("neither referrer nor receiver")
        .isEqualTo(403);

    Rest.Answer withdrawn = rest.post("sara.berg", withdraw, null);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(support).isEnded().hasNotPassed(ReferralSupportProcess.Ids.RECORD_RECEIVER_ANSWER);
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END);
  }
}
