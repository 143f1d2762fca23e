package se.familycentre.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.familycentre.establishment.EstablishmentCases;

/**
 * Prepares establishment cases through the engine API (as the officials before the one in the browser would have
 * done through their forms), so that each browser test starts where its official takes over. The steps themselves are
 * the process tests' {@link EstablishmentCases}; every case gets its own business key (the test database is shared).
 */
final class EstablishmentSteps {

  static final String MUNICIPALITY = "Danderyd";

  private final ProcessEngine engine;
  private final EstablishmentCases cases;

  EstablishmentSteps(ProcessEngine engine) {
    this.engine = engine;
    this.cases = new EstablishmentCases(engine);
  }

  /** A centre id that no other test uses (lower-case letters, digits and hyphens, as the start form demands). */
  static String uniqueCentreId(String prefix) {
    return EstablishmentCases.uniqueId(prefix);
  }

  static String centreName(String centreId) {
    return (String) EstablishmentCases.initiative(centreId, MUNICIPALITY).get("centreName");
  }

  ProcessInstance start(String centreId) {
    return cases.start(EstablishmentCases.initiative(centreId, MUNICIPALITY));
  }

  /** Started and investigated: one committee-decision task per named committee waits for the secretary. */
  ProcessInstance awaitingCommitteeDecision(String centreId, String... committees) {
    ProcessInstance pi = start(centreId);
    cases.investigate(pi, committees);
    return pi;
  }

  Task task(ProcessInstance pi, String activityId) {
    return cases.task(pi, activityId);
  }

  long openTasks(ProcessInstance pi, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .count();
  }
}
