package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Object values are rebuilt only for the allow-listed classes (the engine's deserialization type validation): an
 * object of any other class, even one an administrator set, stays serialized text and is never instantiated when
 * read. (A non-administrator cannot set an object at all: {@link FormFieldsGuardTest}.)
 */
@FamilyCentreSpringTest
class ObjectValuesTest extends OnAGuardedReferral {

  static final String URL_OBJECT = """
      {"type": "Object", "value": "\\"http://example.org/\\"",
       "valueInfo": {"objectTypeName": "java.net.URL", "serializationDataFormat": "application/json"}}""";


  @Test
  void theEnginesTypeValidationIsOnWithOurAllowList() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.ArrayList")).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.util.HashMap")).isTrue();
    assertThat(configuration.getDeserializationTypeValidator().validate("java.net.URL")).isFalse();
  }

  @Test
  void anObjectOfAClassOffTheAllowListIsNotRebuiltWhenRead() {
    String variable = "/engine-rest/process-instance/" + referral.processInstanceId + "/variables/link";
    Rest.Answer set = rest.put("admin", variable, URL_OBJECT);
    assertThat(set.status()).as(set.body()).isEqualTo(204);

    Rest.Answer read = rest.get("admin", variable);
    Rest.Answer serialized = rest.get("admin", variable + "?deserializeValue=false");

    assertThat(read.status()).as(read.body()).isNotEqualTo(200);
    assertThat(read.body()).contains("java.net.URL");
    assertThat(serialized.status()).isEqualTo(200);
    assertThat(serialized.json().get("value").asText()).isEqualTo("\"http://example.org/\"");
    assertThatThrownBy(() -> runtimeService.getVariable(referral.processInstanceId, "link"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URL");
    ObjectValue stored = runtimeService.getVariableTyped(referral.processInstanceId, "link", false);
    assertThat(stored.isDeserialized()).isFalse();
    assertThat(stored.getObjectTypeName()).isEqualTo("java.net.URL");
  }

  @Test
  void theRoutingTablesResultListIsStillReadBack() {
    // the referral's routing stores its candidates as a list of maps, the one object our processes keep
    runtimeService.setVariable(referral.processInstanceId, "routingCandidatesCopy",
        new java.util.ArrayList<>(java.util.List.of(new java.util.HashMap<>(java.util.Map.of("TARGET", "ABC")))));

    assertThat(runtimeService.getVariable(referral.processInstanceId, "routingCandidatesCopy"))
        .isEqualTo(java.util.List.of(java.util.Map.of("TARGET", "ABC")));
  }
}
