package se.familycentre.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.engine.guard.OversizedTextGuard;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * The catalogue of bad input through the REST API (the same calls Tasklist makes): each gets a clear 4xx answer with
 * a message, and nothing is half saved (no process instance, no register row, the task still open). What the
 * establishment's own start form and tasks refuse is in {@link EstablishmentBadInputTest}.
 */
@FamilyCentreSpringTest
class BadInputCatalogueTest {

  static final String STARTER = "karin.ek";
  static final String START_FORM = "/engine-rest/process-definition/key/" + EstablishmentProcess.KEY + "/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FamilyCentreRegister register;

  Rest rest;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  /** Camunda REST's variables object for a start form, from plain values. */
  private String startBody(String businessKey, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return json.writeValueAsString(Map.of("businessKey", businessKey, "variables", variables));
  }

  private Rest.Answer start(String body) {
    return rest.post(STARTER, START_FORM, body);
  }

  private void assertNothingSavedFor(String centreId) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(centreId)
        .count()).as("no case, not even in history").isZero();
    assertThat(register.centre(centreId)).as("no register row").isEmpty();
  }

  @Test
  void malformedJsonIsRefusedWith400() {
    Rest.Answer response = start("{\"businessKey\": \"broken-json\", \"variables\": {");

    assertThat(response.status()).isEqualTo(400);
    // always our mapper's answer (se.familycentre.shared.web.UnreadableJson), never Camunda's empty message or
    // Jersey's bare Jackson text, whichever of those two happened to be registered first
    assertThat(response.body()).contains("\"type\":\"InvalidRequestException\"")
        .contains("Begäran är inte giltig JSON (rad 1, kolumn").contains("Unexpected end-of-input");
    assertNothingSavedFor("broken-json");
  }

  @Test
  void jsonOfTheWrongShapeIsRefusedWith400() {
    Rest.Answer response = start("{\"businessKey\": \"wrong-shape\", \"variables\": \"inga variabler\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"type\":\"InvalidRequestException\"")
        .contains("Begäran har inte den form som väntas");
    assertNothingSavedFor("wrong-shape");
  }

  @Test
  void aVariableOfTheWrongTypeIsRefusedWith400() {
    String id = EstablishmentCases.uniqueId("wrong-type");
    Rest.Answer response = start("{\"businessKey\":\"" + id + "\",\"variables\":{\"reportBackDate\":"
        + "{\"value\":\"inte ett datum\",\"type\":\"Date\"}}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Cannot convert value 'inte ett datum' of type 'Date'");
    assertNothingSavedFor(id);
  }

  @Test
  void anUnknownProcessOrDecisionKeyIsRefusedWith404() {
    Rest.Answer process = rest.post(STARTER, "/engine-rest/process-definition/key/noSuchProcess/start", "{}");
    Rest.Answer decision = rest.post("admin", "/engine-rest/decision-definition/key/noSuchDecision/evaluate",
        "{\"variables\":{}}");

    assertThat(process.status()).isEqualTo(404);
    assertThat(process.body()).contains("noSuchProcess");
    assertThat(decision.status()).isEqualTo(404);
    assertThat(decision.body()).contains("noSuchDecision");
  }

  @Test
  void oversizedTextIsRefusedWith400NamingTheField() throws Exception {
    se.familycentre.establishment.EstablishmentStart form = EstablishmentCases.formInitiative(
        EstablishmentCases.uniqueId("oversized"), "Lund");
    String id = form.centreId();
    Map<String, Object> initiative = form.variables();
    initiative.put("area", "x".repeat(OversizedTextGuard.MAX_TEXT_LENGTH + 1));

    Rest.Answer response = start(startBody(id, initiative));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("area").contains("högst 4000 tecken");
    assertNothingSavedFor(id);
  }

  @Test
  void textCarryingHtmlIsStoredAsTextAndAnsweredAsJsonNeverAsMarkup() throws Exception {
    se.familycentre.establishment.EstablishmentStart form = EstablishmentCases.formInitiative(
        EstablishmentCases.uniqueId("markup"), "Lund");
    String id = form.centreId();
    Map<String, Object> initiative = form.variables();
    String markup = "<script>alert('x')</script><b>Mörby</b>";
    initiative.put("centreName", markup);

    Rest.Answer started = start(startBody(id, initiative));
    Rest.Answer centre = rest.get("per.andersson", "/api/register/centres/" + id);

    assertThat(started.status()).isEqualTo(200);
    assertThat(centre.header("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(json.readTree(centre.body()).path("centre").path("name").asText()).isEqualTo(markup);
  }
}
