package se.familycentre.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Vars;

/**
 * Prepares establishment cases through the engine API (as the officials before the one in the browser would have
 * done through their forms), so that each browser test starts where its official takes over. Every case gets its
 * own business key: the test database is shared by all test classes.
 */
final class EstablishmentSteps {

  static final String MUNICIPALITY = "Danderyd";

  private final ProcessEngine engine;

  EstablishmentSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A centre id that no other test uses (lower-case letters, digits and hyphens, as the start form demands). */
  static String uniqueCentreId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String centreName(String centreId) {
    return "Familjecentralen " + centreId;
  }

  /** The initiative as the start form would submit it. */
  static Map<String, Object> initiative(String centreId) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.INITIATIVE_KIND, "JOINT_REQUEST");
    v.put(Vars.CENTRE_ID, centreId);
    v.put(Vars.CENTRE_NAME, centreName(centreId));
    v.put(Vars.MUNICIPALITY, MUNICIPALITY);
    v.put(Vars.AREA, "Centrum");
    v.put(Vars.RAISED_BY, "De lokala verksamheterna");
    v.put(Vars.REPORT_BACK_DATE, "2099-12-31");
    v.put(Vars.MATERNITY_CARE_PLANNED, true);
    v.put(Vars.CHILD_HEALTH_CARE_PLANNED, true);
    v.put(Vars.OPEN_PRESCHOOL_PLANNED, true);
    v.put(Vars.PREVENTIVE_SOCIAL_SERVICES_PLANNED, true);
    return v;
  }

  ProcessInstance start(String centreId) {
    return engine.getRuntimeService().startProcessInstanceByKey(EstablishmentProcess.KEY, centreId,
        initiative(centreId));
  }

  /** Started and investigated: one committee-decision task per named committee waits for the secretary. */
  ProcessInstance awaitingCommitteeDecision(String centreId, String... committees) {
    ProcessInstance pi = start(centreId);
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.ESTIMATED_COSTS, 450000);
    v.put(Vars.LOCATION, "Centrumhuset");
    v.put(Vars.STAFFING, "Öppen förskola två dagar i veckan");
    v.put(Vars.FAMILY_NEEDS, "Många förstagångsföräldrar");
    v.put(Vars.LOCAL_ACTORS, "BMM, BVC, öppen förskola, socialtjänst");
    v.put(Vars.CONSEQUENCES_FOR_CHILDREN, "Barn och föräldrar får tidigt stöd på ett ställe");
    v.put(Vars.ECONOMIC_CONSEQUENCES, "Inom socialnämndens ram");
    v.put(Vars.COMMITTEES, List.of(committees));
    v.put(Vars.REPORT_BACK_DATE, "2099-12-31");
    engine.getTaskService().complete(task(pi, Ids.INVESTIGATE).getId(), v);
    return pi;
  }

  Task task(ProcessInstance pi, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .singleResult();
  }

  long openTasks(ProcessInstance pi, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
        .count();
  }
}
