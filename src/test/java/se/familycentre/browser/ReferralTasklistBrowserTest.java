package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.demo.DemoUsers;
import se.familycentre.organisation.Groups;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.TargetService;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * A child health nurse (bvc) starts a voluntary referral in Tasklist in a real browser (headless Chromium), documents
 * the guardians' consent, and the referral goes to the receiving organisation chosen by the routing table, not back
 * to the nurse's own group. The engine is asked afterwards whether what the pages showed really happened.
 * Screenshots: target/screenshots/tasklist-bvc-referral-*.png.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralTasklistBrowserTest {

  @RegisterExtension
  static final BrowserSession session = new BrowserSession();

  /** The process's Swedish name, as the "Starta process" dialog lists it. */
  static final String PROCESS_NAME = "Hänvisning från öppen verksamhet till riktat stöd";
  /** The user task labels (the name in Tasklist is "label – caseReference (centreName)"). */
  static final String RECORD_CONSENT_LABEL = "Dokumentera samtycke";
  static final String ACCEPT_LABEL = "Ta emot och kontakta familjen";
  /** The option label of the social services in the consent form's checklist. */
  static final String SOCIAL_SERVICES_OPTION =
      "Kommunens socialtjänst (förebyggande, familjerådgivning, socialrådgivare)";

  @Autowired
  ProcessEngine engine;

  @Test
  void aChildHealthNurseStartsAVoluntaryReferralRecordsConsentAndItGoesToPreventiveSocialServicesNotBackToBvc() {
    // 1. erik logs in and sees the Swedish filters of his work
    Tasklist erik = login("erik.johansson");
    Page page = erik.page;
    String bvcFilter = TasklistFilters.groupFilterName(Groups.BVC);
    assertThat(page.locator(".task-filter h4 a")).containsText(new String[] {TasklistFilters.MY_TASKS,
        TasklistFilters.MY_GROUP_TASKS, TasklistFilters.OVERDUE, bvcFilter});
    assertThat(page.getByText(Tasklist.START_PROCESS, new Page.GetByTextOptions().setExact(true))).isVisible();
    erik.screenshot("tasklist-bvc-referral-1-filters");

    // 2. he starts a referral from its start form: parenting, a child of 3-6 years (no harm, no violence)
    page.getByText(Tasklist.START_PROCESS, new Page.GetByTextOptions().setExact(true)).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROCESS_NAME)).click();
    assertThat(erik.form()).containsText("Oro för en familj");
    // a select field's placeholder in Swedish (form-js writes "Select"; custom/swedish-form-messages.js translates)
    assertThat(erik.form().locator(".fjs-select-placeholder").first()).hasText("Välj …");
    // the centre is picked, not typed: the server offers erik's own centres by name (one, so preselected), and
    // his own organisation likewise
    String centreLabel = engine.getIdentityService().createTenantQuery().tenantId(DemoUsers.DANDERYD_MORBY)
        .singleResult().getName();
    Locator centre = selectField(erik, "field_4");
    assertThat(centre.locator(".fjs-select-display")).hasText(centreLabel);
    centre.locator(".fjs-select-display").click();
    assertThat(centre.locator(".fjs-dropdownlist-item")).hasText(new String[] {centreLabel});
    centre.locator(".fjs-dropdownlist").getByText(centreLabel, new Locator.GetByTextOptions().setExact(true)).click();
    erik.show(centre);
    erik.screenshot("tasklist-bvc-referral-2a-centre-picked");
    assertThat(selectField(erik, "field_6").locator(".fjs-select-display")).hasText(Groups.BVC.swedishName);
    select(erik, "field_5", "Besök på BVC");
    select(erik, "field_6", Groups.BVC.swedishName);
    erik.choose("3–6 år");
    erik.choose("Föräldraskap");
    assertThat(erik.form().getByLabel("Normalt", new Locator.GetByLabelOptions().setExact(true))).isChecked();
    erik.field("field_10").fill("Föräldern berättar om svårigheter att sätta gränser.");
    erik.show(erik.form().getByLabel("Föräldraskap", new Locator.GetByLabelOptions().setExact(true)));
    erik.screenshot("tasklist-bvc-referral-2-start-form");
    Response started = page.waitForResponse(r -> r.url().contains("/submit-form"),
        () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Tasklist.START).setExact(true))
            .click());
    assertThat(started.status()).as("the engine started the referral: " + started.text()).isEqualTo(200);
    assertThat(erik.notification(Tasklist.PROCESS_STARTED)).isVisible();

    String processInstanceId = json(started.text()).path("id").asText();
    HistoricProcessInstance referral = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    assertThat(referral.getProcessDefinitionKey()).isEqualTo(ReferralProcess.KEY);
    assertThat(referral.getStartUserId()).isEqualTo("erik.johansson");
    assertThat(referral.getTenantId()).as("the case belongs to the centre's tenant")
        .isEqualTo(DemoUsers.DANDERYD_MORBY);
    String ref = referral.getBusinessKey();
    assertThat(ref).startsWith("REF-");
    String centreName = engine.getIdentityService().createTenantQuery().tenantId(DemoUsers.DANDERYD_MORBY)
        .singleResult().getName();
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, ReferralProcess.Vars.REPORT_OF_CONCERN))
        .as("a voluntary referral, not a report of concern").isEqualTo(false);
    Task consentTask = openTask(processInstanceId, ReferralProcess.Ids.RECORD_CONSENT);
    assertThat(consentTask.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(candidateGroups(consentTask)).containsExactly(Groups.BVC.id);

    // 3. the consent task is in his group's filter, named by the case
    erik.openFilter(bvcFilter);
    assertThat(erik.taskInList(ref)).hasText(RECORD_CONSENT_LABEL + " – " + ref + " (" + centreName + ")");
    erik.screenshot("tasklist-bvc-referral-3-group-filter");

    // 4. he claims it and documents the guardians' consent to share with the social services
    String validUntil = SwedishTime.today().plusMonths(6).toString();
    erik.openTask(ref).claim();
    assertThat(erik.field("field_1")).hasValue(ref);
    assertThat(erik.field("field_2")).hasValue(centreName);
    // what the consent covers is asked only once the guardians consent (conditional fields)
    assertThat(erik.field("field_21")).hasCount(0);
    erik.choose("Vårdnadshavarna samtycker till att uppgifter lämnas");
    erik.choose(SOCIAL_SERVICES_OPTION);
    erik.field("field_21").fill("Oro för föräldraskapet, barnets ålder");
    erik.field("field_22").fill("Föräldraskapsstöd");
    erik.date("field_23", validUntil);
    // the date picker speaks Swedish and starts the week on Monday (custom/swedish-date-pickers.js)
    Locator picker = erik.field("field_23-date");
    assertThat((String) picker.evaluate("e => { const fp = e._flatpickr; fp.open(); return [fp.l10n.firstDayOfWeek,"
        + " fp.calendarContainer.querySelector('.flatpickr-weekday').textContent.trim(), fp.l10n.months.longhand[11]]"
        + ".join(' '); }")).isEqualTo("1 mån december");
    erik.screenshot("tasklist-bvc-referral-4-swedish-date-picker");
    picker.evaluate("e => e._flatpickr.close()");
    erik.choose("Vårdnadshavarna har gemensam vårdnad");
    // shown, and required (its label then carries the asterisk), once joint custody is ticked
    erik.field("field_25").check();
    ContactDetailsSteps.fill(erik, ContactDetailsSteps.Family.example(21));
    erik.show(erik.field("field_23-date"));
    erik.screenshot("tasklist-bvc-referral-4-consent-filled");

    assertThat(erik.complete()).as("the engine accepted the consent form").isEqualTo(204);
    assertThat(page.getByText(Tasklist.SELECT_TASK)).isVisible();
    assertThat(erik.taskInList(ref)).hasCount(0);
    erik.waitForList();
    erik.screenshot("tasklist-bvc-referral-5-consent-completed");

    HistoricTaskInstance consentDone = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(consentTask.getId()).singleResult();
    assertThat(consentDone.getAssignee()).isEqualTo("erik.johansson");
    assertThat(consentDone.getDeleteReason()).isEqualTo("completed");
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, ReferralProcess.Vars.CONSENT_GIVEN))
        .isEqualTo(true);
    assertThat(String.valueOf(engine.getRuntimeService().getVariable(processInstanceId,
        ReferralProcess.Vars.CONSENT_VALID_UNTIL))).startsWith(validUntil);
    assertThat(ReferralProcess.Typed.CONSENT_ORGANISATIONS.read(engine.getRuntimeService().getVariable(
        processInstanceId, ReferralProcess.Vars.CONSENT_ORGANISATIONS))).containsExactly("SOCIAL_SERVICES");

    // 5. the routing table chose the parenting programme ABC: the next task is for preventive social services only
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, ReferralProcess.Vars.TARGET_SERVICE))
        .isEqualTo(TargetService.PARENTING_PROGRAMME_ABC.name());
    // the receiving organisation works in its own process, with the referral's id and centre
    ProcessInstance support = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).singleResult();
    assertThat(support.getProcessDefinitionKey()).isEqualTo(ReferralSupportProcess.KEY);
    assertThat(support.getBusinessKey()).isEqualTo(ref);
    assertThat(support.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    Task accept = openTask(support.getId(), ReferralSupportProcess.Ids.ACCEPT_REFERRAL);
    assertThat(accept.getName()).isEqualTo(ACCEPT_LABEL + " – " + ref + " (" + centreName + ")");
    assertThat(accept.getTenantId()).isEqualTo(DemoUsers.DANDERYD_MORBY);
    assertThat(accept.getAssignee()).isNull();
    assertThat(candidateGroups(accept)).containsExactly(Groups.SOCIALTJANST_FOREBYGGANDE.id)
        .doesNotContain(Groups.BVC.id);
    assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId()))
        .extracting(IdentityLink::getUserId).containsOnlyNulls();
    assertThat(candidateTasks("erik.johansson", accept)).isZero();
    assertThat(candidateTasks("sara.berg", accept)).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).count())
        .as("nothing else is open in the case").isEqualTo(1);

    // 6. erik's group filters no longer show the case
    erik.openFilter(TasklistFilters.MY_GROUP_TASKS);
    assertThat(erik.taskInList(ref)).hasCount(0);
    erik.openFilter(bvcFilter);
    assertThat(erik.taskInList(ref)).hasCount(0);
    erik.screenshot("tasklist-bvc-referral-6-gone-from-bvc");

    // 7. sara (preventive social services, same centre) finds it in her group's filter
    Tasklist sara = login("sara.berg")
        .openFilter(TasklistFilters.groupFilterName(Groups.SOCIALTJANST_FOREBYGGANDE));
    assertThat(sara.taskInList(ref)).hasText(ACCEPT_LABEL + " – " + ref + " (" + centreName + ")");
    sara.openFilter(TasklistFilters.MY_GROUP_TASKS);
    assertThat(sara.taskInList(ref)).hasText(ACCEPT_LABEL + " – " + ref + " (" + centreName + ")");
    sara.openTask(ref);
    assertThat(sara.page.locator("section.task-card")).containsText(ref);
    sara.screenshot("tasklist-bvc-referral-7-arrives-at-socialtjanst-forebyggande");
  }

  private Tasklist login(String user) {
    Tasklist tasklist = Tasklist.open(session.browser(), user);
    session.showing(tasklist.page);
    return tasklist.awaitFilters(user);
  }

  /**
   * Chooses an option of a Camunda Forms select. form-js renders no native select: the field's id sits on a hidden
   * input, beside a display that opens a list of options on a mouse press. The field is found by that id, the
   * display and the option within it; then the display must show the chosen option.
   */
  private static Locator selectField(Tasklist tasklist, String formFieldId) {
    return tasklist.form().locator(".fjs-form-field")
        .filter(new Locator.FilterOptions().setHas(tasklist.page.locator("[id$='-" + formFieldId + "']")));
  }

  private static void select(Tasklist tasklist, String formFieldId, String option) {
    Locator field = selectField(tasklist, formFieldId);
    Locator display = field.locator(".fjs-select-display");
    display.click();
    field.locator(".fjs-dropdownlist").getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(display).hasText(option);
  }

  private Task openTask(String processInstanceId, String activityId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).singleResult();
    assertThat(task).as("open task " + activityId).isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  private long candidateTasks(String user, Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count();
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
