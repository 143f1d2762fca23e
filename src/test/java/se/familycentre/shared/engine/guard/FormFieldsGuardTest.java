package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.shared.CaseVariables;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * A completion sets only the fields of the task's form, and a start only those of the start form, with their
 * declared types: through the REST API as Tasklist and other clients send them, and through the Java API as a
 * signed-in user. Every refusal is a 400 that names the field by its label, in Swedish, and nothing is saved: the
 * task stays open and the case's variables are as they were, or no case is created.
 */
@FamilyCentreSpringTest
class FormFieldsGuardTest extends OnAGuardedReferral {

  String centreName;

  @BeforeEach
  void setUp() {
    centreName = (String) runtimeService.getVariable(referral.processInstanceId, CaseVariables.CENTRE_NAME);
  }

  private long variableUpdates() {
    return historyService.createHistoricDetailQuery().processInstanceId(referral.processInstanceId)
        .variableUpdates().count();
  }

  /** Writes of a variable on the case's scope or the consent task's, as history records them. */
  private long writesOf(String name) {
    return historyService.createHistoricDetailQuery().processInstanceId(referral.processInstanceId)
        .variableUpdates().list().stream().map(HistoricVariableUpdate.class::cast)
        .filter(update -> name.equals(update.getVariableName()))
        .filter(update -> update.getTaskId() == null || referral.consentTaskId.equals(update.getTaskId())).count();
  }

