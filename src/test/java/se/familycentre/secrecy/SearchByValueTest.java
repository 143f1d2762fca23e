package se.familycentre.secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappLogin;

/**
 * Nobody counts, finds or orders cases by a secret: query criteria and sorting on a variable's value are allowed only
 * on the references the matrix makes searchable (the case number, the centre), whatever the door, and refused
 * with a clear message otherwise (an emptied answer would still tell by difference).
 */
@FamilyCentreSpringTest
class SearchByValueTest {

  static final List<String> EVERYONE_BUT_ADMIN = List.of("per.andersson", "ingrid.wallin", "erik.johansson",
      "johan.holm", "lena.persson", "sara.berg");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @LocalServerPort int port;
  Rest rest;
  SecretCases.Case report;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
    report = new SecretCases(runtimeService, taskService, historyService, identityService).reportOfConcern();
  }

  @Test
  void countingOrListingCasesByAPersonalIdentityNumberOrAFreeTextIsRefusedThroughEveryQuery() {
    String number = "childPersonalIdentityNumber_eq_" + report.childNumber();
    String words = "reportText_like_" + encode("%mat%");
    List<String> doors = List.of(
        "/engine-rest/history/process-instance/count?variables=" + number,
        "/engine-rest/history/process-instance?variables=" + words,
        "/engine-rest/process-instance/count?variables=" + number,
        "/engine-rest/process-instance?variables=" + words,
        "/engine-rest/execution/count?processVariables=" + number,
        "/engine-rest/task/count?processVariables=" + number,
        "/engine-rest/task?processVariables=" + words,
        "/engine-rest/history/task/count?processVariables=" + number,
        "/engine-rest/history/task?processVariables=" + words,
        "/engine-rest/variable-instance/count?variableValues=" + number,
        "/engine-rest/history/variable-instance/count?variableName=childPersonalIdentityNumber&variableValue="
            + report.childNumber());
    for (String user : EVERYONE_BUT_ADMIN) {
      for (String door : doors) {
        Rest.Answer answer = rest.get(user, door);
        assertThat(answer.status()).as(user + " " + door + ": " + answer.body()).isEqualTo(403);
        assertThat(answer.body()).as(user + " " + door).contains("Du får inte söka")
            .doesNotContain("\"count\"");
      }
    }
  }

  @Test
  void orQueriesSortingAndSavedFiltersCannotSearchBySecretsEither() {
    String criterion = "{\"name\":\"childPersonalIdentityNumber\",\"operator\":\"eq\",\"value\":\""
        + report.childNumber() + "\"}";
    String filterId = filterService.createFilterQuery().filterName(TasklistFilters.MY_GROUP_TASKS).singleResult()
        .getId();
    for (String user : List.of("per.andersson", "erik.johansson", "johan.holm")) {
      assertThat(rest.post(user, "/engine-rest/process-instance/count",
          "{\"orQueries\":[{\"variables\":[" + criterion + "]}]}").status()).as(user).isEqualTo(403);
      assertThat(rest.post(user, "/engine-rest/history/process-instance/count",
          "{\"orQueries\":[{\"variables\":[" + criterion + "]}]}").status()).as(user).isEqualTo(403);
      assertThat(rest.post(user, "/engine-rest/task", "{\"sorting\":[{\"sortBy\":\"processVariable\","
          + "\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"childPersonalIdentityNumber\",\"type\":\"String\"}}]}")
          .status()).as(user + " sorting").isEqualTo(403);
      assertThat(rest.post(user, "/engine-rest/task/count", "{\"orQueries\":[{\"processVariables\":[" + criterion
          + "]}]}").status()).as(user).isEqualTo(403);
    }
    for (String user : List.of("erik.johansson", "johan.holm")) {
      assertThat(rest.post(user, "/engine-rest/filter/" + filterId + "/count",
          "{\"processVariables\":[" + criterion + "]}").status()).as(user + " through a saved filter").isEqualTo(403);
    }
    AsUser.run(identityService, "per.andersson", () -> {
      assertThatThrownBy(() -> historyService.createHistoricProcessInstanceQuery()
          .variableValueEquals(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, report.childNumber()).count())
          .as("our own code acting for a user meets the same rule").isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> historyService.createHistoricProcessInstanceQuery()
          .variableValueEquals("CHILDPERSONALIDENTITYNUMBER", report.childNumber()).matchVariableNamesIgnoreCase()
          .count()).as("nor with the name in other letters").isInstanceOf(AuthorizationException.class);
    });
  }

  @Test
  void theCaseNumberAndTheCentreMayBeSearchedByStaffManagersAndAuditors() {
    String byReference = "caseReference_eq_" + report.reference();
    // managers and auditors see the state of both parts of the case (referral and intake)
    for (String user : List.of("per.andersson", "ingrid.wallin")) {
      Rest.Answer answer = rest.get(user, "/engine-rest/history/process-instance/count?variables=" + byReference);
      assertThat(answer.status()).as(user + ": " + answer.body()).isEqualTo(200);
      assertThat(answer.json().get("count").asLong()).as(user).isEqualTo(2);
    }
    // the reporter finds the task she did in the case
    Rest.Answer tasks = rest.get("erik.johansson", "/engine-rest/history/task/count?processVariables=" + byReference);
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.json().get("count").asLong()).isEqualTo(1);
    assertThat(rest.get("per.andersson", "/engine-rest/process-instance/count?variables=centreId_eq_danderyd-morby")
        .status()).isEqualTo(200);
    assertThat(rest.get("admin", "/engine-rest/history/process-instance/count?variables=childPersonalIdentityNumber_eq_"
        + report.childNumber()).json().get("count").asLong()).as("administrators are not restricted").isEqualTo(2);
  }

  @Test
  void cockpitsOwnInstanceSearchFollowsTheSameRule() {
    WebappLogin manager = WebappLogin.as(port, "per.andersson", "cockpit");
    String base = "/camunda/api/cockpit/plugin/base/default/process-instance";
    String secret = "{\"variables\":[{\"name\":\"childPersonalIdentityNumber\",\"operator\":\"eq\",\"value\":\""
        + report.childNumber() + "\"}]}";
    Rest.Answer refused = manager.postJson(base + "/count", secret);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("Du får inte söka").doesNotContain("\"count\"");
    assertThat(manager.postJson(base, secret).status()).isEqualTo(403);
    assertThat(manager.read(base + "/count?variables=reportText_like_%25mat%25").status()).isEqualTo(403);
    Rest.Answer allowed = manager.postJson(base + "/count", "{\"variables\":[{\"name\":\"caseReference\","
        + "\"operator\":\"eq\",\"value\":\"" + report.reference() + "\"}]}");
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    assertThat(allowed.json().get("count").asLong()).isEqualTo(2);
    // and the webapps' copy of the engine API follows the engine's rule
    assertThat(manager.read("/camunda/api/engine/engine/default/history/process-instance/count?variables="
        + "childPersonalIdentityNumber_eq_" + report.childNumber()).status()).isEqualTo(403);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
