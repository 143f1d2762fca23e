package se.familycentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappSession;

/**
 * A refused answer reads as one Swedish sentence through both doors that complete tasks and start cases: Camunda
 * REST ({@code /engine-rest}) and the webapps' engine API ({@code /camunda/api/engine}, Tasklist's own), without the
 * text Camunda puts around it ("Cannot submit task form 452eab96-…: ", "Cannot instantiate process definition …").
 */
@FamilyCentreSpringTest
class RefusalSentenceTest {

  static final String NO_REASON = "Ett avslag på tilläggsavtal måste motiveras: skriv skälen.";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private Task assessment() {
    EstablishmentCases cases = new EstablishmentCases(engine);
    ProcessInstance pi = cases.start(EstablishmentCases.uniqueId("sentence"));
    engine.getTaskService().complete(cases.task(pi, Ids.APPLY_FOR_AGREEMENT).getId(),
        EstablishmentCases.application(true, false, "2026-01-15"));
    return cases.task(pi, Ids.ASSESS_AGREEMENT);
  }

  @Test
  void aRefusedTaskFormIsAnsweredWithTheRefusalsOwnSentenceThroughCamundaRest() {
    Task task = assessment();

    Rest.Answer answer = new Rest(port).post("eva.lund", "/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"agreementDecision\":{\"value\":\"REJECT\"}}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).isEqualTo(NO_REASON);
  }

  @Test
  void aRefusedTaskFormIsAnsweredWithTheRefusalsOwnSentenceThroughTasklistsDoor() {
    Task task = assessment();
    WebappSession tasklist = WebappSession.signIn(port, engine, "eva.lund", "tasklist");

    Rest.Answer answer = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"agreementDecision\":{\"value\":\"REJECT\"}}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).isEqualTo(NO_REASON);
  }

  @Test
  void aRefusedStartFormIsAnsweredWithTheRefusalsOwnSentenceThroughBothDoors() throws Exception {
    String body = "{\"variables\":"
        + Rest.JSON.writeValueAsString(se.familycentre.establishment.EstablishmentStart.named("Familjecentralen")
            .in("Atlantis", null).initiative("MOTION", "Ledamot").reportBackBy(java.time.LocalDate.now().plusMonths(3))
            .submitted()) + "}";
    String path = "/process-definition/key/" + EstablishmentProcess.KEY + "/submit-form";

    Rest.Answer rest = new Rest(port).post("karin.ek", "/engine-rest" + path, body);
    Rest.Answer webapp = WebappSession.signIn(port, engine, "karin.ek", "tasklist").engine("POST", path, body);

    for (Rest.Answer answer : java.util.List.of(rest, webapp)) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().path("message").asText()).startsWith("Fältet \"Kommun\" har inte alternativet \"Atlantis\"")
          .doesNotContain("Cannot").doesNotContain(":familyCentreEstablishmentProcess");
    }
  }
}
