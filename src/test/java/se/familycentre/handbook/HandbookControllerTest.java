package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.RestClient;
import se.familycentre.support.WebappLogin;

/** The running application serves the handbook of its deployed models at /handbook, to signed-in users only. */
@FamilyCentreSpringTest
class HandbookControllerTest {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(port);
  }

  @Test
  void anonymousVisitorsGetASwedishPageWithTheWebappsLoginAndNoPasswordPrompt() {
    for (String path : new String[] {"/handbook", "/handbook/", "/handbook/index.html"}) {
      HttpResponse<String> refused = rest.anonymousGet(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(401);
      // no Basic challenge: the browser shows our page instead of a password prompt, and remembers nothing
      assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
      assertThat(refused.body()).contains("<html lang=\"sv\">").contains("Logga in för att läsa handboken")
          .contains("<a href=\"/camunda/app/tasklist/\">Tasklist</a>")
          .contains("<a href=\"/camunda/app/cockpit/\">Cockpit</a>")
          .doesNotContain("Steg för steg");
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithoutAChallengeAndTheRightOneWorksAfterTheShortDelay() {
    HttpResponse<String> wrong = rest.get("/handbook", "ingrid.wallin", "wrong");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(wrong.body()).contains("Användarnamnet eller lösenordet stämde inte.");
    assertThat(RestClient.whileDelayed(() -> rest.get("/handbook", "ingrid.wallin", "demo"),
        HttpResponse::statusCode).statusCode()).isEqualTo(200);
  }

  @Test
  void someoneSignedInToCockpitOrTasklistReadsItWithTheWebappsSession() {
    WebappLogin auditor = new WebappLogin(port).open();
    assertThat(auditor.get("/handbook").statusCode()).as("not yet signed in").isEqualTo(401);
    assertThat(auditor.login("cockpit", "ingrid.wallin", "demo").statusCode()).isEqualTo(200);

    HttpResponse<String> index = auditor.get("/handbook");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<h1>Handbok för granskning</h1>");
    assertThat(auditor.get("/handbook/index.html").statusCode()).isEqualTo(200);

    assertThat(auditor.logout().statusCode()).isEqualTo(200);
    assertThat(auditor.get("/handbook").statusCode()).as("signed out").isEqualTo(401);

    WebappLogin official = new WebappLogin(port).open();
    assertThat(official.login("tasklist", "erik.johansson", "demo").statusCode()).isEqualTo(200);
    assertThat(official.get("/handbook").body()).contains("<h1>Handbok för granskning</h1>");
  }

  @Test
  void anAuditorReadsTheHandbookOfTheDeployedModels() {
    HttpResponse<String> index = rest.get("/handbook", "ingrid.wallin", "demo");

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
    assertThat(index.body()).startsWith("<!DOCTYPE html>").contains("<h1>Handbok för granskning</h1>")
        .contains("Lagstöd och avtal").contains("Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 §");
    assertThat(HandbookGeneratorTest.EXTERNAL.matcher(index.body()).find()).isFalse();
    assertThat(rest.get("/handbook/", "ingrid.wallin", "demo").body()).isEqualTo(index.body());

    // every process and decision deployed from processes/ has its page, linked from the index (other tests deploy
    // throwaway models of their own into the shared test database; those are no part of the product)
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (!definition.getResourceName().contains("processes/")) {
        continue;
      }
      String page = "/handbook/" + HtmlWriter.processPage(definition.getKey());
      assertThat(index.body()).contains("href=\"" + page + "\"");
      HttpResponse<String> process = rest.get(page, "ingrid.wallin", "demo");
      assertThat(process.statusCode()).isEqualTo(200);
      assertThat(process.body()).contains("<code>" + HtmlWriter.esc(definition.getKey()) + "</code>")
          .contains("<svg class=\"diagram\"").contains("Steg för steg");
    }
    for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
      if (!definition.getResourceName().contains("processes/")) {
        continue;
      }
      String page = "/handbook/" + HtmlWriter.decisionPage(definition.getKey());
      assertThat(index.body()).contains("href=\"" + page + "\"");
      assertThat(rest.get(page, "ingrid.wallin", "demo").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theModelsAreReadFromTheClasspathWithTheirPaths() {
    assertThat(HandbookController.classpath("handbook/processes", ".bpmn")).extracting(s -> s.path())
        .containsExactly("handbook/processes/fixture/handbookFixtureProgramme.bpmn",
            "handbook/processes/fixture/handbookFixtureReferral.bpmn");
    assertThat(HandbookController.classpath("handbook/forms", ".form")).hasSize(3)
        .allSatisfy(s -> assertThat(new String(s.content(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("\"id\": \"handbookFixture"));
  }

  @Test
  void anyOfficialMayReadItAndUnknownPagesAreNotFound() {
    assertThat(rest.get("/handbook/index.html", "erik.johansson", "demo").statusCode()).isEqualTo(200);
    assertThat(rest.get("/handbook/process-doesNotExist.html", "ingrid.wallin", "demo").statusCode())
        .isEqualTo(404);
  }
}
