package se.familycentre.organisation;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import se.familycentre.shared.CaseVariables;

/**
 * Tasklist filters in Swedish, created idempotently on every start (found by name, updated in place; see
 * {@link OrganisationStartup}) and shared with the groups
 * that use them: "Mina uppgifter", "Min grupps uppgifter", "Förfallna" for every work group, and one filter per
 * work group for that group only. Each shows the case reference and the centre as columns.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "Mina uppgifter";
  public static final String MY_GROUP_TASKS = "Min grupps uppgifter";
  public static final String OVERDUE = "Förfallna";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  public void createFilters() {
    List<String> everyWorkGroup = Groups.workGroups().stream().map(g -> g.id).toList();
    // the work groups' existing filter grants, read once (see Grants#batch)
    Grants.Batch grants = this.grants.batch(everyWorkGroup, FILTER);
    save(grants, MY_TASKS, -10, "#1c6ea4", "Uppgifter som du har tagit", taskService.createTaskQuery()
        .taskAssigneeExpression("${currentUser()}"), everyWorkGroup);
    save(grants, MY_GROUP_TASKS, -9, "#2f8f46", "Ej tagna uppgifter för dina grupper", taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), everyWorkGroup);
    save(grants, OVERDUE, -8, "#b3261e", "Dina och dina gruppers uppgifter som har passerat sitt förfallodatum",
        taskService.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .dueBeforeExpression("${now()}"), everyWorkGroup);
    int priority = 0;
    for (Groups g : Groups.workGroups()) {
      save(grants, groupFilterName(g), priority++, "#555555", "Alla uppgifter för " + g.swedishName,
          taskService.createTaskQuery().taskCandidateGroup(g.id).includeAssignedTasks(), List.of(g.id));
    }
  }

  public static String groupFilterName(Groups group) {
    return "Grupp: " + group.swedishName;
  }

  private void save(Grants.Batch grants, String name, int priority, String color, String description,
      TaskQuery query, List<String> sharedWith) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(properties(priority, color, description));
    filter = filterService.saveFilter(filter);
    for (String group : sharedWith) {
      grants.grant(group, FILTER, filter.getId(), Permissions.READ);
    }
  }

  private static Map<String, Object> properties(int priority, String color, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    List<Map<String, String>> columns = new ArrayList<>();
    columns.add(Map.of("name", CaseVariables.CASE_REFERENCE, "label", "Ärende"));
    columns.add(Map.of("name", CaseVariables.CENTRE_NAME, "label", "Familjecentral"));
    properties.put("variables", columns);
    return properties;
  }
}
