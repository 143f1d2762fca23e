package se.familycentre.shared.engine.secrecy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import se.familycentre.shared.engine.guard.CommandFields;

/**
 * The failure texts are hidden in views of the engine's objects, never in the cached entity the engine would save;
 * the query fields the guard reads exist (Camunda 7.24); Cockpit's incident list loses its messages alike. The
 * doors themselves are tried by DoorCatalogueTest (ledning and revision against an incident quoting a child).
 */
class FailureTextGuardTest {

  @Test
  void anIncidentsMessageIsHiddenInAViewAndTheEntityKeepsIt() {
    IncidentEntity entity = new IncidentEntity();
    entity.setId("incident-1");
    entity.setIncidentType("failedJob");
    entity.setIncidentMessage("Ärendesystemet svarade 409 för 20240923-3075");

    Incident shown = (Incident) FailureTextGuard.hidden(entity);

    assertThat(shown.getIncidentMessage()).isEqualTo(FailureTextGuard.HIDDEN);
    assertThat(shown.getId()).isEqualTo("incident-1");
    assertThat(shown.getIncidentType()).isEqualTo("failedJob");
    assertThat(entity.getIncidentMessage()).as("the entity the engine saves").contains("20240923-3075");
  }

  @Test
  void aJobWithoutAFailureShowsNoTextAndOtherObjectsPassAsTheyAre() {
    JobEntity job = new MessageEntity();
    job.setId("job-1");

    assertThat(((Job) FailureTextGuard.hidden(job)).getExceptionMessage()).isNull();
    assertThat(FailureTextGuard.hidden("a text")).isEqualTo("a text");
    assertThat(FailureTextGuard.hidden(null)).isNull();
  }

  @Test
  void theQueryFieldsTheGuardReadsExist() throws Exception {
    for (var query : FailureTextGuard.CRITERIA.entrySet()) {
      Object fresh = query.getKey().getDeclaredConstructor(CommandExecutor.class).newInstance((Object) null);
      for (String field : query.getValue()) {
        assertThat(CommandFields.read(fresh, field)).as(query.getKey().getSimpleName() + "." + field).isNull();
      }
    }
  }

  @Test
  void cockpitsIncidentListLosesItsMessagesAndOtherAnswersStayAsTheyAre() throws Exception {
    byte[] list = """
        [{"id":"i1","incidentMessage":"svarade 409 för 20240923-3075","rootCauseIncidentMessage":"20240923-3075",
          "incidentType":"failedJob"},{"id":"i2","incidentMessage":null}]""".getBytes(StandardCharsets.UTF_8);

    String hidden = new String(CockpitIncidentFilter.hidden(list), StandardCharsets.UTF_8);

    assertThat(hidden).doesNotContain("20240923-3075").contains("\"incidentType\":\"failedJob\"")
        .contains("\"incidentMessage\":null");
    assertThat(hidden.split(java.util.regex.Pattern.quote(FailureTextGuard.HIDDEN), -1)).hasSize(3);
    for (String notAList : List.of("{\"count\":1}", "not json")) {
      byte[] bytes = notAList.getBytes(StandardCharsets.UTF_8);
      assertThat(CockpitIncidentFilter.hidden(bytes)).isEqualTo(bytes);
    }
    assertThat(CockpitIncidentFilter.incidents("/camunda/api/cockpit/plugin/base/default/incident")).isTrue();
    assertThat(CockpitIncidentFilter.incidents("/camunda/api/cockpit/plugin/base/default/incident/count")).isFalse();
  }
}
