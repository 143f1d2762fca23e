package se.familycentre.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.establishment.EstablishmentStart;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Every refusal the server makes in the establishment process, each its own case (issue 12 §6): the start form
 * ({@code RegisterCentreDelegate}, the typed variables, the form guard) and every user task (its {@code *Validation}
 * bean, the form guard). Each answer goes through Camunda REST's {@code submit-form}, as Tasklist sends it, by a demo
 * user of the task's candidate group; each must be a 400 whose message is one Swedish sentence naming the field (no
 * engine prefix), after which the task is still open, the case's variables are as before and the register's row of
 * the centre is unchanged. One case per task waits for all its refusals: a refusal that changed anything would show
 * in the next one.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstablishmentBadInputTest {

  static final String START_FORM = "/engine-rest/process-definition/key/" + EstablishmentProcess.KEY + "/submit-form";
  static final String TOMORROW = SwedishTime.today().plusDays(1).toString();
  static final String YESTERDAY = SwedishTime.today().minusDays(1).toString();

  /** The task a refusal is tried on, with the demo user of its candidate group who submits it. */
  enum Step {
    INVESTIGATE(Ids.INVESTIGATE, "karin.ek"),
    FOLLOW_UP_OVERDUE(Ids.FOLLOW_UP_OVERDUE, "lena.persson"),
    COMMITTEE_DECISION(Ids.RECORD_COMMITTEE_DECISION, "lars.svensson"),
    APPLY(Ids.APPLY_FOR_AGREEMENT, "erik.johansson"),
    ASSESS(Ids.ASSESS_AGREEMENT, "eva.lund"),
    CO_LOCATE(Ids.ARRANGE_CO_LOCATION, "lena.persson"),
    AFTER_CLASSIFICATION(Ids.DECIDE_AFTER_CLASSIFICATION, "lena.persson"),
    LAUNCH(Ids.LAUNCH_CENTRE, "maria.nilsson"),
    EVALUATE(Ids.EVALUATE_CENTRE, "lena.persson");

    final String taskId;
    final String user;

    Step(String taskId, String user) {
      this.taskId = taskId;
      this.user = user;
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FamilyCentreRegister register;

  Rest rest;
  EstablishmentCases cases;
  final Map<Step, ProcessInstance> waiting = new EnumMap<>(Step.class);

  @BeforeAll
  void prepareOneCaseWaitingAtEachTask() {
    rest = new Rest(port);
    cases = new EstablishmentCases(engine);
    for (Step step : Step.values()) {
      waiting.put(step, caseWaitingAt(step, "fel"));
    }
  }

  /** What the task's form would submit when filled in right: each case changes one answer of it. */
  static Map<String, Object> rightAnswers(Step step) {
    return switch (step) {
      case INVESTIGATE -> EstablishmentCases.investigationAnswers("socialnamnden");
      case FOLLOW_UP_OVERDUE -> new HashMap<>(Map.of(Vars.FOLLOW_UP_ACTION, "Ny tidplan med utredaren"));
      case COMMITTEE_DECISION -> EstablishmentCases.decision(Values.APPROVE, "2022-04-20", null);
      case APPLY -> new HashMap<>(EstablishmentCases.application(false, true, "2022-01-15"));
      case ASSESS -> EstablishmentCases.grant("2022-03-01");
      case CO_LOCATE -> new HashMap<>(EstablishmentCases.coLocation(true, true, true, true));
      case AFTER_CLASSIFICATION -> new HashMap<>(Map.of(Vars.AFTER_CLASSIFICATION, Values.END_CASE,
          Vars.NOT_ESTABLISHED_REASON, "Barnhälsovården kan inte delta"));
      case LAUNCH -> new HashMap<>(EstablishmentCases.launchAnswers("2022-09-01"));
      case EVALUATE -> EstablishmentCases.evaluationAnswers(Values.CONTINUE);
    };
  }

  static Arguments refusal(Step step, String what, Consumer<Map<String, Object>> change, String... message) {
    return Arguments.of(step, what, change, List.of(message));
  }

  static Consumer<Map<String, Object>> set(String field, Object value) {
    return answers -> answers.put(field, value);
  }

  static Consumer<Map<String, Object>> without(String field) {
    return answers -> answers.remove(field);
  }

  static Stream<Arguments> taskRefusals() {
    return Stream.of(
        // userTask_investigate: InvestigateValidation and the form guard
        refusal(Step.INVESTIGATE, "no estimated costs", without(Vars.ESTIMATED_COSTS),
            "\"Beräknade kostnader per år (kr)\" saknas"),
        refusal(Step.INVESTIGATE, "costs in Swedish digit grouping as a text", set(Vars.ESTIMATED_COSTS, "1 200 000"),
            "Beräknade kostnader per år (kr)", "ska vara ett tal", "1 200 000"),
        refusal(Step.INVESTIGATE, "negative costs", set(Vars.ESTIMATED_COSTS, -5),
            "Beräknade kostnader per år (kr)", "mellan 0 och 1 000 000 000"),
        refusal(Step.INVESTIGATE, "implausibly large costs", set(Vars.ESTIMATED_COSTS, 2_000_000_000),
            "Beräknade kostnader per år (kr)", "mellan 0 och 1 000 000 000"),
        refusal(Step.INVESTIGATE, "costs with decimals", set(Vars.ESTIMATED_COSTS, 1200.5),
            "\"1200.5\" är inget heltal för \"Beräknade kostnader per år (kr)\""),
        refusal(Step.INVESTIGATE, "no location", set(Vars.LOCATION, ""), "\"Lokalisering och lokaler\" saknas"),
        refusal(Step.INVESTIGATE, "no staffing", set(Vars.STAFFING, "  "), "\"Bemanning\" saknas"),
        refusal(Step.INVESTIGATE, "no family needs", without(Vars.FAMILY_NEEDS),
            "\"Familjernas behov i området\" saknas"),
        refusal(Step.INVESTIGATE, "no local actors", without(Vars.LOCAL_ACTORS), "\"Lokala aktörer\" saknas"),
        refusal(Step.INVESTIGATE, "no consequences for children", set(Vars.CONSEQUENCES_FOR_CHILDREN, ""),
            "\"Konsekvenser för barn (barnkonsekvensanalys)\" saknas"),
        refusal(Step.INVESTIGATE, "no economic consequences", without(Vars.ECONOMIC_CONSEQUENCES),
            "\"Ekonomiska konsekvenser\" saknas"),
        refusal(Step.INVESTIGATE, "the report-back date emptied", set(Vars.REPORT_BACK_DATE, ""),
            "\"Återredovisas senast\" saknas"),
        refusal(Step.INVESTIGATE, "a new report-back date already passed", set(Vars.REPORT_BACK_DATE, YESTERDAY),
            "nytt återredovisningsdatum kan inte ha passerat", YESTERDAY),
        refusal(Step.INVESTIGATE, "a report-back date that is no date", set(Vars.REPORT_BACK_DATE, "31/12/2026"),
            "Återredovisas senast"),
        refusal(Step.INVESTIGATE, "no committee", set(Vars.COMMITTEES, Spin.JSON(List.of())),
            "Välj minst en nämnd"),
        refusal(Step.INVESTIGATE, "a committee not offered", set(Vars.COMMITTEES, Spin.JSON(List.of("hittepa"))),
            "Nämnder som ska besluta", "hittepa"),
        refusal(Step.INVESTIGATE, "a variable outside the form", set(Vars.CASE_REFERENCE, "annat-ärende"),
            "caseReference"),
        // userTask_followUpOverdueInvestigation
        refusal(Step.FOLLOW_UP_OVERDUE, "no action", set(Vars.FOLLOW_UP_ACTION, ""), "\"Åtgärd\" saknas"),
        // userTask_recordCommitteeDecision
        refusal(Step.COMMITTEE_DECISION, "no decision", without(Vars.DECISION), "\"Beslut\""),
        refusal(Step.COMMITTEE_DECISION, "a decision not offered", set(Vars.DECISION, "MAYBE"), "Beslut", "MAYBE"),
        refusal(Step.COMMITTEE_DECISION, "no decision date", without(Vars.DECISION_DATE),
            "\"Beslutsdatum\" saknas"),
        refusal(Step.COMMITTEE_DECISION, "a decision date in the future", set(Vars.DECISION_DATE, TOMORROW),
            "Beslutsdatumet " + TOMORROW + " har inte kommit än"),
        refusal(Step.COMMITTEE_DECISION, "no minute reference", set(Vars.MINUTE_REFERENCE, ""),
            "\"Protokollsparagraf\" saknas"),
        refusal(Step.COMMITTEE_DECISION, "a rejection without reason", set(Vars.DECISION, Values.REJECT),
            "Ett avslag måste motiveras: skriv nämndens skäl."),
        refusal(Step.COMMITTEE_DECISION, "a return without reason", set(Vars.DECISION, Values.RETURN),
            "En återremiss måste motiveras: skriv vad som ska utredas vidare."),
        // userTask_applyForSupplementaryAgreement
        refusal(Step.APPLY, "no provider", without(Vars.AGREEMENT_PROVIDER), "\"Vårdgivare\" saknas"),
        refusal(Step.APPLY, "a provider without the basic contract", set(Vars.HOLDS_BASIC_CONTRACT, false),
            "Bara vårdgivare som har grundavtal", "Vårdgivaren har grundavtal för BMM/BVC"),
        refusal(Step.APPLY, "no application date", without(Vars.APPLICATION_DATE), "\"Ansökningsdatum\" saknas"),
        refusal(Step.APPLY, "neither maternity nor child health care", set(Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE,
            false), "Ansökan ska gälla mödrahälsovård (BMM), barnhälsovård (BVC) eller båda."),
        refusal(Step.APPLY, "a checkbox answered with a text", set(Vars.HOLDS_BASIC_CONTRACT, "ja"),
            "Vårdgivaren har grundavtal för BMM/BVC", "kryssruta"),
        // userTask_assessSupplementaryAgreement
        refusal(Step.ASSESS, "no decision", without(Vars.AGREEMENT_DECISION), "\"Beslut\""),
        refusal(Step.ASSESS, "a rejection without reasons", answers -> {
          answers.clear();
          answers.put(Vars.AGREEMENT_DECISION, Values.REJECT);
        }, "Ett avslag på tilläggsavtal måste motiveras: skriv skälen."),
        refusal(Step.ASSESS, "a grant without its date", without(Vars.AGREEMENT_FROM),
            "\"Avtalet gäller från\" saknas"),
        refusal(Step.ASSESS, "a grant from before the application", set(Vars.AGREEMENT_FROM, "2021-12-01"),
            "före ansökningsdatumet 2022-01-15"),
        refusal(Step.ASSESS, "a grant with a requirement unmet", set(Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS, false),
            "kan inte beviljas när kraven inte är uppfyllda", "gemensam behovsanalys"),
        refusal(Step.ASSESS, "a grant without the level of co-location", without(Vars.CO_LOCATION_LEVEL),
            "Ange graden av samlokalisering"),
        refusal(Step.ASSESS, "a level not offered", set(Vars.CO_LOCATION_LEVEL, "4"), "Grad av samlokalisering",
            "\"4\""),
        // userTask_arrangeCoLocation
        refusal(Step.CO_LOCATE, "no premises", without(Vars.PREMISES), "\"Lokaler\" saknas"),
        refusal(Step.CO_LOCATE, "no simultaneous weekday", without(Vars.SIMULTANEOUS_WEEKDAY),
            "Veckodag då alla finns på plats samtidigt"),
        refusal(Step.CO_LOCATE, "an agreement without joint evaluation", set(Vars.AGREEMENT_JOINT_EVALUATION, false),
            "Saknas: gemensam utvärdering av samverkan."),
        // userTask_decideAfterClassification
        refusal(Step.AFTER_CLASSIFICATION, "no choice", without(Vars.AFTER_CLASSIFICATION),
            "Hur går ärendet vidare"),
        refusal(Step.AFTER_CLASSIFICATION, "ending without reason", without(Vars.NOT_ESTABLISHED_REASON),
            "\"Skäl till att ärendet avslutas\" saknas"),
        // userTask_launchCentre
        refusal(Step.LAUNCH, "no launch date", without(Vars.LAUNCH_DATE), "\"Startdatum\" saknas"),
        refusal(Step.LAUNCH, "a launch before the last committee decision", set(Vars.LAUNCH_DATE, "2022-04-19"),
            "före nämndernas sista beslut 2022-04-20"),
        refusal(Step.LAUNCH, "no weekday", without(Vars.SESSION_WEEKDAY), "Veckodag"),
        refusal(Step.LAUNCH, "a time not as TT:MM", set(Vars.SESSION_FROM, "9.30"), "Skriv tiderna som TT:MM"),
        refusal(Step.LAUNCH, "no end of the session", without(Vars.SESSION_TO), "\"Till klockan\" saknas"),
        refusal(Step.LAUNCH, "a session that ends before it starts", set(Vars.SESSION_TO, "08:00"),
            "Passet måste sluta (08:00) efter att det börjar (09:30)."),
        // userTask_evaluateCentre
        refusal(Step.EVALUATE, "no outcome", without(Vars.EVALUATION_OUTCOME), "Utfall"),
        refusal(Step.EVALUATE, "a negative figure", set(Vars.FAMILIES_REACHED, -1),
            "Uppföljningstal kan inte vara negativa."),
        refusal(Step.EVALUATE, "an implausibly large figure", set(Vars.BIRTHS_IN_AREA, 250_000),
            "\"Födda i området\" kan inte vara 250000"),
        refusal(Step.EVALUATE, "more joint activities than a week holds", set(Vars.JOINT_ACTIVITIES_PER_WEEK, 80),
            "\"Gemensamma aktiviteter per vecka\" kan inte vara 80"),
        refusal(Step.EVALUATE, "a survey above 100 percent", set(Vars.PARENT_SURVEY_SCORE, 101),
            "Föräldraenkäten anges i procent nöjda, 0–100."),
        refusal(Step.EVALUATE, "no summary", without(Vars.EVALUATION_NOTE),
            "Uppgiften \"Sammanfattning\" saknas: skriv vad utvärderingen visar."),
        refusal(Step.EVALUATE, "closing without reasons", answers -> {
          answers.put(Vars.EVALUATION_OUTCOME, Values.CLOSE);
          answers.remove(Vars.EVALUATION_NOTE);
        }, "Uppgiften \"Sammanfattning\" saknas: skriv skälen att avveckla."));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("taskRefusals")
  void aRefusedAnswerIs400NamingTheFieldAndChangesNothing(Step step, String what,
      Consumer<Map<String, Object>> change, List<String> message) throws Exception {
    ProcessInstance pi = waiting.get(step);
    Task task = task(pi, step);
    Map<String, Object> before = variables(pi);
    Object registerBefore = register.centreDetail(pi.getBusinessKey()).orElseThrow();
    Map<String, Object> answers = rightAnswers(step);
    change.accept(answers);

    Rest.Answer answer = rest.post(step.user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Rest.JSON.writeValueAsString(EstablishmentCases.submitted(answers)));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).as("one Swedish sentence naming the field")
        .contains(message).doesNotContain("Cannot").doesNotContain(task.getId());
    assertThat(task(pi, step).getId()).as("the task is still open").isEqualTo(task.getId());
    assertThat(variables(pi)).as("no variable changed").isEqualTo(before);
    assertThat(register.centreDetail(pi.getBusinessKey()).orElseThrow()).as("the register's row is unchanged")
        .isEqualTo(registerBefore);
  }

  @Test
  void theRightAnswersOfEveryTaskAreAccepted() throws Exception {
    // the control: each case above differs from an accepted answer by the one thing it names
    List<Step> accepted = new ArrayList<>();
    for (Step step : Step.values()) {
      Task task = task(caseWaitingAt(step, "ratt"), step);
      Rest.Answer answer = rest.post(step.user, "/engine-rest/task/" + task.getId() + "/submit-form",
          Rest.JSON.writeValueAsString(EstablishmentCases.submitted(rightAnswers(step))));
      assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(204);
      accepted.add(step);
    }
    assertThat(accepted).containsExactly(Step.values());
  }

  /** A case of its own brought to the step, as the officials before would have brought it there. */
  private ProcessInstance caseWaitingAt(Step step, String prefix) {
    if (step == Step.FOLLOW_UP_OVERDUE) {
      Map<String, Object> late = EstablishmentCases.initiative(EstablishmentCases.uniqueId(prefix + "-forsenad"),
          "Lund");
      late.put(Vars.REPORT_BACK_DATE, "2021-05-31");
      ProcessInstance overdue = cases.start(late);
      cases.executeTimer(overdue, Ids.REPORT_BACK_OVERDUE);
      return overdue;
    }
    ProcessInstance pi = cases.start(EstablishmentCases.uniqueId(prefix + "-" + step.name().toLowerCase()
        .replace('_', '-')));
    if (step == Step.INVESTIGATE || step == Step.APPLY) {
      return pi;
    }
    if (step == Step.ASSESS) {
      cases.apply(pi, true, false, "2022-01-15");
      return pi;
    }
    cases.investigate(pi, "socialnamnden");
    if (step == Step.COMMITTEE_DECISION) {
      return pi;
    }
    cases.approveAll(pi, "2022-04-20", "socialnamnden");
    cases.apply(pi, true, false, "2022-01-15");
    cases.grantAgreement(pi, "2022-03-01");
    if (step == Step.CO_LOCATE) {
      return pi;
    }
    boolean enough = step != Step.AFTER_CLASSIFICATION;
    cases.coLocate(pi, enough, enough, true, true);
    if (step == Step.EVALUATE) {
      cases.launch(pi, "2022-09-01");
      cases.evaluationDue(pi);
    }
    return pi;
  }

  /** The case's variables, a JSON value (the committees) by its text: Spin's nodes are equal only to themselves. */
  private Map<String, Object> variables(ProcessInstance pi) {
    Map<String, Object> variables = new HashMap<>(engine.getRuntimeService().getVariables(pi.getId()));
    variables.replaceAll((name, value) -> value instanceof org.camunda.spin.json.SpinJsonNode json ? json.toString()
        : value);
    return variables;
  }

  private Task task(ProcessInstance pi, Step step) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(step.taskId).list();
    assertThat(open).as("one open " + step.taskId).hasSize(1);
    return open.get(0);
  }

  // ---- the start form: RegisterCentreDelegate, the typed variables and the form guard ----

  static Arguments startRefusal(String what, Consumer<Map<String, Object>> change, String... message) {
    return Arguments.of(what, change, List.of(message));
  }

  static Stream<Arguments> startRefusals() {
    return Stream.of(
        startRefusal("a centre id typed by the caller (the server derives it from municipality and area)",
            set(Vars.CENTRE_ID, "morby-centrum"), "\"centreId\" är inget fält i startformuläret"),
        startRefusal("no centre name", without(Vars.CENTRE_NAME), "\"Familjecentralens namn\" saknas"),
        startRefusal("no municipality", without(Vars.MUNICIPALITY), "\"Kommun\" saknas"),
        startRefusal("an unknown municipality", set(Vars.MUNICIPALITY, "Atlantis"),
            "Fältet \"Kommun\" har inte alternativet \"Atlantis\""),
        startRefusal("a region named by the caller (the server derives it from the municipality)",
            set(Vars.REGION, "stockholm"), "\"region\" är inget fält i startformuläret"),
        startRefusal("no kind of initiative", without(Vars.INITIATIVE_KIND), "\"Typ av initiativ\" saknas"),
        startRefusal("a kind of initiative not offered", set(Vars.INITIATIVE_KIND, "RUMOUR"), "Typ av initiativ",
            "RUMOUR"),
        startRefusal("nobody who raised it", set(Vars.RAISED_BY, ""), "\"Väckt av\" saknas"),
        startRefusal("no report-back date", without(Vars.REPORT_BACK_DATE), "\"Återredovisas senast\" saknas"),
        startRefusal("a report-back date a century ahead", set(Vars.REPORT_BACK_DATE,
            SwedishTime.today().plusYears(100).toString()), "ligger mer än 10 år fram"),
        startRefusal("a report-back date that is no date", set(Vars.REPORT_BACK_DATE, "i vår"),
            "Återredovisas senast"),
        startRefusal("a planned leg answered with a text", set(Vars.OPEN_PRESCHOOL_PLANNED, "kanske"),
            "Öppen förskola ingår"),
        startRefusal("a variable outside the form", set(Vars.CASE_REFERENCE, "annat-ärende"), "caseReference"));
  }

  @ParameterizedTest(name = "start: {0}")
  @MethodSource("startRefusals")
  void aRefusedInitiativeIs400NamingTheFieldAndStartsNothing(String what, Consumer<Map<String, Object>> change,
      List<String> message) throws Exception {
    EstablishmentStart form = EstablishmentCases.formInitiative(EstablishmentCases.uniqueId("fel-initiativ"), "Lund");
    String id = form.centreId();
    Map<String, Object> initiative = new HashMap<>(form.variables());
    change.accept(initiative);
    Map<String, Object> body = new HashMap<>(EstablishmentCases.submitted(initiative));
    body.put("businessKey", id);

    Rest.Answer answer = rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).contains(message).doesNotContain("Cannot");
    assertNothingStartedFor(id);
  }

  @Test
  void aBusinessKeyOtherThanTheCentreIdIsRefused() throws Exception {
    EstablishmentStart form = EstablishmentCases.formInitiative(EstablishmentCases.uniqueId("fel-nyckel"), "Lund");
    String id = form.centreId();
    Map<String, Object> body = new HashMap<>(EstablishmentCases.submitted(form.variables()));
    body.put("businessKey", id + "-annan");

    Rest.Answer answer = rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("message").asText())
        .isEqualTo("Ärendets referens (" + id + "-annan) ska vara familjecentralens id (" + id + ").");
    assertNothingStartedFor(id);
    assertNothingStartedFor(id + "-annan");
  }

  @Test
  void aDuplicateCentreIdIsRefusedNamingTheAreaAndTheFirstCaseIsUntouched() throws Exception {
    EstablishmentStart form = EstablishmentCases.formInitiative(EstablishmentCases.uniqueId("fel-dubblett"), "Lund");
    String id = form.centreId();
    Map<String, Object> body = new HashMap<>(EstablishmentCases.submitted(form.variables()));
    body.put("businessKey", id);
    assertThat(rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body)).status()).isEqualTo(200);
    Object registered = register.centreDetail(id).orElseThrow();

    Rest.Answer second = rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body));

    assertThat(second.status()).isEqualTo(400);
    assertThat(second.json().path("message").asText())
        .isEqualTo("Det finns redan en familjecentral med id " + id + "; ange området så att det skiljer sig.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
        .isEqualTo(1);
    assertThat(register.centreDetail(id).orElseThrow()).isEqualTo(registered);
  }

  @Test
  void anIdAnotherCentresTenantHoldsIsRefusedNamingTheArea() throws Exception {
    EstablishmentStart form = EstablishmentCases.formInitiative(EstablishmentCases.uniqueId("fel-tenant"), "Lund");
    String id = form.centreId();
    engine.getIdentityService().saveTenant(engine.getIdentityService().newTenant(id));
    try {
      Map<String, Object> body = new HashMap<>(EstablishmentCases.submitted(form.variables()));

      Rest.Answer answer = rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body));

      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.json().path("message").asText())
          .isEqualTo("Det finns redan en familjecentral med id " + id + "; ange området så att det skiljer sig.");
      assertNothingStartedFor(id);
    } finally {
      engine.getIdentityService().deleteTenant(id);
    }
  }

  @Test
  void theIdIsDerivedFromMunicipalityAndAreaAndIsTheCasesBusinessKey() throws Exception {
    String area = "Östra Sjöängen " + EstablishmentCases.uniqueId("é");
    EstablishmentStart form = EstablishmentCases.formInitiative(area, "Malmö");
    Map<String, Object> body = new HashMap<>(EstablishmentCases.submitted(form.variables()));

    Rest.Answer answer = rest.post("karin.ek", START_FORM, Rest.JSON.writeValueAsString(body));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    String expected = "malmo-ostra-sjoangen-e-" + area.substring(area.lastIndexOf('-') + 1);
    assertThat(form.centreId()).isEqualTo(expected);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(answer.json().path("id")
        .asText()).singleResult().getBusinessKey()).isEqualTo(expected);
    assertThat(register.centre(expected)).isPresent();
    assertThat(engine.getRuntimeService().getVariable(answer.json().path("id").asText(), Vars.CENTRE_ID))
        .isEqualTo(expected);
  }

  private void assertNothingStartedFor(String centreId) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(centreId)
        .count()).as("no case, not even in history").isZero();
    assertThat(register.centre(centreId)).as("no register row").isEmpty();
  }
}
