package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * A non-administrator starts a case only at its start event, with the start form's fields: start instructions
 * and skipped listeners are a 403 and no case is created (not even in history). The administrator may still start
 * a case anywhere. (The start form's fields: {@link FormFieldsGuardTest}.)
 */
@FamilyCentreSpringTest
class StartGuardTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;
  Rest rest;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  private long referrals() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY).count();
  }

  private static String start(String instructions, boolean skipListeners) {
    ObjectNode body = Rest.JSON.createObjectNode();
    body.set("variables", GuardedReferral.startForm());
    body.put("businessKey", "REF-2000-000042");
    if (instructions != null) {
      body.putArray("startInstructions").addObject().put("type", "startBeforeActivity")
          .put("activityId", instructions);
    }
    body.put("skipCustomListeners", skipListeners);
    return body.toString();
  }

  @Test
  void startInstructionsLandingInAnotherActivityAreRefusedWith403AndNoCaseIsCreated() {
    long before = referrals();

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, GuardedReferral.START,
        start(ReferralProcess.Ids.RECORD_CONSENT, false));

    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.json().get("message").asText()).isEqualTo(StartAtStartEventGuard.INSTRUCTIONS)
        .contains("startas bara vid processens starthändelse");
    assertThat(referrals()).as("no case, not even in history").isEqualTo(before);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("REF-2000-000042")
        .count()).isZero();
  }

  @Test
  void skippedListenersAreRefusedWith403EvenAtTheStartEvent() {
    long before = referrals();

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, GuardedReferral.START,
        start(ReferralProcess.Ids.START, true));

    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.json().get("message").asText()).isEqualTo(StartAtStartEventGuard.SKIPPING)
        .contains("överhoppade lyssnare");
    assertThat(referrals()).isEqualTo(before);
  }

  @Test
  void theJavaApiAsASignedInUserIsRefusedTheSameWay() {
    long before = referrals();

    assertThatThrownBy(() -> AsUser.call(identityService, GuardedReferral.STARTER, () -> runtimeService
        .createProcessInstanceByKey(ReferralProcess.KEY).startBeforeActivity(ReferralProcess.Ids.WRITE_REPORT)
        .execute())).isInstanceOf(AuthorizationException.class)
        .hasMessage(StartAtStartEventGuard.INSTRUCTIONS);
    assertThat(referrals()).isEqualTo(before);
  }

  @Test
  void theAdministratorMayStillStartACaseAtAnyActivity() {
    ProcessInstance started = AsUser.call(identityService, "admin", () -> runtimeService
        .createProcessInstanceByKey(ReferralProcess.KEY).businessKey("REF-2000-000043")
        .setVariable("centreId", "danderyd-morby").setVariable(ReferralProcess.Vars.REFERRING_GROUP, "bvc")
        .startBeforeActivity(ReferralProcess.Ids.RECORD_CONSENT).execute());

    assertThat(runtimeService.getActiveActivityIds(started.getId()))
        .containsExactly(ReferralProcess.Ids.RECORD_CONSENT);
    runtimeService.deleteProcessInstance(started.getId(), "test");
  }
}
