package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.support.FamilyCentreSpringTest;

/** Wrong answers through Camunda's REST API (400, Swedish message, task still open). */
@FamilyCentreSpringTest
class EstablishmentRestTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyCentreRegister register;

  EstablishmentCases cases;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    cases = new EstablishmentCases(engine);
  }

  HttpResponse<String> post(String path, String user, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(
            StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aLaunchBeforeTheLastCommitteeDecisionIsRefusedThroughTheRestApi() throws Exception {
    String id = EstablishmentCases.uniqueId("rest-launch");
    ProcessInstance pi = cases.start(id);
    cases.investigate(pi, "socialnamnden");
    cases.approveAll(pi, "2022-04-20", "socialnamnden");
    cases.apply(pi, true, false, "2022-01-15");
    cases.grantAgreement(pi, "2022-03-01");
    cases.coLocate(pi, true, true, true, true);
    Task launch = cases.task(pi, Ids.LAUNCH_CENTRE);

    HttpResponse<String> response = post("/engine-rest/task/" + launch.getId() + "/complete", "lena.persson", """
        {"variables": {"launchDate": {"value": "2022-04-19"}, "sessionWeekday": {"value": "TUESDAY"},
          "sessionFrom": {"value": "09:30"}, "sessionTo": {"value": "12:00"}}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("före nämndernas sista beslut 2022-04-20");
    assertThat(cases.task(pi, Ids.LAUNCH_CENTRE).getId()).isEqualTo(launch.getId());
    assertThat(register.status(id)).isEqualTo(CentreStatus.CO_LOCATING);
    assertThat(register.schedule(id)).isEmpty();
  }

  @Test
  void anAgreementFromBeforeItsApplicationAndAMissingAnswerAreRefusedThroughTheRestApi() throws Exception {
    String id = EstablishmentCases.uniqueId("rest-agreement");
    ProcessInstance pi = cases.start(id);
    cases.apply(pi, true, false, "2022-01-15");
    Task assessment = cases.task(pi, Ids.ASSESS_AGREEMENT);

    HttpResponse<String> early = post("/engine-rest/task/" + assessment.getId() + "/submit-form", "eva.lund", """
        {"variables": {"requirementBasicContract": {"value": true}, "requirementFourLegs": {"value": true},
          "requirementTargetGroup": {"value": true}, "requirementJointNeedsAnalysis": {"value": true},
          "coLocationLevel": {"value": "2"}, "agreementDecision": {"value": "GRANT"},
          "agreementFrom": {"value": "2021-12-01"}}}""");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("före ansökningsdatumet 2022-01-15");

    HttpResponse<String> noReason = post("/engine-rest/task/" + assessment.getId() + "/complete", "eva.lund", """
        {"variables": {"agreementDecision": {"value": "REJECT"}}}""");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("måste motiveras");

    assertThat(cases.task(pi, Ids.ASSESS_AGREEMENT).getId()).isEqualTo(assessment.getId());
    assertThat(register.centre(id).orElseThrow().agreement()).isNull();
  }
}
