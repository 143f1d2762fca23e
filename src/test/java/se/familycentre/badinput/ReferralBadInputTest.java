package se.familycentre.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralStart;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * The catalogue of every refusal the server makes on the referral's start and on every user task of the referral,
 * the receiving organisation's support, social services' intake of a report of concern and the coordinator's
 * escalation (issue 12 §6, issue 13 §2): each answer is submitted through the REST API as Tasklist submits it, as the
 * demo user whose task it is, and is refused with a 400 and a Swedish message that names the field; the task stays
 * open and nothing changes (no variable of any of the case's instances, no history, no figures row, no referral
 * number).
 */
@FamilyCentreSpringTest
class ReferralBadInputTest {

  static final String START = "/engine-rest/process-definition/key/" + ReferralProcess.KEY + "/submit-form";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  // ------------------------------------------------------------------------------------------------ the start

  /** The start form as the tests fill it: erik (bvc) at Danderyd/Mörby, a child of 1–3 years, parenting. */
  static ReferralStart validStart() {
    return ReferralTestSupport.start("danderyd-morby", "bvc", "AGE_1_3", "PARENTING");
  }

  static Stream<Arguments> badStarts() {
    return Stream.of(
        // the centre and the organisation are picked from the starter's own (the start form the server hands out)
        start("an unknown centre", ReferralTestSupport.start("atlantis", "bvc", "AGE_1_3", "PARENTING"),
            "Fältet \"Familjecentral\" har inte alternativet \"atlantis\"; välj ett av \"danderyd-morby\"."),
        start("no centre", ReferralStart.at(null).by("bvc").activity("OPEN_PRESCHOOL").ageBand("AGE_1_3")
            .concerns("PARENTING").urgency("NORMAL"), "Okänd familjecentral: (ingen angiven)"),
        start("a centre where the starter does not work", ReferralTestSupport.start("stockholm-rinkeby", "bvc",
            "AGE_1_3", "PARENTING"), "Fältet \"Familjecentral\" har inte alternativet \"stockholm-rinkeby\"; välj "
            + "ett av \"danderyd-morby\".\nDu arbetar inte vid familjecentralen stockholm-rinkeby"),
        start("an organisation the starter does not belong to", ReferralTestSupport.start("danderyd-morby", "mvc",
            "AGE_1_3", "PARENTING"), "Fältet \"Din verksamhet\" har inte alternativet \"mvc\"; välj ett av \"bvc\"."
            + "\nDu tillhör inte verksamheten mvc."),
        start("no organisation", validStart().by(null), "Ange din verksamhet"),
        start("an organisation that does not start referrals", validStart().by("revision"),
            "\"Din verksamhet\" har inte alternativet \"revision\""),
        start("no concern", validStart().concerns(List.of()), "Ange minst ett område som oron gäller"),
        start("an unknown concern", validStart().concerns("ASTROLOGY"),
            "\"Vad gäller oron?\" har inte alternativet \"ASTROLOGY\""),
        start("no age band", validStart().ageBand(null), "Ange barnets ålder"),
        start("an unknown age band", validStart().ageBand("AGE_7_12"),
            "\"Barnets ålder\" har inte alternativet \"AGE_7_12\""),
        start("no activity", validStart().activity(null), "Ange i vilken verksamhet ni mötte familjen"),
        start("no urgency", validStart().urgency(null), "Ange hur brådskande ärendet är"),
        start("an unknown urgency", validStart().urgency("YESTERDAY"),
            "\"Hur brådskande?\" har inte alternativet \"YESTERDAY\""),
        start("a description over 500 characters", validStart().description("x".repeat(501)),
            "Beskrivningen får vara högst 500 tecken"));
  }

  static Arguments start(String name, ReferralStart form, String message) {
    return Arguments.of(name, form, message);
  }

