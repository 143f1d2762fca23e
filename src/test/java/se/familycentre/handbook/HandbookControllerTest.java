package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappLogin;

/** The running application serves the handbook of its deployed models at /handbook, to signed-in users only. */
@FamilyCentreSpringTest
class HandbookControllerTest {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

  Rest rest;

  @BeforeEach
  void client() {
    rest = new Rest(port);
  }

  @Test
  void anonymousVisitorsGetASwedishPageWithTheWebappsLoginAndNoPasswordPrompt() {
    for (String path : new String[] {"/handbook", "/handbook/", "/handbook/index.html"}) {
      Rest.Answer refused = rest.anonymousGet(path);
      assertThat(refused.status()).as(path).isEqualTo(401);
      // no Basic challenge: the browser shows our page instead of a password prompt, and remembers nothing
      assertThat(refused.header("WWW-Authenticate")).as(path).isEmpty();
      assertThat(refused.header("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
      assertThat(refused.body()).contains("<html lang=\"sv\">").contains("Logga in för att läsa handboken")
          .contains("<a href=\"/camunda/app/tasklist/\">Tasklist</a>")
          .contains("<a href=\"/camunda/app/cockpit/\">Cockpit</a>")
          .doesNotContain("Steg för steg");
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithoutAChallengeAndTheRightOneWorksAfterTheShortDelay() {
    Rest.Answer wrong = rest.get("ingrid.wallin", "wrong", "/handbook");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).isEmpty();
    assertThat(wrong.body()).contains("Användarnamnet eller lösenordet stämde inte.");
    assertThat(Rest.whileDelayed(() -> rest.get("ingrid.wallin", "/handbook")).status()).isEqualTo(200);
  }

  @Test
  void someoneSignedInToCockpitOrTasklistReadsItWithTheWebappsSession() {
    WebappLogin auditor = new WebappLogin(port).open();
    assertThat(auditor.get("/handbook").status()).as("not yet signed in").isEqualTo(401);
    assertThat(auditor.login("cockpit", "ingrid.wallin", "demo").status()).isEqualTo(200);

    Rest.Answer index = auditor.get("/handbook");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<h1>Handbok för granskning</h1>");
    assertThat(auditor.get("/handbook/index.html").status()).isEqualTo(200);

    assertThat(auditor.logout().status()).isEqualTo(200);
    assertThat(auditor.get("/handbook").status()).as("signed out").isEqualTo(401);

    WebappLogin official = new WebappLogin(port).open();
    assertThat(official.login("tasklist", "erik.johansson", "demo").status()).isEqualTo(200);
    assertThat(official.get("/handbook").body()).contains("<h1>Handbok för granskning</h1>");
  }

  @Test
  void anAuditorReadsTheHandbookOfTheDeployedModels() {
    Rest.Answer index = rest.get("ingrid.wallin", "/handbook");

    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
    assertThat(index.body()).startsWith("<!DOCTYPE html>").contains("<h1>Handbok för granskning</h1>")
        .contains("Lagstöd och avtal").contains("Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 §");
    assertThat(HandbookGeneratorTest.EXTERNAL.matcher(index.body()).find()).isFalse();
    assertThat(rest.get("ingrid.wallin", "/handbook/").body()).isEqualTo(index.body());

    // every process and decision deployed from processes/ has its page, linked from the index (other tests deploy
    // throwaway models of their own into the shared test database; those are no part of the product)
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (!definition.getResourceName().contains("processes/")) {
        continue;
      }
      String page = "/handbook/" + HtmlWriter.processPage(definition.getKey());
      assertThat(index.body()).contains("href=\"" + page + "\"");
      Rest.Answer process = rest.get("ingrid.wallin", page);
      assertThat(process.status()).isEqualTo(200);
      assertThat(process.body()).contains("<code>" + HtmlWriter.esc(definition.getKey()) + "</code>")
          .contains("<svg class=\"diagram\"").contains("Steg för steg");
    }
    for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
      if (!definition.getResourceName().contains("processes/")) {
        continue;
      }
      String page = "/handbook/" + HtmlWriter.decisionPage(definition.getKey());
      assertThat(index.body()).contains("href=\"" + page + "\"");
      assertThat(rest.get("ingrid.wallin", page).status()).isEqualTo(200);
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
    assertThat(rest.get("erik.johansson", "/handbook/index.html").status()).isEqualTo(200);
    assertThat(rest.get("ingrid.wallin", "/handbook/process-doesNotExist.html").status())
        .isEqualTo(404);
  }
}