  private void assertNothingSaved(long updatesBefore) {
    assertThat(referral.consentTaskOpen(engine)).as("the task stays open").isTrue();
    assertThat(variableUpdates()).as("no variable written").isEqualTo(updatesBefore);
    assertThat(runtimeService.getVariable(referral.processInstanceId, CaseVariables.CASE_REFERENCE))
        .isEqualTo(referral.caseReference);
    assertThat(runtimeService.getVariable(referral.processInstanceId, CaseVariables.CENTRE_ID))
        .isEqualTo("danderyd-morby");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "centreId|stockholm-rinkeby|\"centreId\" är inget fält i uppgiftens formulär",
      "routeOutcome|TARGET_CHOSEN|\"routeOutcome\" är inget fält i uppgiftens formulär",
      "targetGroups|socialtjanst-mottagning|\"targetGroups\" är inget fält i uppgiftens formulär",
      "caseReference|REF-2000-000001|Fältet \"Ärende\" är skrivskyddat i den här uppgiften"})
  void aVariableThatIsNoEditableFieldOfTheFormIsRefusedWith400AndNothingIsSaved(String name, String value,
      String message) {
    ObjectNode variables = referral.tasklistConsent(centreName);
    GuardedReferral.untyped(variables, name, value);
    long before = variableUpdates();

    Rest.Answer submit = rest.post(GuardedReferral.STARTER, referral.submit(), GuardedReferral.body(variables));
    Rest.Answer complete = rest.post(GuardedReferral.STARTER, referral.complete(), GuardedReferral.body(variables));

    for (Rest.Answer answer : new Rest.Answer[] {submit, complete}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.json().get("message").asText()).contains(message);
    }
    assertNothingSaved(before);
    assertThat(runtimeService.getVariable(referral.processInstanceId, name)).isNotEqualTo(value);
  }

  @Test
  void consentGivenYesIsRefusedNotReadAsFalse() {
    ObjectNode variables = referral.tasklistConsent(centreName);
    variables.putObject(ReferralProcess.Vars.CONSENT_GIVEN).put("value", "yes");
    long before = variableUpdates();

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, referral.submit(), GuardedReferral.body(variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText())
        .contains("Fältet \"Vårdnadshavarna samtycker till att uppgifter lämnas\"").contains("kryssruta")
        .contains("\"yes\"");
    assertNothingSaved(before);
    assertThat(runtimeService.getVariable(referral.processInstanceId, ReferralProcess.Vars.CONSENT_GIVEN)).isNull();
  }

  @Test
  void anOptionTheFormDoesNotOfferIsRefused() {
    ObjectNode variables = referral.tasklistConsent(centreName);
    variables.putObject(ReferralProcess.Vars.CONSENT_ORGANISATIONS).put("type", "Json").put("value", "[\"POLICE\"]");
    long before = variableUpdates();

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, referral.submit(), GuardedReferral.body(variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Fältet \"Verksamheter som samtycket gäller\"")
        .contains("\"POLICE\"");
    assertNothingSaved(before);
  }

  @Test
  void anObjectValueIsRefusedAndNeverStored() {
    ObjectNode variables = referral.tasklistConsent(centreName);
    ObjectNode url = variables.putObject(ReferralProcess.Vars.CONSENT_PURPOSE);
    url.put("type", "Object").put("value", "\"http://example.org/\"");
    url.putObject("valueInfo").put("objectTypeName", "java.net.URL")
        .put("serializationDataFormat", "application/json");
    long before = variableUpdates();

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, referral.complete(), GuardedReferral.body(variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("Fältet \"I vilket syfte?\"")
        .contains("tar inte emot objekt (Object, java.net.URL)");
    assertNothingSaved(before);
    TypedValue purpose = runtimeService.getVariableTyped(referral.processInstanceId,
        ReferralProcess.Vars.CONSENT_PURPOSE,
        false);
    assertThat(purpose).isNull();
  }

  @Test
  void aTasklistSubmissionWithTheReadOnlyFieldsUnchangedCompletesTheTaskAndLeavesThemAlone() {
    ObjectNode variables = referral.tasklistConsent(centreName);
    long referenceWrites = writesOf(CaseVariables.CASE_REFERENCE);
    long centreNameWrites = writesOf(CaseVariables.CENTRE_NAME);

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, referral.submit(), GuardedReferral.body(variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(referral.consentTaskOpen(engine)).isFalse();
    assertThat(runtimeService.getVariable(referral.processInstanceId,
        ReferralProcess.Vars.CONSENT_GIVEN)).isEqualTo(true);
    assertThat(writesOf(CaseVariables.CASE_REFERENCE)).as("the read-only case reference is not written again")
        .isEqualTo(referenceWrites);
    assertThat(writesOf(CaseVariables.CENTRE_NAME)).isEqualTo(centreNameWrites);
    assertThat(runtimeService.getVariable(referral.processInstanceId, ReferralProcess.Vars.TARGET_GROUPS))
        .as("the process's own delegates still set what they set after the completion").isNotNull();
  }

  @Test
  void aChecklistSentAsAPlainJsonTextIsStoredAsTasklistStoresIt() {
    ObjectNode variables = referral.tasklistConsent(centreName);
    GuardedReferral.untyped(variables, ReferralProcess.Vars.CONSENT_ORGANISATIONS, "[\"SOCIAL_SERVICES\"]");

    Rest.Answer answer = rest.post(GuardedReferral.STARTER, referral.complete(), GuardedReferral.body(variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(runtimeService.getVariableTyped(referral.processInstanceId, ReferralProcess.Vars.CONSENT_ORGANISATIONS,
        false).getType().getName()).isEqualTo("json");
  }

  @Test
  void theJavaApiAsASignedInUserIsGuardedTheSameWay() {
    long before = variableUpdates();

    assertThatThrownBy(() -> AsUser.run(identityService, GuardedReferral.STARTER, () -> taskService.complete(
        referral.consentTaskId, Map.of(ReferralProcess.Vars.CONSENT_GIVEN, true, "routeOutcome", "TARGET_CHOSEN"))))
        .isInstanceOf(InputRefused.class).hasMessageContaining("\"routeOutcome\" är inget fält");

    assertNothingSaved(before);
  }

  @Test
  void anAdministratorIsNotRestrictedByTheForm() {
    AsUser.run(identityService, "admin", () -> taskService.setVariable(referral.consentTaskId, "adminNote", "ok"));
    AsUser.run(identityService, "admin", () -> taskService.complete(referral.consentTaskId,
        Variables.createVariables().putValue(ReferralProcess.Vars.CONSENT_GIVEN, false).putValue("adminReason",
        "test")));

    assertThat(referral.consentTaskOpen(engine)).isFalse();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.processInstanceId)
        .variableName("adminReason").singleResult().getValue()).isEqualTo("test");
  }

  @Test
  void aStartAtTheStartEventWithTheStartFormsFieldsWorksAndAnythingElseIsA400() {
    Rest.Answer plain = rest.post(GuardedReferral.STARTER, GuardedReferral.START,
        GuardedReferral.body(GuardedReferral.startForm()));
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);

    long before = referralCount();
    ObjectNode extra = GuardedReferral.startForm();
    GuardedReferral.untyped(extra, "caseReference", "REF-2000-000001");
    ObjectNode option = GuardedReferral.startForm();
    GuardedReferral.untyped(option, ReferralProcess.Vars.URGENCY, "PANIC");

    Rest.Answer withExtra = rest.post(GuardedReferral.STARTER, GuardedReferral.START, GuardedReferral.body(extra));
    Rest.Answer formExtra = rest.post(GuardedReferral.STARTER, GuardedReferral.START_FORM,
        GuardedReferral.body(extra));
    Rest.Answer wrongOption = rest.post(GuardedReferral.STARTER, GuardedReferral.START_FORM,
        GuardedReferral.body(option));

    assertThat(withExtra.status()).as(withExtra.body()).isEqualTo(400);
    assertThat(withExtra.json().get("message").asText()).contains("\"caseReference\" är inget fält i startformuläret");
    assertThat(formExtra.status()).as(formExtra.body()).isEqualTo(400);
    assertThat(wrongOption.status()).as(wrongOption.body()).isEqualTo(400);
    assertThat(wrongOption.json().get("message").asText()).contains("Fältet \"Hur brådskande?\"")
        .contains("\"PANIC\"");
    assertThat(referralCount()).as("nothing created").isEqualTo(before);
  }

  private long referralCount() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY).count();
  }
}
