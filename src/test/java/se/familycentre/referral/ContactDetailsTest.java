package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.familycentre.referral.ReferralTestSupport.accept;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.referral.ContactDetails.Vars;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * The family's identity and contact details (issue 13 §1), one test per rule: recorded with the consent and
 * checked (each refusal in Swedish naming the field, the task stays open, nothing saved); shown to the receiver the
 * guardians consented to, on its task and through REST, and to the referrer; never to another organisation,
 * the coordinator, managers or auditors; removed from the receiver when the consent is withdrawn or expires (the
 * process goes on), while the referrer keeps them and the access log keeps who read them.
 */
@FamilyCentreSpringTest
class ContactDetailsTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ContactDetailsSharing sharing;
  @LocalServerPort int port;
  @Autowired ReferralTestSupport s;
  Rest rest;

  static final String PHONE_TYPED = "070-17 406 42";
  static final String PHONE_STORED = "+46701740642";
  static final String ADDRESS = "Golfvägen 9, 182 31 Danderyd";

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    rest = new Rest(port);
  }

  /** A child of 3–6 years (the ABC programme of social services), the guardians as the tests give them. */
  private static ConsentAnswers consent(String... organisations) {
    return ConsentAnswers.given(organisations).sharing("Oro för föräldraskapet").purpose("Föräldraskapsstöd")
        .validUntil(SwedishTime.today().plusMonths(6)).jointCustody(true)
        .child(DemoFamilies.personalIdentityNumber(SwedishTime.today().minusDays(1500), 321))
        .guardian(1, "Maja Öberg-Lind", DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), 322),
            PHONE_TYPED)
        .address(1, ADDRESS).language(1, "sv", false)
        .guardian(2, "Omar Yusuf", DemoFamilies.personalIdentityNumber(LocalDate.of(1987, 6, 1), 323), null)
        .language(2, "so", true);
  }

  private ProcessInstance referredWith(Map<String, Object> answers) {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "PARENTING");
    s.completeAs("erik.johansson", s.task(referral, ReferralProcess.Ids.RECORD_CONSENT), answers);
    return referral;
  }

  private void refused(Map<String, Object> answers, String field, String message) {
    ProcessInstance referral = s.startAsErik("AGE_3_6", "PARENTING");
    Task task = s.task(referral, ReferralProcess.Ids.RECORD_CONSENT);
    assertThatThrownBy(() -> s.completeAs("erik.johansson", task, answers)).isInstanceOf(InputRefused.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat((Object) ((InputRefused) e).getDetail()).isEqualTo(field));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    assertThat(runtimeService.getVariables(referral.getId())).as("nothing of the answer saved")
        .doesNotContainKeys(Vars.ALL.toArray(String[]::new));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableNameIn(Vars.ALL.toArray(String[]::new)).count()).as("nor in history").isZero();
  }

  private static Map<String, Object> with(ConsentAnswers consent, String name, Object value) {
    Map<String, Object> answers = consent.variables();
    answers.put(name, value);
    return answers;
  }

  // ----- recorded with the consent, checked

  @Test
  void theReferrerRecordsTheFamilyWithTheConsentAndNumbersAndPhonesAreStoredInOneShape() {
    String typed = DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), 322).replace("-", "").substring(2);
    ProcessInstance referral = referredWith(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER,
        typed));
    Map<String, Object> held = runtimeService.getVariables(referral.getId());
    assertThat(held.get(Vars.GUARDIAN_1_PHONE)).isEqualTo(PHONE_STORED);
    assertThat(held.get(Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER))
        .isEqualTo(DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), 322));
    assertThat(held.get(Vars.GUARDIAN_1_ADDRESS)).isEqualTo(ADDRESS);
    assertThat(held.get(Vars.GUARDIAN_2_LANGUAGE)).isEqualTo("so");
  }

  @Test
  void theChildsNumberIsRequiredButNotForAPregnancy() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.CHILD_PERSONAL_IDENTITY_NUMBER, ""),
        Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "Fyll i \"Barnets personnummer eller samordningsnummer\".");

    ProcessInstance pregnancy = s.startAsErik("PREGNANCY", "PARENT_MENTAL_HEALTH");
    Map<String, Object> unborn = with(consent("REGION"), Vars.CHILD_PERSONAL_IDENTITY_NUMBER, null);
    s.completeAs("erik.johansson", s.task(pregnancy, ReferralProcess.Ids.RECORD_CONSENT), unborn);
    assertThat(pregnancy).hasPassed(ReferralProcess.Ids.RECORD_CONSENT);
  }

  @Test
  void aNumberWithAWrongCheckDigitIsRefused() {
    String number = DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), 322);
    String wrong = number.substring(0, 12) + (char) ('0' + (number.charAt(12) - '0' + 1) % 10);
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, wrong),
        Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, "Vårdnadshavare 1: personnummer eller samordningsnummer: "
            + "Personnumrets kontrollsiffra stämmer inte.");
  }

  @Test
  void aCoordinationNumberIsAccepted() {
    LocalDate born = LocalDate.of(1985, 5, 12);
    String regular = DemoFamilies.personalIdentityNumber(born, 400);
    // samordningsnummer: the day of birth plus 60, with its own check digit
    String coordination = coordinationNumber(born, 400);
    assertThat(coordination).isNotEqualTo(regular).startsWith("19850572");
    ProcessInstance referral = referredWith(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER,
        coordination));
    assertThat(runtimeService.getVariable(referral.getId(), Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER))
        .isEqualTo(coordination);
  }

  /** A valid coordination number (day + 60) with its Luhn check digit. */
  static String coordinationNumber(LocalDate born, int serial) {
    String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
        born.getDayOfMonth() + 60, serial);
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return String.format("%04d%02d%02d-%03d%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth() + 60,
        serial, (10 - sum % 10) % 10);
  }

  @Test
  void guardianOnesPhoneIsRequiredAndMustBeSwedish() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_PHONE, null), Vars.GUARDIAN_1_PHONE,
        "Fyll i \"Vårdnadshavare 1: telefon\", så att mottagaren kan nå familjen.");
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_PHONE, "070-12 34"), Vars.GUARDIAN_1_PHONE,
        "Vårdnadshavare 1: telefon: \"070-12 34\" är inget svenskt telefonnummer");
  }

  @Test
  void anAddressHoldsAPostalCodeAndATown() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_ADDRESS, "Golfvägen 9"), Vars.GUARDIAN_1_ADDRESS,
        "Vårdnadshavare 1: adress: skriv gata, postnummer och ort, t.ex. Storgatan 1, 182 30 Danderyd.");
  }

  @Test
  void aNameHoldsLettersAndNoDigits() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_NAME, "Maja 2"), Vars.GUARDIAN_1_NAME,
        "\"Vårdnadshavare 1: namn\" ska vara ett namn med bokstäver, utan siffror");
  }

  @Test
  void anInterpreterNeedsALanguage() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_2_LANGUAGE, null), Vars.GUARDIAN_2_LANGUAGE,
        "Fyll i \"Vårdnadshavare 2: föredraget språk\": tolken behöver veta vilket språk.");
  }

  @Test
  void aLanguageTheFormDoesNotOfferIsRefused() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_1_LANGUAGE, "klingon"), Vars.GUARDIAN_1_LANGUAGE,
        "har inte alternativet \"klingon\"");
  }

  @Test
  void withJointCustodyTheSecondGuardianIsRequired() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_2_NAME, null), Vars.GUARDIAN_2_NAME,
        "Fyll i \"Vårdnadshavare 2: namn\".");
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER, null),
        Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER, "Fyll i \"Vårdnadshavare 2: personnummer eller samordningsnummer\".");

    Map<String, Object> sole = with(consent("SOCIAL_SERVICES").soleCustody(), Vars.GUARDIAN_2_NAME, null);
    sole.remove(Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER);
    sole.remove(Vars.GUARDIAN_2_INTERPRETER_NEEDED);
    sole.remove(Vars.GUARDIAN_2_LANGUAGE);
    assertThat(referredWith(sole)).isWaitingAt(ReferralProcess.Ids.RECEIVER_WORK);
  }

  @Test
  void twoPersonsNeverShareANumber() {
    refused(with(consent("SOCIAL_SERVICES"), Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER,
        DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), 322)), Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER,
        "är samma nummer som en annan person i ärendet har");
  }

  @Test
  void withoutConsentTheCaseKeepsNoneOfTheFamilysDetails() {
    Map<String, Object> withheld = consent("SOCIAL_SERVICES").variables();
    withheld.put(ReferralProcess.Vars.CONSENT_GIVEN, false);
    ProcessInstance referral = referredWith(withheld);
    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.UNIVERSAL_OFFER_KEPT);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(referral.getId())
        .variableNameIn(Vars.ALL.toArray(String[]::new)).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableNameIn(Vars.ALL.toArray(String[]::new)).list()).extracting(HistoricVariableInstance::getState)
        .as("never kept in the case").allMatch("DELETED"::equals);
  }

  // ----- who sees them

  private Map<String, Object> taskVariables(String user, Task task) {
    return AsUser.call(identityService, user, () -> taskService.getVariables(task.getId()));
  }

  @Test
  void theConsentedReceiverAndTheReferrerSeeThemAndNobodyElseDoes() {
    ProcessInstance referral = referredWith(consent("SOCIAL_SERVICES").variables());
    ProcessInstance support = s.support(referral);
    Task accept = s.task(support, ReferralSupportProcess.Ids.ACCEPT_REFERRAL);

    // the receiver: on its task, in Tasklist's form variables and in its history
    assertThat(taskVariables("sara.berg", accept)).containsEntry(Vars.GUARDIAN_1_PHONE, PHONE_STORED)
        .containsEntry(Vars.GUARDIAN_1_ADDRESS, ADDRESS).containsKeys(Vars.ALL.toArray(String[]::new));
    assertThat(rest.get("sara.berg", "/engine-rest/task/" + accept.getId() + "/form-variables").body())
        .contains(PHONE_STORED, ADDRESS, "Omar Yusuf");
    assertThat(rest.get("sara.berg", "/engine-rest/history/variable-instance?processInstanceId=" + support.getId())
        .body()).contains(PHONE_STORED);
    // the referrer, in the referral
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + referral.getId()).body()).contains(PHONE_STORED, ADDRESS);

    // nobody else, through the raw answers of every query
    for (String user : List.of("anna.lindqvist", "maria.nilsson", "amira.hassan", "johan.holm", "lena.persson",
        "per.andersson", "ingrid.wallin")) {
      for (String path : List.of("/engine-rest/history/variable-instance?processInstanceIdIn=" + referral.getId() + ","
          + support.getId(), "/engine-rest/variable-instance?processInstanceIdIn=" + referral.getId() + ","
          + support.getId(), "/engine-rest/history/detail?processInstanceId=" + support.getId(),
          "/engine-rest/task/" + accept.getId() + "/form-variables",
          "/engine-rest/process-instance/" + support.getId() + "/variables")) {
        assertThat(rest.get(user, path).body()).as(user + " " + path).doesNotContain(PHONE_STORED, ADDRESS,
            "Omar Yusuf", "Maja Öberg-Lind");
      }
    }
    // the referrer never reads them in the receiver's process (it has no task there)
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + support.getId()).json()).isEmpty();
  }

  @Test
  void aReceiverTheConsentDoesNotCoverGetsNothing() {
    // consent for health care only; the routing table picks social services' ABC programme
    ProcessInstance referral = referredWith(consent("REGION").variables());
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count())
        .as("no receiver's instance").isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralSupportProcess.KEY)
        .processInstanceBusinessKey(referral.getBusinessKey()).count()).as("nor ever had one").isZero();
    assertThat(rest.get("sara.berg", "/engine-rest/history/variable-instance?processInstanceId=" + referral.getId())
        .json()).as("nor the referral's").isEmpty();
  }

  // ----- withdrawn or expired: removed from the receiver

  private List<String> supportHistory(ProcessInstance support) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(support.getId()).includeDeleted()
        .list().stream().map(HistoricVariableInstance::getName).toList();
  }

  @Test
  void afterWithdrawalTheReceiverNoLongerSeesThemTheReferrerKeepsThemAndTheLogShowsWhoSawThem() {
    ProcessInstance referral = referredWith(consent("SOCIAL_SERVICES").variables());
    ProcessInstance support = s.support(referral);
    Task accept = s.task(support, ReferralSupportProcess.Ids.ACCEPT_REFERRAL);
    assertThat(rest.get("sara.berg", "/engine-rest/task/" + accept.getId() + "/form-variables").body())
        .contains(PHONE_STORED);

    Rest.Answer withdrawn = rest.post("sara.berg", "/api/referral/" + referral.getBusinessKey()
        + "/consent-withdrawn", "");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    assertThat(referral).isEnded().hasPassed(ReferralProcess.Ids.CONSENT_WITHDRAWN_END);
    assertThat(supportHistory(support)).as("the receiver's history, as the administrator reads it")
        .isNotEmpty().doesNotContainAnyElementsOf(Vars.ALL);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(support.getId()).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .doesNotContainAnyElementsOf(Vars.ALL);
    assertThat(rest.get("sara.berg", "/engine-rest/history/variable-instance?processInstanceId=" + support.getId())
        .body()).doesNotContain(PHONE_STORED, ADDRESS);
    assertThat(rest.get("sara.berg", "/engine-rest/history/detail?processInstanceId=" + support.getId()).body())
        .doesNotContain(PHONE_STORED, ADDRESS);

    // the referrer keeps them: what was disclosed to whom under the consent
    assertThat(rest.get("erik.johansson", "/engine-rest/history/variable-instance?processInstanceId="
        + referral.getId() + "&variableName=" + Vars.GUARDIAN_1_PHONE).body()).contains(PHONE_STORED);

    // the access log: sara.berg read them while the consent held
    List<Map<String, Object>> reads = jdbc.queryForList("SELECT user_id, variable_names FROM fc_access_log "
        + "WHERE process_instance_id = ? AND action = 'READ'", support.getId());
    assertThat(reads).anySatisfy(row -> {
      assertThat(row.get("USER_ID")).isEqualTo("sara.berg");
      assertThat((String) row.get("VARIABLE_NAMES")).contains(Vars.GUARDIAN_1_PHONE, Vars.GUARDIAN_1_NAME);
    });
    // and who removed them there: the official who recorded the withdrawal
    assertThat(jdbc.queryForList("SELECT user_id, variable_names, door FROM fc_access_log WHERE process_instance_id = ? "
        + "AND action = 'CHANGE'", support.getId())).anySatisfy(row -> {
          assertThat(row.get("USER_ID")).isEqualTo("sara.berg");
          assertThat((String) row.get("VARIABLE_NAMES")).contains(Vars.GUARDIAN_1_PHONE);
          assertThat((String) row.get("DOOR")).contains("/consent-withdrawn");
        });
  }

  @Test
  void afterExpiryTheReceiverNoLongerSeesThemAndItsWorkGoesOn() {
    ProcessInstance referral = referredWith(consent("SOCIAL_SERVICES").validUntil(SwedishTime.today().plusDays(1))
        .variables());
    ProcessInstance support = s.support(referral);
    s.completeAs("sara.berg", s.task(support, ReferralSupportProcess.Ids.ACCEPT_REFERRAL), accept());

    assertThat(sharing.consentExpired(SwedishTime.today().plusDays(1))).as("still valid on its last day").isZero();
    assertThat(runtimeService.getVariables(support.getId())).containsKey(Vars.GUARDIAN_1_PHONE);

    assertThat(sharing.consentExpired(SwedishTime.today().plusDays(2))).as("the day after").isGreaterThanOrEqualTo(1);
    assertThat(runtimeService.getVariables(support.getId())).doesNotContainKeys(Vars.ALL.toArray(String[]::new));
    assertThat(supportHistory(support)).doesNotContainAnyElementsOf(Vars.ALL);
    Task give = s.task(support, ReferralSupportProcess.Ids.GIVE_SUPPORT);
    assertThat(taskVariables("sara.berg", give)).doesNotContainKeys(Vars.ALL.toArray(String[]::new));
    assertThat(rest.get("sara.berg", "/engine-rest/task/" + give.getId() + "/form-variables").body())
        .doesNotContain(PHONE_STORED);

    // the receiver's work goes on without them
    s.completeAs("sara.berg", give, Map.of(ReferralSupportProcess.Vars.SUPPORT_SUMMARY, "Fyra ABC-träffar",
        ReferralSupportProcess.Vars.FOLLOW_UP_ON, SwedishTime.today().plusMonths(1).toString()));
    assertThat(support).isWaitingAt(ReferralSupportProcess.Ids.FOLLOW_UP_SUPPORT);
    // the referrer keeps them
    assertThat(runtimeService.getVariable(referral.getId(), Vars.GUARDIAN_1_PHONE)).isEqualTo(PHONE_STORED);
    assertThat(sharing.consentExpired(SwedishTime.today().plusDays(2))).as("once is enough").isZero();
  }

  @Test
  void aValidUntilSetAsADateByTheJavaApiExpiresToo() {
    ProcessInstance referral = referredWith(consent("SOCIAL_SERVICES").variables());
    ProcessInstance support = s.support(referral);
    runtimeService.setVariable(support.getId(), ReferralSupportProcess.Vars.CONSENT_VALID_UNTIL,
        SwedishTime.endOf(SwedishTime.today().minusDays(1)));
    assertThat(sharing.consentExpired(SwedishTime.today())).isGreaterThanOrEqualTo(1);
    assertThat(runtimeService.getVariables(support.getId())).doesNotContainKeys(Vars.ALL.toArray(String[]::new));
  }
}
