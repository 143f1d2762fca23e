package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.demo.DemoUsers;
import se.familycentre.organisation.Groups;
import se.familycentre.shared.engine.guard.form.SignedInOptions;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappSession;

/**
 * Issue 13 §3, pick, don't type: the referral's start form as the engine hands it out (deployed-start-form, through
 * Camunda REST by key and by id and through the webapps' engine API Tasklist loads it from) offers the signed-in
 * official's own centres by name and own organisations, preselected when there is one, and never a centre the
 * official does not work at; the deployed file itself only declares that its options are the official's
 * ({@code valuesKey}). A start with a centre or organisation the official was not offered is refused, naming the
 * field.
 */
@FamilyCentreSpringTest
class ReferralStartFormTest {

  static final String BY_KEY = "/process-definition/key/" + ReferralProcess.KEY;
  static final String TWO_CENTRES = "test.tva.centraler";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired List<SignedInOptions> providers;
  @LocalServerPort int port;
  Rest rest;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
    if (identityService.createUserQuery().userId(TWO_CENTRES).count() == 0) {
      User user = identityService.newUser(TWO_CENTRES);
      user.setFirstName("Test");
      user.setLastName("Två centraler");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(TWO_CENTRES, Groups.BVC.id);
      identityService.createTenantUserMembership(DemoUsers.DANDERYD_MORBY, TWO_CENTRES);
      identityService.createTenantUserMembership(DemoUsers.STOCKHOLM_RINKEBY, TWO_CENTRES);
    }
  }

  @AfterEach
  void tearDown() {
    identityService.deleteUser(TWO_CENTRES);
  }

  private String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ReferralProcess.KEY)
        .latestVersion().singleResult().getId();
  }

  /** The start form as each door hands it to the user: REST by key, REST by id, Tasklist's engine API. */
  private List<JsonNode> throughEveryDoor(String user) {
    return throughEveryDoor(user, "tasklist");
  }

  /** {@code app}: the webapp the user signs in to (managers and auditors work in Cockpit, not in Tasklist). */
  private List<JsonNode> throughEveryDoor(String user, String app) {
    String byId = "/process-definition/" + definitionId();
    List<JsonNode> forms = new ArrayList<>();
    for (String path : List.of(BY_KEY, byId)) {
      Rest.Answer answer = rest.get(user, "/engine-rest" + path + "/deployed-start-form");
      assertThat(answer.status()).as(user + " " + path + ": " + answer.body()).isEqualTo(200);
      forms.add(answer.json());
    }
    Rest.Answer webapp = WebappSession.signIn(port, engine, user, app)
        .engine("GET", byId + "/deployed-start-form", null);
    assertThat(webapp.status()).as(user + " through Tasklist's door: " + webapp.body()).isEqualTo(200);
    forms.add(webapp.json());
    return forms;
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  private static List<String> offered(JsonNode field, String part) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(option -> values.add(option.path(part).asText()));
    return values;
  }

  @Test
  void theDeployedFileDeclaresThatItsCentresAndOrganisationsAreTheSignedInOfficials() throws Exception {
    try (InputStream file = formService.getDeployedStartForm(definitionId())) {
      JsonNode form = Rest.JSON.readTree(file);
      JsonNode centre = field(form, ReferralProcess.Vars.CENTRE_ID);
      assertThat(centre.path("type").asText()).isEqualTo("select");
      assertThat(centre.path("label").asText()).isEqualTo("Familjecentral");
      assertThat(centre.path("validate").path("required").asBoolean()).isTrue();
      assertThat(centre.path("valuesKey").asText()).isEqualTo(ReferrerCentres.VALUES_KEY);
      assertThat(centre.has("values")).isFalse();
      assertThat(field(form, ReferralProcess.Vars.REFERRING_GROUP).path("valuesKey").asText())
          .isEqualTo(ReferrerGroups.VALUES_KEY);
    }
  }

  @Test
  void everyValuesKeyOfOurFormsIsAnsweredByTheServer() throws Exception {
    List<String> keys = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("forms"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        Rest.JSON.readTree(file.toFile()).findValues("valuesKey").forEach(key -> keys.add(key.asText()));
      }
    }
    assertThat(keys).containsExactlyInAnyOrder(ReferrerCentres.VALUES_KEY, ReferrerGroups.VALUES_KEY);
    assertThat(providers.stream().map(SignedInOptions::valuesKey)).containsAll(keys);
  }

  @Test
  void anOfficialAtOneCentreGetsThatCentreByNamePreselectedThroughEveryDoor() {
    for (JsonNode form : throughEveryDoor("erik.johansson")) {
      JsonNode centre = field(form, ReferralProcess.Vars.CENTRE_ID);
      assertThat(offered(centre, "value")).containsExactly(DemoUsers.DANDERYD_MORBY);
      assertThat(offered(centre, "label")).containsExactly("Familjecentralen Mörby");
      assertThat(centre.path("defaultValue").asText()).isEqualTo(DemoUsers.DANDERYD_MORBY);
      assertThat(centre.has("valuesKey")).isFalse();
      JsonNode group = field(form, ReferralProcess.Vars.REFERRING_GROUP);
      assertThat(offered(group, "value")).containsExactly("bvc");
      assertThat(offered(group, "label")).containsExactly("Barnhälsovård (BVC)");
      assertThat(group.path("defaultValue").asText()).isEqualTo("bvc");
      assertThat(group.has("valuesKey")).isFalse();
    }
  }

  @Test
  void anOfficialAtTwoCentresGetsBothByNameAndNonePreselected() {
    for (JsonNode form : throughEveryDoor(TWO_CENTRES)) {
      JsonNode centre = field(form, ReferralProcess.Vars.CENTRE_ID);
      assertThat(offered(centre, "label")).containsExactly("Familjecentralen Mörby", "Familjecentralen Rinkeby");
      assertThat(offered(centre, "value")).containsExactly(DemoUsers.DANDERYD_MORBY, DemoUsers.STOCKHOLM_RINKEBY);
      assertThat(centre.has("defaultValue")).isFalse();
    }
  }

  @Test
  void managersAndAuditorsWhoBelongToEveryCentreAsGroupsAreOfferedNoCentreAndNoOrganisation() {
    for (String overseer : List.of("per.andersson", "ingrid.wallin")) {
      for (JsonNode form : throughEveryDoor(overseer, "cockpit")) {
        assertThat(offered(field(form, ReferralProcess.Vars.CENTRE_ID), "value")).as(overseer).isEmpty();
        assertThat(offered(field(form, ReferralProcess.Vars.REFERRING_GROUP), "value")).as(overseer).isEmpty();
        assertThat(form.toString()).as(overseer).doesNotContain("Familjecentralen Mörby")
            .doesNotContain("Familjecentralen Rinkeby");
      }
    }
  }

  @Test
  void aCoordinatorAtTwoCentresWhoStartsNoReferralsSeesOnlyHerOwnCentresAndNoOrganisation() {
    for (JsonNode form : throughEveryDoor("lena.persson")) {
      assertThat(offered(field(form, ReferralProcess.Vars.CENTRE_ID), "value"))
          .containsExactly(DemoUsers.DANDERYD_MORBY, DemoUsers.STOCKHOLM_RINKEBY);
      assertThat(offered(field(form, ReferralProcess.Vars.REFERRING_GROUP), "value")).isEmpty();
    }
  }

  @Test
  void anAdministratorIsOfferedEveryCentre() {
    JsonNode centre = field(rest.get("admin", "/engine-rest" + BY_KEY + "/deployed-start-form").json(),
        ReferralProcess.Vars.CENTRE_ID);
    assertThat(offered(centre, "value")).contains(DemoUsers.DANDERYD_MORBY, DemoUsers.STOCKHOLM_RINKEBY)
        .hasSize((int) identityService.createTenantQuery().count());
  }

  @Test
  void theOfficialAtTwoCentresStartsAtEitherAndIsRefusedAnyOther() {
    String submit = "/engine-rest" + BY_KEY + "/submit-form";
    for (String centre : List.of(DemoUsers.DANDERYD_MORBY, DemoUsers.STOCKHOLM_RINKEBY)) {
      Rest.Answer started = rest.post(TWO_CENTRES, submit, body(centre));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(started.json().get("id").asText())
          .singleResult().getTenantId()).isEqualTo(centre);
    }
    Rest.Answer refused = rest.post(TWO_CENTRES, submit, body("osteraker-akersberga"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .startsWith("Fältet \"Familjecentral\" har inte alternativet \"osteraker-akersberga\"; välj ett av "
            + "\"danderyd-morby\", \"stockholm-rinkeby\".")
        .endsWith("Du arbetar inte vid familjecentralen osteraker-akersberga och kan inte starta ärenden där.");
  }

  private static String body(String centre) {
    return Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(ReferralStart.at(centre).by("bvc")
        .activity("CHILD_HEALTH_VISIT").ageBand("AGE_1_3").concerns("PARENTING").urgency("NORMAL").submitted()))
        .toString();
  }
}