  @ParameterizedTest(name = "the start with {0} is refused")
  @MethodSource("badStarts")
  void aBadStartIsRefusedWith400AndNothingIsSaved(String name, ReferralStart form, String message) {
    long referrals = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .count();
    Map<String, Object> figures = figureCounts();

    Rest.Answer answer = rest.post("erik.johansson", START,
        Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(form.submitted())).toString());

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).contains(message);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .count()).as("no referral, not even in history").isEqualTo(referrals);
    assertThat(figureCounts()).as("no figures row, no referral number").isEqualTo(figures);
  }

  private Map<String, Object> figureCounts() {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String table : List.of("fc_referral_case", "fc_referral_offer", "fc_report_of_concern",
        "fc_referral_number")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    return counts;
  }

  // ------------------------------------------------------------------------------------------------ the tasks

  /** Where a case waits for the task a refusal is tried on, and who works it. */
  enum Step {
    WRITE_REPORT("erik.johansson", ReferralProcess.Ids.WRITE_REPORT),
    RECORD_CONSENT("erik.johansson", ReferralProcess.Ids.RECORD_CONSENT),
    COORDINATOR_DECIDES("lena.persson", ReferralProcess.Ids.COORDINATOR_DECIDES),
    ACCEPT_REFERRAL("sara.berg", ReferralSupportProcess.Ids.ACCEPT_REFERRAL),
    GIVE_SUPPORT("sara.berg", ReferralSupportProcess.Ids.GIVE_SUPPORT),
    FOLLOW_UP_SUPPORT("sara.berg", ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT),
    ASSESS_PROTECTION("johan.holm", ReportOfConcernProcess.Ids.ASSESS_PROTECTION),
    DECIDE_ON_INVESTIGATION("johan.holm", ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION),
    HANDLE_ESCALATION("lena.persson", EscalationProcess.Ids.HANDLE_ESCALATION);

    final String user;
    final String taskKey;

    Step(String user, String taskKey) {
      this.user = user;
      this.taskKey = taskKey;
    }
  }

  /** A bad answer: the step, the answers (the valid ones changed by {@code change}), the refusal's words. */
  record Bad(String name, Step step, Function<Map<String, Object>, Map<String, Object>> change, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Bad bad(Step step, String name, Function<Map<String, Object>, Map<String, Object>> change, String message) {
    return new Bad(name, step, change, message);
  }

  static Function<Map<String, Object>, Map<String, Object>> set(String key, Object value) {
    return answers -> {
      Map<String, Object> changed = new LinkedHashMap<>(answers);
      if (value == null) {
        changed.remove(key);
      } else {
        changed.put(key, Map.of("value", value));
      }
      return changed;
    };
  }

  static Function<Map<String, Object>, Map<String, Object>> setJson(String key, String json) {
    return answers -> {
      Map<String, Object> changed = new LinkedHashMap<>(answers);
      changed.put(key, Map.of("type", "Json", "value", json));
      return changed;
    };
  }

  static String day(int daysFromToday) {
    return SwedishTime.today().plusDays(daysFromToday).toString();
  }

  static Stream<Bad> badAnswers() {
    String wrongBand = ReferralTestSupport.childNumberIn("AGE_3_6", 7);
    return Stream.of(
        // Skriv orosanmälan (the referral was started for a child of 1–3 years)
        bad(Step.WRITE_REPORT, "no report text", set(ReferralProcess.Vars.REPORT_TEXT, null),
            "Skriv vad du har sett eller hört som väcker oro"),
        bad(Step.WRITE_REPORT, "neither the child's number nor the municipality",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, null),
            "Ange barnets personnummer eller i vilken kommun barnet bor"),
        bad(Step.WRITE_REPORT, "a personal identity number in a wrong format",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "2023-01-15"),
            "Personnumret har fel format: skriv ÅÅÅÅMMDD-NNNN"),
        bad(Step.WRITE_REPORT, "a personal identity number with a wrong check digit",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "20230115-0006"),
            "Personnumrets kontrollsiffra stämmer inte"),
        bad(Step.WRITE_REPORT, "a personal identity number without a real date of birth",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "20230230-0005"),
            "Personnumret innehåller inget giltigt födelsedatum"),
        bad(Step.WRITE_REPORT, "a child born in the future",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "21260115-0005"),
            "Personnumrets födelsedatum ligger i framtiden"),
        bad(Step.WRITE_REPORT, "a child born in 1890 for a child of 1–3 years",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralTestSupport.childNumber((int)
                java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(1890, 1, 15), SwedishTime.today()), 5)),
            "Barnets personnummer (född 1890-01-15) stämmer inte med åldern"),
        bad(Step.WRITE_REPORT, "a child of 3–6 years for a child of 1–3 years",
            set(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, wrongBand),
            "stämmer inte med åldern som angavs när ärendet startades (1–3 år)"),
        // Dokumentera samtycke (each rule also has its own test in ConsentRulesTest)
        bad(Step.RECORD_CONSENT, "joint custody and only one guardian consenting",
            set(ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED, false),
            "Vid gemensam vårdnad måste båda vårdnadshavarna samtycka"),
        bad(Step.RECORD_CONSENT, "no organisation", setJson(ReferralProcess.Vars.CONSENT_ORGANISATIONS, "[]"),
            "Ange vilken eller vilka verksamheter samtycket gäller"),
        bad(Step.RECORD_CONSENT, "an unknown organisation",
            setJson(ReferralProcess.Vars.CONSENT_ORGANISATIONS, "[\"SCHOOL\"]"),
            "\"Verksamheter som samtycket gäller\" har inte alternativet \"SCHOOL\""),
        bad(Step.RECORD_CONSENT, "nothing said on what may be shared",
            set(ReferralProcess.Vars.CONSENT_SHARED_INFORMATION, null), "Ange vilka uppgifter som får lämnas"),
        bad(Step.RECORD_CONSENT, "no purpose", set(ReferralProcess.Vars.CONSENT_PURPOSE, null),
            "Ange i vilket syfte uppgifterna får lämnas"),
        bad(Step.RECORD_CONSENT, "no end date", set(ReferralProcess.Vars.CONSENT_VALID_UNTIL, null),
            "Ange till och med vilket datum samtycket gäller"),
        bad(Step.RECORD_CONSENT, "an end date today", set(ReferralProcess.Vars.CONSENT_VALID_UNTIL, day(0)),
            "Samtycket måste gälla till ett datum i framtiden"),
        bad(Step.RECORD_CONSENT, "an end date in 2000", set(ReferralProcess.Vars.CONSENT_VALID_UNTIL, "2000-06-30"),
            "Samtycket måste gälla till ett datum i framtiden (angivet: 2000-06-30)"),
        bad(Step.RECORD_CONSENT, "an end date in 2126", set(ReferralProcess.Vars.CONSENT_VALID_UNTIL, "2126-06-30"),
            "Samtycket kan gälla högst till och med"),
        bad(Step.RECORD_CONSENT, "an end date that is not a date",
            set(ReferralProcess.Vars.CONSENT_VALID_UNTIL, "nästa sommar"), "\"Samtycket gäller till och med\""),
        // Avgör vart familjen hänvisas
        bad(Step.COORDINATOR_DECIDES, "no decision", set(ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, null),
            "Välj en insats, eller att hänvisningen avslutas utan insats"),
        bad(Step.COORDINATOR_DECIDES, "an unknown service",
            set(ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, "HOMEOPATHY"),
            "\"Beslut\" har inte alternativet \"HOMEOPATHY\""),
        // Ta emot och kontakta familjen
        bad(Step.ACCEPT_REFERRAL, "no answer", set(ReferralSupportProcess.Vars.ACCEPTED, null),
            "Ange om ni tar emot hänvisningen"),
        bad(Step.ACCEPT_REFERRAL, "a decline without a reason", answers -> Map.of(
            ReferralSupportProcess.Vars.ACCEPTED, Map.of("value", "false")),
            "Ange varför ni inte kan ta emot hänvisningen"),
        bad(Step.ACCEPT_REFERRAL, "an acceptance without the first contact's date",
            set(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, null), "Ange datum för första kontakten"),
        bad(Step.ACCEPT_REFERRAL, "a first contact tomorrow",
            set(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, day(1)),
            "Första kontakten kan inte ha ett datum i framtiden"),
        bad(Step.ACCEPT_REFERRAL, "a first contact before the referral reached the organisation",
            set(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, day(-1)),
            "Första kontakten kan inte vara före " + day(0)),
        bad(Step.ACCEPT_REFERRAL, "a first contact in 2000",
            set(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, "2000-01-03"), "(angivet: 2000-01-03)"),
        // Ge stödet
        bad(Step.GIVE_SUPPORT, "no summary of the support", set(ReferralSupportProcess.Vars.SUPPORT_SUMMARY, null),
            "Beskriv kort vilket stöd familjen har fått"),
        bad(Step.GIVE_SUPPORT, "no follow-up date", set(ReferralSupportProcess.Vars.FOLLOW_UP_ON, null),
            "Ange senast vilket datum stödet ska följas upp"),
        bad(Step.GIVE_SUPPORT, "a follow-up yesterday", set(ReferralSupportProcess.Vars.FOLLOW_UP_ON, day(-1)),
            "Uppföljningen kan inte ha ett datum som redan har passerat"),
        bad(Step.GIVE_SUPPORT, "a follow-up in 2126", set(ReferralSupportProcess.Vars.FOLLOW_UP_ON, "2126-01-05"),
            "Stödet ska följas upp senast " + SwedishTime.today().plusMonths(12)),
        // Följ upp stödet
        bad(Step.FOLLOW_UP_SUPPORT, "no result of the follow-up",
            set(ReferralSupportProcess.Vars.FOLLOW_UP_RESULT, null), "Beskriv kort hur det har gått för familjen"),
        // Bedöm skyddsbehov
        bad(Step.ASSESS_PROTECTION, "no protection assessment",
            set(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, null), "Beskriv skyddsbedömningen"),
        // Besluta om utredning
        bad(Step.DECIDE_ON_INVESTIGATION, "an extension without exceptional reasons", answers -> Map.of(
            ReportOfConcernProcess.Vars.EXTEND_DECISION, Map.of("value", true)),
            "Tiden kan bara förlängas om det finns synnerliga skäl"),
        bad(Step.DECIDE_ON_INVESTIGATION, "a decision without reasoning",
            set(ReportOfConcernProcess.Vars.DECISION_REASONING, null), "Motivera beslutet"),
        // Hantera eskaleringen
        bad(Step.HANDLE_ESCALATION, "nothing said on what was done",
            set(EscalationProcess.Vars.ESCALATION_ACTION, null), "Beskriv vad du har gjort åt den missade tidsfristen"));
  }

  @ParameterizedTest(name = "{0}: {1} is refused")
  @MethodSource("steps")
  void aBadAnswerIsRefusedWith400TheTaskStaysOpenAndNothingChanges(String taskKey, Bad bad) {
    Task task = waitingAt(bad.step());
    Map<String, Object> before = snapshot(task);

    Map<String, Object> answers = bad.change().apply(validAnswers(bad.step()));
    Rest.Answer answer = rest.post(bad.step().user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(answers)).toString());

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText()).contains(bad.message());
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    assertThat(snapshot(task)).as("nothing changed").isEqualTo(before);
  }

  static Stream<Arguments> steps() {
    return badAnswers().map(bad -> Arguments.of(bad.step().taskKey, bad));
  }

  /** The valid answers are accepted (so each refusal above is the one change's doing). */
  @ParameterizedTest(name = "the valid answers of {0} are accepted")
  @org.junit.jupiter.params.provider.EnumSource(Step.class)
  void theValidAnswersOfEveryStepAreAccepted(Step step) {
    Task task = waitingAt(step);
    Rest.Answer answer = rest.post(step.user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Rest.JSON.createObjectNode().set("variables", Rest.JSON.valueToTree(validAnswers(step))).toString());
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is done").isZero();
  }

  @Test
  void everyUserTaskOfTheFourProcessesWithAnswersHasItsCases() {
    List<String> tried = badAnswers().map(bad -> bad.step().taskKey).distinct().toList();
    assertThat(tried).containsExactlyInAnyOrder(Stream.of(Step.values()).map(step -> step.taskKey).toArray(String[]::new));
  }

  /** The answers the step's form accepts, as Tasklist submits them. */
  static Map<String, Object> validAnswers(Step step) {
    Map<String, Object> plain = new LinkedHashMap<>();
    switch (step) {
      case WRITE_REPORT -> {
        plain.put(ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ReferralTestSupport.childNumberIn("AGE_1_3", 3));
        plain.put(ReferralProcess.Vars.REPORT_TEXT, "Barnet har blåmärken på armarna.");
      }
      case RECORD_CONSENT -> {
        return new LinkedHashMap<>(ReferralTestSupport.consentTo("SOCIAL_SERVICES").submitted());
      }
      case COORDINATOR_DECIDES -> plain.put(ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, "MHV_PSYCHOLOGIST");
      case ACCEPT_REFERRAL -> {
        plain.put(ReferralSupportProcess.Vars.ACCEPTED, "true");
        plain.put(ReferralSupportProcess.Vars.FIRST_CONTACT_DATE, day(0));
      }
      case GIVE_SUPPORT -> {
        plain.put(ReferralSupportProcess.Vars.SUPPORT_SUMMARY, "Fyra ABC-träffar");
        plain.put(ReferralSupportProcess.Vars.FOLLOW_UP_ON, day(60));
      }
      case FOLLOW_UP_SUPPORT -> plain.put(ReferralSupportProcess.Vars.FOLLOW_UP_RESULT, "Föräldrarna är nöjda");
      case ASSESS_PROTECTION -> plain.put(ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, "Inget akut skyddsbehov");
      case DECIDE_ON_INVESTIGATION -> {
        plain.put(ReportOfConcernProcess.Vars.OPEN_INVESTIGATION, true);
        plain.put(ReportOfConcernProcess.Vars.DECISION_REASONING, "Oron är allvarlig");
      }
      case HANDLE_ESCALATION -> plain.put(EscalationProcess.Vars.ESCALATION_ACTION, "Pratat med mottagningen");
      default -> throw new IllegalArgumentException(step.name());
    }
    Map<String, Object> submitted = new LinkedHashMap<>();
    plain.forEach((key, value) -> submitted.put(key, Map.of("value", value)));
    return submitted;
  }

  /** A new case waiting at the step's task (reached through the Java API as the demo users). */
  Task waitingAt(Step step) {
    return switch (step) {
      case WRITE_REPORT -> s.task(s.startAsErik("AGE_1_3", "CHILD_HARMED"), step.taskKey);
      case RECORD_CONSENT -> s.task(s.startAsErik("AGE_3_6", "PARENTING"), step.taskKey);
      case COORDINATOR_DECIDES -> {
        ProcessInstance referral = s.startAsErik("PREGNANCY", "DEVELOPMENT");
        s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT),
            ReferralTestSupport.consent("REGION"));
        yield s.task(referral, step.taskKey);
      }
      case ACCEPT_REFERRAL -> s.receiverTask(s.referredByErikToPreventiveSocialServices(), step.taskKey);
      case GIVE_SUPPORT -> {
        ProcessInstance referral = s.referredByErikToPreventiveSocialServices();
        s.completeAs(Step.ACCEPT_REFERRAL.user, s.receiverTask(referral, Step.ACCEPT_REFERRAL.taskKey),
            ReferralTestSupport.accept());
        yield s.receiverTask(referral, step.taskKey);
      }
      case FOLLOW_UP_SUPPORT -> {
        Task give = waitingAt(Step.GIVE_SUPPORT);
        s.completeAs(step.user, give, plainOf(validAnswers(Step.GIVE_SUPPORT)));
        yield s.task(runtimeService.createProcessInstanceQuery().processInstanceId(give.getProcessInstanceId())
            .singleResult(), step.taskKey);
      }
      case ASSESS_PROTECTION -> intakeTask(step.taskKey);
      case DECIDE_ON_INVESTIGATION -> {
        Task assess = intakeTask(Step.ASSESS_PROTECTION.taskKey);
        s.completeAs(step.user, assess, plainOf(validAnswers(Step.ASSESS_PROTECTION)));
        yield taskService.createTaskQuery().processInstanceId(assess.getProcessInstanceId())
            .taskDefinitionKey(step.taskKey).singleResult();
      }
      case HANDLE_ESCALATION -> {
        Task assess = intakeTask(Step.ASSESS_PROTECTION.taskKey);
        managementService.executeJob(s.timerJob(assess.getProcessInstanceId(),
            ReportOfConcernProcess.Ids.PROTECTION_TIMER).getId());
        String reference = runtimeService.createProcessInstanceQuery()
            .processInstanceId(assess.getProcessInstanceId()).singleResult().getBusinessKey();
        yield s.task(s.escalation(reference), step.taskKey);
      }
    };
  }

  private Task intakeTask(String taskKey) {
    ProcessInstance referral = s.startAsErik("AGE_1_3", "CHILD_HARMED");
    s.completeAs(Step.WRITE_REPORT.user, s.task(referral, Step.WRITE_REPORT.taskKey),
        plainOf(validAnswers(Step.WRITE_REPORT)));
    ProcessInstance intake = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .singleResult();
    return s.task(intake, taskKey);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainOf(Map<String, Object> submitted) {
    Map<String, Object> plain = new LinkedHashMap<>();
    submitted.forEach((key, value) -> plain.put(key, ((Map<String, Object>) value).get("value")));
    return plain;
  }

  /**
   * What a refused answer must leave as it was: every variable of every instance of the case, the number of
   * historic variable rows, the case's figures rows and the number of referral numbers issued.
   */
  private Map<String, Object> snapshot(Task task) {
    String reference = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    Map<String, Object> state = new LinkedHashMap<>();
    List<String> instances = new ArrayList<>();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(pi -> instances.add(pi.getId()));
    for (String id : instances.stream().sorted().toList()) {
      Map<String, String> variables = new java.util.TreeMap<>();
      runtimeService.getVariables(id).forEach((name, value) -> variables.put(name, String.valueOf(value)));
      state.put("variables of " + id, variables);
      state.put("history of " + id, historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
          .count());
      state.put("details of " + id, historyService.createHistoricDetailQuery().processInstanceId(id).count());
    }
    for (String table : List.of("fc_referral_case", "fc_referral_offer", "fc_report_of_concern")) {
      state.put(table, jdbc.queryForList("SELECT * FROM " + table + " WHERE case_reference = ?", reference));
    }
    state.put("referral numbers", jdbc.queryForObject("SELECT COUNT(*) FROM fc_referral_number", Long.class));
    return state;
  }
}
