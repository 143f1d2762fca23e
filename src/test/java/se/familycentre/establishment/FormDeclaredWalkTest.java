package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Issue 13, "done when" (the establishment's half): every end event of {@code familyCentreEstablishmentProcess} is
 * reached by a client that knows nothing but what each step's deployed Camunda Form declares, and the server refuses
 * none of its answers. The client reads the form as Tasklist gets it ({@code deployed-start-form},
 * {@code deployed-form}) and the case's values as Tasklist prefills them ({@code form-variables}); it fills what the
 * form requires (and what is required once a choice shows it: {@code conditional.hide}, evaluated as FEEL), keeps
 * defaults and prefilled values, picks options only from the offered ones, and checks its own answers against the
 * declared pattern, length and number limits before sending them; the only other thing it knows is the path's
 * choices (approve or reject, which activities are present, ...) and real-looking Swedish texts. It completes each
 * task over REST as a demo user of the task's candidate group. A rule the server enforces and the form hides (a
 * reason required on rejection but not marked required, say) shows as a refusal, and the test fails naming it.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormDeclaredWalkTest {

  /** Who works on what (demo users, one per candidate group). */
  static final Map<String, String> USER_OF_GROUP = Map.of("kommun-utredare", "karin.ek", "samordnare", "lena.persson",
      "namndsekreterare", "lars.svensson", "mvc", "anna.lindqvist", "bvc", "erik.johansson", "region-hsf",
      "eva.lund", "oppen-forskola", "maria.nilsson");
  static final String STARTER = "karin.ek";
  static final LocalDate TODAY = SwedishTime.today();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Rest rest;
  FeelEngine feel;
  final List<String> refusals = new ArrayList<>();
  final Set<String> endEventsReached = new LinkedHashSet<>();

  @BeforeAll
  void setUp() {
    rest = new Rest(port);
    feel = new ScalaFeelEngineFactory().createInstance();
  }

  @AfterAll
  void everyEndEventWasReachedWithoutARefusal() {
    Set<String> endEvents = endEvents();
    assertThat(refusals).as("answers built from the forms alone that the server refused").isEmpty();
    assertThat(endEventsReached).as("end events reached by the walks").containsAll(endEvents);
  }

  /** The end events of the deployed process (every one, in sub-processes too). */
  private Set<String> endEvents() {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(EstablishmentProcess.KEY).latestVersion().singleResult();
    Set<String> endEvents = new LinkedHashSet<>();
    engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementsByType(EndEvent.class)
        .forEach(end -> endEvents.add(end.getId()));
    return endEvents;
  }

  /** A path: the choices a person makes where the form offers a choice, by task (or start) and field key. */
  static final class Path {
    final String name;
    final Map<String, Map<String, Object>> choices = new LinkedHashMap<>();
    boolean reportBackOverdue;

    Path(String name) {
      this.name = name;
    }

    Path choose(String step, String key, Object value) {
      choices.computeIfAbsent(step, s -> new LinkedHashMap<>()).put(key, value);
      return this;
    }

    Map<String, Object> at(String step) {
      return choices.getOrDefault(step, Map.of());
    }
  }

  @Test
  void approvedGrantedLaunchedAndClosedAtItsEvaluation() throws Exception {
    walk(new Path("avvecklad").choose(Ids.INVESTIGATE, Vars.COMMITTEES, List.of("socialnamnden", "bildningsnamnden"))
        .choose(Ids.RECORD_COMMITTEE_DECISION, Vars.DECISION, Values.APPROVE)
        .choose(Ids.APPLY_FOR_AGREEMENT, Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, true)
        .choose(Ids.ASSESS_AGREEMENT, Vars.AGREEMENT_DECISION, Values.GRANT)
        .choose(Ids.EVALUATE_CENTRE, Vars.EVALUATION_OUTCOME, Values.CLOSE),
        Ids.END_CLOSED);
  }

  @Test
  void rejectedByTheCommittee() throws Exception {
    // the investigator writes a new report-back date: the register and the overdue timer move with it
    walk(new Path("avslag").choose(Ids.INVESTIGATE, Vars.REPORT_BACK_DATE, TODAY.plusMonths(9).toString())
        .choose(Ids.RECORD_COMMITTEE_DECISION, Vars.DECISION, Values.REJECT),
        Ids.END_NOT_ESTABLISHED);
  }

  @Test
  void overdueReturnedAndThenRejected() throws Exception {
    Path path = new Path("aterremiss").choose(Ids.START, Vars.REPORT_BACK_DATE, "2021-05-31")
        .choose(Ids.RECORD_COMMITTEE_DECISION, Vars.DECISION, Values.RETURN);
    path.reportBackOverdue = true;
    walk(path, Ids.END_NOT_ESTABLISHED, round -> round >= 2
        ? Map.of(Vars.DECISION, Values.REJECT) : Map.of());
  }

  @Test
  void theRegionRejectsAndTooFewActivitiesArePresentSoTheCaseEnds() throws Exception {
    walk(new Path("ingen-familjecentral").choose(Ids.RECORD_COMMITTEE_DECISION, Vars.DECISION, Values.APPROVE)
        .choose(Ids.ASSESS_AGREEMENT, Vars.AGREEMENT_DECISION, Values.REJECT)
        .choose(Ids.ARRANGE_CO_LOCATION, Vars.MATERNITY_CARE_PRESENT, false)
        .choose(Ids.ARRANGE_CO_LOCATION, Vars.CHILD_HEALTH_CARE_PRESENT, false)
        .choose(Ids.DECIDE_AFTER_CLASSIFICATION, Vars.AFTER_CLASSIFICATION, Values.END_CASE),
        Ids.END_NOT_A_CENTRE);
  }

  private void walk(Path path, String expectedEnd) throws Exception {
    walk(path, expectedEnd, round -> Map.of());
  }

  /** Starts the case from the start form, then completes whatever task is open (or runs a due timer) until it ends. */
  private void walk(Path path, String expectedEnd, java.util.function.IntFunction<Map<String, Object>> byRound)
      throws Exception {
    // no id in the form: a unique area makes the server's derived id (municipality-area) unique
    String area = EstablishmentCases.uniqueId("formvandring-" + path.name);
    JsonNode startForm = rest.get(STARTER, "/engine-rest/process-definition/key/" + EstablishmentProcess.KEY
        + "/deployed-start-form").json();
    Map<String, Object> startChoices = new LinkedHashMap<>(path.at(Ids.START));
    startChoices.put(Vars.AREA, area);
    Map<String, Object> initiative = fill(startForm, Map.of(), startChoices, Ids.START);
    Map<String, Object> body = new LinkedHashMap<>(EstablishmentCases.submitted(initiative));
    Rest.Answer started = rest.post(STARTER, "/engine-rest/process-definition/key/" + EstablishmentProcess.KEY
        + "/submit-form", Rest.JSON.writeValueAsString(body));
    assertThat(started.status()).as("the start: " + started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    if (path.reportBackOverdue) {
      runTimer(instance, Ids.REPORT_BACK_OVERDUE);
    }

    for (int step = 0; step < 40 && isRunning(instance); step++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance).orderByTaskCreateTime()
          .asc().list();
      if (open.isEmpty()) {
        runTimer(instance, Ids.EVALUATION_DUE);
        continue;
      }
      Task task = open.get(0);
      Map<String, Object> choices = new LinkedHashMap<>(path.at(task.getTaskDefinitionKey()));
      if (Ids.RECORD_COMMITTEE_DECISION.equals(task.getTaskDefinitionKey())) {
        Object round = engine.getRuntimeService().getVariable(instance, Vars.DECISION_ROUND);
        choices.putAll(byRound.apply(round instanceof Number n ? n.intValue() : 1));
      }
      complete(task, choices, path.name);
    }
    assertThat(isRunning(instance)).as(path.name + " ended (refusals: " + refusals + ")").isFalse();
    Set<String> endEvents = endEvents();
    List<String> ends = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
        .list().stream().map(HistoricActivityInstance::getActivityId).filter(endEvents::contains).toList();
    endEventsReached.addAll(ends);
    assertThat(ends).as(path.name).contains(expectedEnd);
  }

  private void complete(Task task, Map<String, Object> choices, String pathName) throws Exception {
    String user = userFor(task);
    JsonNode form = rest.get(user, "/engine-rest/task/" + task.getId() + "/deployed-form").json();
    JsonNode held = rest.get(user, "/engine-rest/task/" + task.getId()
        + "/form-variables?deserializeValues=false").json();
    Map<String, Object> prefilled = new LinkedHashMap<>();
    held.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().path("value");
      prefilled.put(field.getKey(), value.isNull() ? null : Rest.JSON.convertValue(value, Object.class));
    });
    Map<String, Object> answers = fill(form, prefilled, choices, task.getTaskDefinitionKey());
    Rest.Answer answer = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Rest.JSON.writeValueAsString(EstablishmentCases.submitted(answers)));
    if (answer.status() != 204) {
      refusals.add(pathName + " / " + task.getTaskDefinitionKey() + " as " + user + ": " + answer.status() + " "
          + answer.body() + " for " + answers);
      throw new AssertionError("refused: " + refusals.get(refusals.size() - 1));
    }
  }

  private String userFor(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
        .filter(USER_OF_GROUP::containsKey).findFirst().map(USER_OF_GROUP::get)
        .orElseThrow(() -> new AssertionError("no demo user for the groups of " + task.getTaskDefinitionKey()));
  }

  private boolean isRunning(String instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() == 1;
  }

  private void runTimer(String instance, String timerId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .activityId(timerId).singleResult();
    assertThat(job).as("a timer at " + timerId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  // ---- the client: answers from what the form declares ----

  /** Every field of the form with a key, nested ones too, in the form's order. */
  static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"text".equals(component.path("type").asText())) {
        fields.add(component);
      }
      if (component.has("components")) {
        fields.addAll(fields(component.path("components")));
      }
    }
    return fields;
  }

  /**
   * The answers a person gives this form: for each editable field that is shown (its {@code conditional.hide} false
   * for the answers so far, as form-js evaluates it), the path's choice, else what the case holds (prefilled), else
   * the form's default, else, when required, a realistic value that meets the declared rules; optional fields the
   * person leaves empty are not sent. Hidden fields are not sent (form-js leaves them out).
   */
  Map<String, Object> fill(JsonNode form, Map<String, Object> prefilled, Map<String, Object> choices, String step) {
    List<JsonNode> fields = fields(form.path("components"));
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int pass = 0; pass < fields.size() + 1; pass++) {
      boolean changed = false;
      for (JsonNode field : fields) {
        String key = field.path("key").asText();
        boolean shown = isShown(field, fields, prefilled, answers);
        if (!shown || field.path("readonly").asBoolean(false)) {
          changed |= answers.remove(key) != null;
          continue;
        }
        if (!answers.containsKey(key)) {
          Object value = answer(field, prefilled, choices, step);
          if (value != null) {
            answers.put(key, value);
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      if (answers.containsKey(key)) {
        assertMeetsTheFormsRules(field, answers.get(key), step);
      } else if (field.path("validate").path("required").asBoolean(false) && isShown(field, fields, prefilled,
          answers) && !field.path("readonly").asBoolean(false)) {
        throw new AssertionError(step + ": the client has no value for the required field " + key);
      }
    }
    answers.replaceAll((key, value) -> value instanceof List<?> list ? org.camunda.spin.Spin.JSON(list) : value);
    return answers;
  }

  private boolean isShown(JsonNode field, List<JsonNode> fields, Map<String, Object> prefilled,
      Map<String, Object> answers) {
    String hide = field.path("conditional").path("hide").asText("");
    if (hide.isBlank()) {
      return true;
    }
    VariableMap data = Variables.createVariables();
    for (JsonNode other : fields) {
      data.putValue(other.path("key").asText(), null);
    }
    prefilled.forEach(data::putValue);
    answers.forEach(data::putValue);
    Object hidden = feel.evaluateSimpleExpression(hide.startsWith("=") ? hide.substring(1) : hide,
        data.asVariableContext());
    return !Boolean.TRUE.equals(hidden);
  }

  private Object answer(JsonNode field, Map<String, Object> prefilled, Map<String, Object> choices, String step) {
    String key = field.path("key").asText();
    String type = field.path("type").asText();
    List<Object> options = new ArrayList<>();
    field.path("values").forEach(option -> options.add(Rest.JSON.convertValue(option.path("value"), Object.class)));
    if (choices.containsKey(key)) {
      Object choice = choices.get(key);
      if (!options.isEmpty()) {
        for (Object chosen : choice instanceof List<?> list ? list : List.of(choice)) {
          assertThat(options).as(step + ": the form offers " + key + " = " + chosen).contains(chosen);
        }
      }
      return choice;
    }
    if (prefilled.get(key) != null) {
      Object held = prefilled.get(key);
      if ("checklist".equals(type) && held instanceof String json) {
        return Rest.JSON.convertValue(readJson(json), List.class);
      }
      return held;
    }
    if (field.has("defaultValue")) {
      return Rest.JSON.convertValue(field.path("defaultValue"), Object.class);
    }
    boolean required = field.path("validate").path("required").asBoolean(false);
    if ("checkbox".equals(type)) {
      return required; // a required checkbox is one that must be ticked; an untouched one is sent unticked
    }
    if (!required) {
      return null;
    }
    return switch (type) {
      case "select", "radio" -> options.contains(TEXTS.get(key)) ? TEXTS.get(key) : options.get(0);
      case "checklist" -> List.of(options.get(0));
      case "number" -> realisticNumber(key, field.path("validate"));
      case "datetime" -> realisticDate(key, field).toString();
      default -> realisticText(key, field, options);
    };
  }

  private static JsonNode readJson(String json) {
    try {
      return Rest.JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  /** Real-looking Swedish answers, as an official in Danderyd would write them. */
  static final Map<String, String> TEXTS = Map.ofEntries(
      Map.entry(Vars.CENTRE_NAME, "Familjecentralen Solsidan"),
      Map.entry(Vars.MUNICIPALITY, "Danderyd"),
      Map.entry(Vars.AREA, "Solsidan"),
      Map.entry(Vars.RAISED_BY, "Socialnämndens presidium"),
      Map.entry(Vars.LOCATION, "Mörby centrum, plan 2, intill biblioteket"),
      Map.entry(Vars.STAFFING, "Barnmorska 20 %, BVC-sjuksköterska 40 %, förskollärare 100 %, socionom 50 %"),
      Map.entry(Vars.FAMILY_NEEDS, "Cirka 300 födda per år, många förstagångsföräldrar och familjer nya i Sverige"),
      Map.entry(Vars.LOCAL_ACTORS, "Mama Mia BMM, BVC Danderyd, öppna förskolan, socialtjänsten, biblioteket"),
      Map.entry(Vars.CONSEQUENCES_FOR_CHILDREN, "Barn får tidigt stöd på ett ställe; barnets bästa gynnas"),
      Map.entry(Vars.ECONOMIC_CONSEQUENCES, "Ryms inom socialnämndens och bildningsnämndens ramar"),
      Map.entry(Vars.FOLLOW_UP_ACTION, "Kontakt med utredaren; ny tidplan till ledningen"),
      Map.entry(Vars.MINUTE_REFERENCE, "SN " + TODAY + " § 45"),
      Map.entry(Vars.DECISION_REASON, "Nämnden vill se kostnaderna för lokalerna utredda."),
      Map.entry(Vars.AGREEMENT_PROVIDER, "Mama Mia Danderyd BMM"),
      Map.entry(Vars.AGREEMENT_REASON, "Ingen gemensam behovsanalys är gjord."),
      Map.entry(Vars.PREMISES, "Välkomstcentret, Mörby centrum"),
      Map.entry(Vars.NOT_ESTABLISHED_REASON, "Barnhälsovården kan inte delta i Solsidan."),
      Map.entry(Vars.EVALUATION_NOTE, "Få familjer nås; verksamheten avvecklas och familjerna hänvisas till Mörby."));

  private static String realisticText(String key, JsonNode field, List<Object> options) {
    String text = TEXTS.get(key);
    if (text == null) {
      throw new AssertionError("the client has no realistic text for the required field " + key);
    }
    return text;
  }

  static final Map<String, Long> NUMBERS = Map.of(Vars.ESTIMATED_COSTS, 1_200_000L, Vars.FAMILIES_REACHED, 90L,
      Vars.BIRTHS_IN_AREA, 310L, Vars.FIRST_TIME_PARENTS_REACHED, 40L, Vars.JOINT_ACTIVITIES_PER_WEEK, 1L,
      Vars.VISITS_PER_ACTIVITY, 12L, Vars.REFERRALS_TO_TARGETED, 4L, Vars.PARENT_SURVEY_SCORE, 78L);

  private static Object realisticNumber(String key, JsonNode validate) {
    Long number = NUMBERS.get(key);
    return number != null ? number : validate.path("min").asLong(0);
  }

  private static LocalDate realisticDate(String key, JsonNode field) {
    if (Vars.REPORT_BACK_DATE.equals(key)) {
      return TODAY.plusMonths(6);
    }
    return TODAY; // what happens in a step happens the day it is recorded
  }

  /** The client's own answers meet what the form declares (else the client, not the server, is wrong). */
  private static void assertMeetsTheFormsRules(JsonNode field, Object value, String step) {
    String key = field.path("key").asText();
    JsonNode validate = field.path("validate");
    if (validate.hasNonNull("pattern") && value instanceof String text) {
      assertThat(Pattern.compile(validate.path("pattern").asText()).matcher(text).find())
          .as(step + ": " + key + " = " + text + " matches " + validate.path("pattern").asText()).isTrue();
    }
    if (value instanceof String text) {
      if (validate.has("maxLength")) {
        assertThat(text.length()).as(step + ": " + key).isLessThanOrEqualTo(validate.path("maxLength").asInt());
      }
      if (validate.has("minLength")) {
        assertThat(text.trim().length()).as(step + ": " + key)
            .isGreaterThanOrEqualTo(validate.path("minLength").asInt());
      }
    }
    if (value instanceof Number number) {
      if (validate.has("min")) {
        assertThat(number.doubleValue()).as(step + ": " + key).isGreaterThanOrEqualTo(validate.path("min").asDouble());
      }
      if (validate.has("max")) {
        assertThat(number.doubleValue()).as(step + ": " + key).isLessThanOrEqualTo(validate.path("max").asDouble());
      }
    }
    if ("datetime".equals(field.path("type").asText()) && field.path("disallowPassedDates").asBoolean(false)
        && value instanceof String day) {
      assertThat(LocalDate.parse(day)).as(step + ": " + key + " not passed").isAfterOrEqualTo(TODAY);
    }
  }
}
