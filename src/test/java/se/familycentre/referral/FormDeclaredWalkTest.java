package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Issue 13's walk: every end event of the referral and of the processes it starts (the receiving organisation's
 * support, social services' intake, the coordinator's escalation) is reached through the REST API as the demo users,
 * with answers built only from what each deployed Camunda Form declares: its fields, which of them are shown
 * (conditional.hide, FEEL, evaluated on the form's data), which are required, their options, patterns and limits
 * (maxLength, disallowPassedDates). A scenario only chooses among the options a form offers and types the values an
 * official would (a real-format personal identity number; the centre and the organisation as the server preselects
 * them for the official in the start form it hands out); everything else
 * a required field needs is filled as the form describes it. Not one answer may be refused by the server: a refusal
 * is a rule the form does not state.
 */
@FamilyCentreSpringTest
class FormDeclaredWalkTest {

  static final String START_FORM = "/engine-rest/process-definition/key/" + ReferralProcess.KEY;
  /** Who works a task of each candidate group (the README's demo users at Danderyd/Mörby). */
  static final Map<String, String> USER_OF_GROUP = Map.of("bvc", "erik.johansson", "mvc", "anna.lindqvist",
      "oppen-forskola", "maria.nilsson", "socialtjanst-forebyggande", "sara.berg",
      "socialtjanst-mottagning", "johan.holm", "samordnare", "lena.persson");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;
  Rest rest;
  final List<String> cases = new ArrayList<>();
  final List<String> refusals = new ArrayList<>();

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  @Test
  void everyEndEventIsReachedWithOnlyWhatTheFormsDeclareAndNoRefusal() {
    // a report of concern: both deadlines missed and escalated, then an investigation is opened
    String harm = start("AGE_1_3", "CHILD_HARMED");
    answer(harm, ReferralProcess.Ids.WRITE_REPORT, Map.of(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER,
        ReferralTestSupport.childNumberIn("AGE_1_3", 17)));
    fireTimer(harm, ReportOfConcernProcess.Ids.PROTECTION_TIMER);
    answer(harm, ReportOfConcernProcess.Ids.ASSESS_PROTECTION, Map.of());
    fireTimer(harm, ReportOfConcernProcess.Ids.DECISION_TIMER);
    answerAll(harm, EscalationProcess.Ids.HANDLE_ESCALATION, Map.of());
    answer(harm, ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION,
        Map.of(ReportOfConcernProcess.Vars.OPEN_INVESTIGATION, true));
    fireTimer(harm, ReportOfConcernProcess.Ids.HAND_OVER); // asynchronous: the hand-over to social services' system
    answer(harm, ReferralProcess.Ids.READ_INTAKE_FEEDBACK, Map.of());

    // a report of concern without a personal identity number (the municipality instead): no investigation
    String noInvestigation = start("AGE_0_1", "CHILD_HARMED");
    answer(noInvestigation, ReferralProcess.Ids.WRITE_REPORT, Map.of());
    // the child needs immediate protection: social services' task is due within the hour; missed, it is escalated
    answer(noInvestigation, ReportOfConcernProcess.Ids.ASSESS_PROTECTION,
        Map.of(ReportOfConcernProcess.Vars.IMMEDIATE_PROTECTION_NEEDED, true));
    fireTimer(noInvestigation, ReportOfConcernProcess.Ids.IMMEDIATE_PROTECTION_TIMER);
    answerAll(noInvestigation, EscalationProcess.Ids.HANDLE_ESCALATION, Map.of());
    answer(noInvestigation, ReportOfConcernProcess.Ids.PROTECT_CHILD, Map.of());
    answer(noInvestigation, ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION,
        Map.of(ReportOfConcernProcess.Vars.OPEN_INVESTIGATION, false));
    answer(noInvestigation, ReferralProcess.Ids.READ_INTAKE_FEEDBACK, Map.of());

    // the guardians do not consent: the family keeps the universal offer
    String withheld = start("AGE_3_6", "PARENTING");
    answer(withheld, ReferralProcess.Ids.RECORD_CONSENT, Map.of(ReferralProcess.Vars.CONSENT_GIVEN, false));

    // consent for the region only, the routing picks social services: nothing shared, asked again, then withdrawn
    String notCovering = start("AGE_3_6", "PARENTING");
    answer(notCovering, ReferralProcess.Ids.RECORD_CONSENT, consent(List.of("REGION")));
    answer(notCovering, ReferralProcess.Ids.RECORD_CONSENT, consent(List.of("REGION", "SOCIAL_SERVICES")));
    assertThat(rest.post("erik.johansson", "/api/referral/" + notCovering + "/consent-withdrawn", "{}").status())
        .isEqualTo(200);

    // consent for both; the first receiver is late (escalated), declines; the next accepts, supports, follows up
    String supported = start("AGE_3_6", "PARENTING");
    answer(supported, ReferralProcess.Ids.RECORD_CONSENT, consent(List.of("REGION", "SOCIAL_SERVICES")));
    fireTimer(supported, ReferralSupportProcess.Ids.FIRST_CONTACT_TIMER);
    answerAll(supported, EscalationProcess.Ids.HANDLE_ESCALATION, Map.of());
    answer(supported, ReferralSupportProcess.Ids.ACCEPT_REFERRAL, Map.of(ReferralSupportProcess.Vars.ACCEPTED,
        "false"));
    answer(supported, ReferralSupportProcess.Ids.ACCEPT_REFERRAL, Map.of(ReferralSupportProcess.Vars.ACCEPTED,
        "true"));
    answer(supported, ReferralSupportProcess.Ids.GIVE_SUPPORT, Map.of());
    answer(supported, ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT, Map.of());
    answer(supported, ReferralProcess.Ids.HAND_BACK, Map.of());

    // development before birth: the routing table has nothing, the coordinator closes the referral
    String closed = start("PREGNANCY", "DEVELOPMENT");
    answer(closed, ReferralProcess.Ids.RECORD_CONSENT, consent(List.of("REGION"), "PREGNANCY"));
    answer(closed, ReferralProcess.Ids.COORDINATOR_DECIDES,
        Map.of(ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, ReferralProcess.Values.CLOSED));
    answer(closed, ReferralProcess.Ids.HAND_BACK, Map.of());

    assertThat(refusals).as("answers the server refused although the form allowed them").isEmpty();
    for (String key : List.of(ReferralProcess.KEY, ReferralSupportProcess.KEY, ReportOfConcernProcess.KEY,
        EscalationProcess.KEY)) {
      assertThat(reachedEndEvents(key)).as("end events of " + key + " reached").isEqualTo(endEvents(key));
    }
  }

  private static Map<String, Object> consent(List<String> organisations) {
    return consent(organisations, "AGE_3_6");
  }

  /**
   * Consent with joint custody, and the family's identity and contact details as the referrer types them (the form
   * declares their patterns; a child's number only outside a pregnancy), from the demo's fictitious families.
   */
  private static Map<String, Object> consent(List<String> organisations, String ageBand) {
    Map<String, Object> answers = new HashMap<>(Map.of(ReferralProcess.Vars.CONSENT_GIVEN, true,
        ReferralProcess.Vars.CONSENT_ORGANISATIONS, organisations, ReferralProcess.Vars.JOINT_CUSTODY, true));
    LocalDate born = DemoFamilies.bornFor(ageBand);
    if (born != null) {
      answers.put(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, DemoFamilies.personalIdentityNumber(born, 41));
    }
    answers.put(ContactDetails.Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER,
        DemoFamilies.personalIdentityNumber(LocalDate.of(1991, 4, 17), 41));
    answers.put(ContactDetails.Vars.GUARDIAN_1_NAME, "Sofia Lindberg");
    answers.put(ContactDetails.Vars.GUARDIAN_1_PHONE, DemoFamilies.fictionPhone(41));
    answers.put(ContactDetails.Vars.GUARDIAN_2_NAME, "Karim Haddad");
    answers.put(ContactDetails.Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER,
        DemoFamilies.personalIdentityNumber(LocalDate.of(1988, 11, 3), 42));
    return answers;
  }

  // ------------------------------------------------------------------------------------------------ the doors

  /**
   * erik (bvc, Danderyd/Mörby) fills the start form as the server hands it to him (his centre and organisation
   * preselected) and as it declares itself; returns the referral's reference.
   */
  private String start(String ageBand, String concern) {
    JsonNode form = rest.get("erik.johansson", START_FORM + "/deployed-start-form").json();
    // the centre and the organisation are erik's own, preselected by the server in the form it hands him (one each)
    Map<String, Object> choices = new HashMap<>();
    choices.put(ReferralProcess.Vars.AGE_BAND, ageBand);
    choices.put(ReferralProcess.Vars.CONCERNS, List.of(concern));
    Rest.Answer started = rest.post("erik.johansson", START_FORM + "/submit-form",
        body(fill(form, Map.of(), choices)));
    if (started.status() != 200) {
      refusals.add("start: " + started.body());
      throw new AssertionError("the start was refused: " + started.body());
    }
    String reference = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.json().get("id").asText()).singleResult().getBusinessKey();
    cases.add(reference);
    return reference;
  }

  /** The case's one open task of that step, answered by a member of its candidate group through the form. */
  private void answer(String reference, String taskKey, Map<String, Object> choices) {
    List<Task> open = openTasks(reference, taskKey);
    assertThat(open).as(reference + " waits at " + taskKey).hasSize(1);
    submit(open.get(0), choices);
  }

  /** Every open task of that step in the case (the escalations of several missed deadlines). */
  private void answerAll(String reference, String taskKey, Map<String, Object> choices) {
    List<Task> open = openTasks(reference, taskKey);
    assertThat(open).as(reference + " waits at " + taskKey).isNotEmpty();
    open.forEach(task -> submit(task, choices));
  }

  private List<Task> openTasks(String reference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
  }

  private void submit(Task task, Map<String, Object> choices) {
    String user = taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
        .filter(USER_OF_GROUP::containsKey).map(USER_OF_GROUP::get).findFirst()
        .orElseThrow(() -> new AssertionError("no demo user for " + task.getTaskDefinitionKey()));
    JsonNode form = rest.get(user, "/engine-rest/task/" + task.getId() + "/deployed-form").json();
    Map<String, Object> data = new HashMap<>();
    rest.get(user, "/engine-rest/task/" + task.getId() + "/form-variables").json().fields()
        .forEachRemaining(v -> data.put(v.getKey(), plain(v.getValue().path("value"))));
    Rest.Answer answer = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        body(fill(form, data, choices)));
    if (answer.status() != 204) {
      refusals.add(task.getTaskDefinitionKey() + ": " + answer.body());
      throw new AssertionError(task.getTaskDefinitionKey() + " was refused: " + answer.body());
    }
  }

  private static String body(Map<String, Object> submitted) {
    return Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(submitted)).toString();
  }

  // ------------------------------------------------------------------------------------------------ the forms

  /**
   * The form's answers: per field the form shows (its hide condition false on the form's data), the scenario's
   * choice if it has one (checked against the options, pattern and length the form declares), else, for a required
   * field, a value the form's declaration asks for; an optional field without a choice stays empty.
   */
  static Map<String, Object> fill(JsonNode form, Map<String, Object> taskData, Map<String, Object> choices) {
    Map<String, Object> data = new HashMap<>(taskData);
    Map<String, Object> submitted = new LinkedHashMap<>();
    for (JsonNode field : fields(form.path("components"), new ArrayList<>())) {
      String key = field.get("key").asText();
      if (field.path("readonly").asBoolean() || field.path("disabled").asBoolean()
          || hidden(field.path("conditional").path("hide").asText(""), data)) {
        continue;
      }
      boolean required = field.path("validate").path("required").asBoolean();
      // form-js submits a field's defaultValue unless the official changes it
      Object value = choices.containsKey(key) ? choices.get(key) : field.hasNonNull("defaultValue")
          ? Rest.JSON.convertValue(field.get("defaultValue"), Object.class) : required ? declared(field) : null;
      if (value == null) {
        continue;
      }
      checkDeclared(field, value);
      data.put(key, value);
      submitted.put(key, value instanceof List<?> list ? Map.of("type", "Json", "value",
          Rest.JSON.valueToTree(list).toString()) : Map.of("value", value));
    }
    for (String chosen : choices.keySet()) {
      assertThat(submitted).as("the scenario's choice %s is a field the form shows", chosen).containsKey(chosen);
    }
    return submitted;
  }

  private static List<JsonNode> fields(JsonNode components, List<JsonNode> found) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        fields(component.get("components"), found);
      } else if (component.hasNonNull("key")) {
        found.add(component);
      }
    }
    return found;
  }

  /** A value for a required field from its declaration alone. */
  private static Object declared(JsonNode field) {
    String type = field.path("type").asText();
    JsonNode options = field.path("values");
    return switch (type) {
      case "radio", "select" -> options.get(0).path("value").asText();
      case "checklist", "taglist" -> List.of(options.get(0).path("value").asText());
      case "checkbox" -> true;
      case "number" -> field.path("validate").path("min").asInt(1);
      case "datetime" -> (field.path("disallowPassedDates").asBoolean() ? SwedishTime.today().plusDays(30)
          : SwedishTime.today()).toString();
      default -> {
        String text = "Anteckning: " + label(field).toLowerCase();
        int max = field.path("validate").path("maxLength").asInt(Integer.MAX_VALUE);
        yield text.length() > max ? text.substring(0, max) : text;
      }
    };
  }

  /** A value is one the form allows: among its options, matching its pattern, within its length. */
  private static void checkDeclared(JsonNode field, Object value) {
    String label = label(field);
    Set<String> options = new HashSet<>();
    field.path("values").forEach(option -> options.add(option.path("value").asText()));
    if (!options.isEmpty()) {
      List<?> chosen = value instanceof List<?> list ? list : List.of(value);
      chosen.forEach(v -> assertThat(options).as("options of " + label).contains(String.valueOf(v)));
    }
    JsonNode validate = field.path("validate");
    if (validate.hasNonNull("pattern")) {
      assertThat(String.valueOf(value)).as("pattern of " + label).matches(validate.get("pattern").asText());
    }
    if (validate.has("maxLength")) {
      assertThat(String.valueOf(value).length()).as("length of " + label)
          .isLessThanOrEqualTo(validate.get("maxLength").asInt());
    }
    if (field.path("disallowPassedDates").asBoolean()) {
      assertThat(String.valueOf(value).compareTo(SwedishTime.today().toString())).as("date of " + label)
          .isGreaterThanOrEqualTo(0);
    }
  }

  private static String label(JsonNode field) {
    return field.path("dateLabel").asText(field.path("label").asText(field.path("key").asText()));
  }

  private static final Pattern TERM = Pattern.compile("^\\s*(\\w+)\\s*(!=|=)\\s*(true|false|null|\"[^\"]*\")\\s*$");

  /** The FEEL of our forms' hide conditions: comparisons of a field with a literal, joined by and / or. */
  static boolean hidden(String expression, Map<String, Object> data) {
    if (expression.isBlank()) {
      return false;
    }
    String feel = expression.startsWith("=") ? expression.substring(1) : expression;
    boolean any = false;
    for (String alternative : feel.split(" or ")) {
      boolean all = true;
      for (String term : alternative.split(" and ")) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
          throw new AssertionError("a hide condition this walk cannot read: " + expression);
        }
        Object literal = switch (m.group(3)) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> m.group(3).substring(1, m.group(3).length() - 1);
        };
        boolean equal = java.util.Objects.equals(data.get(m.group(1)), literal);
        all &= m.group(2).equals("=") == equal;
      }
      any |= all;
    }
    return any;
  }

  private static Object plain(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    return value.isNumber() ? value.numberValue() : value.asText();
  }

  // ------------------------------------------------------------------------------------------------ the models

  /** Runs the case's job at that element: a timer that is due, or an asynchronous continuation. */
  private void fireTimer(String reference, String timerId) {
    var job = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .map(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).activityId(timerId)
            .singleResult())
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    assertThat(job).as("job of " + timerId + " in " + reference).isNotNull();
    managementService.executeJob(job.getId());
  }

  private Set<String> endEvents(String key) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().withoutTenantId().singleResult();
    if (definition == null) {
      definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .list().get(0);
    }
    Set<String> ids = new TreeSet<>();
    repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(EndEvent.class)
        .forEach(end -> ids.add(end.getId()));
    return ids;
  }

  private Set<String> reachedEndEvents(String key) {
    Set<String> ids = new TreeSet<>();
    for (String reference : cases) {
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
          .processDefinitionKey(key).list().forEach(pi -> historyService.createHistoricActivityInstanceQuery()
              .processInstanceId(pi.getId()).finished().list().stream()
              .filter(a -> a.getActivityType().endsWith("EndEvent")).forEach(a -> ids.add(a.getActivityId())));
    }
    return ids;
  }
}
