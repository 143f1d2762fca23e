package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.establishment.EstablishmentCases;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.organisation.Groups;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.RegisterRecords.CommitteeDecision;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Officials work on establishment cases in Tasklist in a real browser (headless Chromium): the committee secretary
 * records a decision, forms refuse missing answers, a coordinator starts a case from its start form. The engine
 * (and the family centre register) is asked afterwards whether what the page showed really happened.
 * Screenshots: target/screenshots/tasklist-*.png.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstablishmentTasklistBrowserTest {

  @RegisterExtension
  static final BrowserSession session = new BrowserSession();

  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyCentreRegister register;

  EstablishmentSteps steps;

  @BeforeAll
  void prepare() {
    steps = new EstablishmentSteps(engine);
  }

  @Test
  void theCommitteeSecretaryRecordsTheSocialCommitteesApprovalAndTheCaseMovesOn() {
    String id = EstablishmentSteps.uniqueCentreId("webb-bifall");
    ProcessInstance pi = steps.awaitingCommitteeDecision(id, "socialnamnden");

    Tasklist tasklist = login("lars.svensson")
        .openFilter(TasklistFilters.groupFilterName(Groups.NAMNDSEKRETERARE));
    assertThat(tasklist.taskInList(id))
        .hasText("Registrera beslut i Socialnämnden – " + id + " (" + EstablishmentSteps.centreName(id) + ")");
    tasklist.screenshot("tasklist-namndsekreterare-1-group-filter");

    tasklist.openTask(id);
    assertThat(tasklist.field("Field_centreName")).hasValue(EstablishmentSteps.centreName(id));
    assertThat(tasklist.form()).containsText("Socialnämnden");
    tasklist.claim();
    tasklist.choose("Bifall").date("Field_decisionDate", "2022-04-20");
    tasklist.field("Field_minuteReference").fill("SN 2022-04-20 § 45");
    // the reason is asked for only on rejection or return (conditional field)
    assertThat(tasklist.field("Field_decisionReason")).hasCount(0);
    tasklist.show(tasklist.field("Field_decisionDate-date"));
    tasklist.screenshot("tasklist-namndsekreterare-2-decision-filled");

    assertThat(tasklist.complete()).as("the engine accepted the form").isEqualTo(204);
    assertThat(tasklist.page.getByText(Tasklist.SELECT_TASK)).isVisible();
    assertThat(tasklist.taskInList(id)).hasCount(0);
    tasklist.waitForList();
    tasklist.screenshot("tasklist-namndsekreterare-3-completed");

    assertThat(steps.openTasks(pi, Ids.RECORD_COMMITTEE_DECISION)).isZero();
    List<CommitteeDecision> decisions = register.committeeDecisions(id, 1);
    assertThat(decisions).singleElement().satisfies(d -> {
      assertThat(d.committee()).isEqualTo("socialnamnden");
      assertThat(d.decision()).isEqualTo(EstablishmentProcess.Values.APPROVE);
      assertThat(d.decisionDate()).isEqualTo(LocalDate.of(2022, 4, 20));
      assertThat(d.minuteReference()).isEqualTo("SN 2022-04-20 § 45");
      assertThat(d.recordedBy()).isEqualTo("lars.svensson");
    });
    assertThat(register.status(id)).isEqualTo(CentreStatus.DECIDED);
    // the municipal part is done; the regional agreement (started in parallel) still waits for the provider
    assertThat(engine.getRuntimeService().getActiveActivityIds(pi.getId()))
        .containsExactly(Ids.APPLY_FOR_AGREEMENT);
    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).taskDefinitionKey(Ids.RECORD_COMMITTEE_DECISION).singleResult();
    assertThat(done.getAssignee()).isEqualTo("lars.svensson");
    assertThat(done.getDeleteReason()).isEqualTo("completed");
  }

  @Test
  void anInvestigationWithoutTheChildImpactAnalysisCannotBeCompleted() {
    String id = EstablishmentSteps.uniqueCentreId("webb-utan-bka");
    ProcessInstance pi = steps.start(id);

    Tasklist tasklist = login("karin.ek")
        .openFilter(TasklistFilters.groupFilterName(Groups.KOMMUN_UTREDARE))
        .openTask(id)
        .claim();
    tasklist.field("Field_location").fill("Centrumhuset, plan 2");
    tasklist.field("Field_staffing").fill("Barnmorska, BVC-sjuksköterska, förskollärare, socionom");
    tasklist.field("Field_familyNeeds").fill("Många förstagångsföräldrar i området");
    tasklist.field("Field_localActors").fill("BMM, BVC, öppen förskola, socialtjänst, bibliotek");
    tasklist.field("Field_economicConsequences").fill("Inom socialnämndens ram");
    tasklist.choose("Socialnämnden");
    // the child impact analysis (barnkonsekvensanalys, required by law in the official report) is left empty
    AtomicInteger submits = new AtomicInteger();
    tasklist.page.onRequest(r -> {
      if (r.url().contains("/submit-form") || r.url().endsWith("/complete")) {
        submits.incrementAndGet();
      }
    });

    tasklist.completeButton().click();
    assertThat(tasklist.notification(Tasklist.COMPLETE_ERROR)).isVisible();
    Locator missing = tasklist.field("Field_consequencesForChildren");
    assertThat(missing).hasAttribute("aria-invalid", "true");
    assertThat(tasklist.fieldError("Field_consequencesForChildren")).isVisible();
    // in Swedish (form-js writes English; our Tasklist script custom/swedish-form-messages.js translates it)
    assertThat(tasklist.fieldError("Field_consequencesForChildren")).hasText("Fältet måste fyllas i.");
    assertThat(tasklist.fieldError("Field_location")).hasCount(0);
    assertThat(tasklist.field("Field_location")).hasAttribute("aria-invalid", "false");
    tasklist.show(missing);
    tasklist.screenshot("tasklist-kommun-utredare-missing-child-impact-analysis");

    assertThat(submits.get()).as("nothing was sent to the engine").isZero();
    Task task = steps.task(pi, Ids.INVESTIGATE);
    assertThat(task).as("the investigation is still open").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("karin.ek");
    assertThat(engine.getTaskService().getVariable(task.getId(), Vars.CONSEQUENCES_FOR_CHILDREN)).isNull();
    assertThat(register.status(id)).isEqualTo(CentreStatus.INVESTIGATING);
  }

  @Test
  void aRejectionWithoutReasonIsRefusedByTheFormInSwedishAndNothingIsSent() {
    String id = EstablishmentSteps.uniqueCentreId("webb-avslag");
    ProcessInstance pi = steps.awaitingCommitteeDecision(id, "socialnamnden");

    Tasklist tasklist = login("lars.svensson")
        .openFilter(TasklistFilters.groupFilterName(Groups.NAMNDSEKRETERARE))
        .openTask(id)
        .claim();
    tasklist.choose("Avslag").date("Field_decisionDate", "2022-04-20");
    tasklist.field("Field_minuteReference").fill("SN 2022-04-20 § 46");
    // the reason appears with the rejection, and the form says it is required (no need to learn it by failing)
    assertThat(tasklist.field("Field_decisionReason")).isVisible();
    AtomicInteger submits = new AtomicInteger();
    tasklist.page.onRequest(r -> {
      if (r.url().contains("/submit-form") || r.url().endsWith("/complete")) {
        submits.incrementAndGet();
      }
    });

    tasklist.completeButton().click();
    assertThat(tasklist.fieldError("Field_decisionReason")).hasText("Fältet måste fyllas i.");
    tasklist.show(tasklist.field("Field_decisionReason"));
    tasklist.screenshot("tasklist-namndsekreterare-rejection-without-reason");

    assertThat(submits.get()).as("nothing was sent to the engine").isZero();
    assertThat(steps.openTasks(pi, Ids.RECORD_COMMITTEE_DECISION)).isEqualTo(1);
    assertThat(register.committeeDecisions(id, 1)).isEmpty();
    assertThat(register.status(id)).isEqualTo(CentreStatus.DECIDING);
  }

  @Test
  void aRefusalByTheServerReadsAsOneSwedishSentenceNextToTheCompleteButton() {
    String id = EstablishmentSteps.uniqueCentreId("webb-framtid");
    ProcessInstance pi = steps.awaitingCommitteeDecision(id, "socialnamnden");
    String tomorrow = se.familycentre.shared.SwedishTime.today().plusDays(1).toString();

    Tasklist tasklist = login("lars.svensson")
        .openFilter(TasklistFilters.groupFilterName(Groups.NAMNDSEKRETERARE))
        .openTask(id)
        .claim();
    // a decision dated tomorrow: the form cannot say "not after today", the server refuses it
    tasklist.choose("Bifall").date("Field_decisionDate", tomorrow);
    tasklist.field("Field_minuteReference").fill("SN " + tomorrow + " § 47");
    assertThat(tasklist.complete()).as("the engine refused the form").isEqualTo(400);

    String sentence = "Beslutsdatumet " + tomorrow + " har inte kommit än: registrera beslutet med sammanträdets "
        + "datum när nämnden har beslutat.";
    Locator refusal = tasklist.refusalNextToCompleteButton();
    assertThat(refusal).isVisible();
    assertThat(refusal).hasText(sentence);
    assertThat(refusal).hasAttribute("role", "alert");
    // the notification at the top says the same, without the engine's English prefix and the task's id
    Locator notification = tasklist.notification(Tasklist.COMPLETE_ERROR);
    assertThat(notification).containsText(sentence);
    assertThat(notification).not().containsText("Cannot submit task form");
    // the official closes the notification at the top; the sentence stays above the button
    notification.locator("button.close.ng-scope").click();
    assertThat(notification).isHidden();
    assertThat(refusal).isVisible();
    tasklist.show(refusal);
    tasklist.screenshot("tasklist-namndsekreterare-refusal-next-to-button");

    assertThat(steps.openTasks(pi, Ids.RECORD_COMMITTEE_DECISION)).isEqualTo(1);
    assertThat(register.committeeDecisions(id, 1)).isEmpty();

    // corrected to the meeting's date, the same form goes through, and the refusal is gone
    tasklist.date("Field_decisionDate", "2022-04-20");
    assertThat(tasklist.complete()).as("the engine accepted the corrected form").isEqualTo(204);
    assertThat(tasklist.refusalNextToCompleteButton()).hasCount(0);
    assertThat(steps.openTasks(pi, Ids.RECORD_COMMITTEE_DECISION)).isZero();
  }

  @Test
  void aCoordinatorStartsACaseFromTheStartFormAndTheInvestigationGoesToTheMunicipalInvestigators() {
    String tag = EstablishmentSteps.uniqueCentreId("webb-start");
    String area = "Solsidan " + tag.substring(tag.lastIndexOf('-') + 1);
    String name = "Familjecentralen " + area;
    // the form asks for no id: the server derives it from the municipality and the area, as the area's help says
    String id = se.familycentre.establishment.CentreIds.derive("Danderyd", area, name);

    Tasklist lena = login("lena.persson");
    Page page = lena.page;
    page.getByText(Tasklist.START_PROCESS, new Page.GetByTextOptions().setExact(true)).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inrättande av familjecentral")).click();
    assertThat(lena.form()).containsText("Initiativ till familjecentral");
    lena.field("Field_centreName").fill(name);
    // the municipality is a searchable select of the reference list: typed into, then picked
    Locator municipality = lena.form().locator(".fjs-form-field")
        .filter(new Locator.FilterOptions().setHas(page.locator("[id$='-Field_municipality']")));
    municipality.locator("input").first().fill("Dand");
    municipality.locator(".fjs-dropdownlist").getByText("Danderyd", new Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(lena.form()).not().containsText("Regionen som ansvarar");
    assertThat(lena.form()).containsText("Familjecentralens id bildas av kommun och område, t.ex. danderyd-morby");
    lena.field("Field_area").fill(area);
    lena.field("Field_raisedBy").fill("De lokala verksamheterna");
    lena.date("Field_reportBackDate", EstablishmentCases.REPORT_BACK.toString());
    lena.show(lena.field("Field_area"));
    lena.screenshot("tasklist-samordnare-1-start-form");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Tasklist.START).setExact(true)).click();
    assertThat(lena.notification(Tasklist.PROCESS_STARTED)).isVisible();

    HistoricProcessInstance started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id).singleResult();
    assertThat(started).isNotNull();
    assertThat(started.getStartUserId()).isEqualTo("lena.persson");
    assertThat(register.status(id)).isEqualTo(CentreStatus.INVESTIGATING);
    Task investigation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey(Ids.INVESTIGATE).singleResult();
    assertThat(investigation.getName()).isEqualTo("Utred familjecentralen – " + id + " (" + name + ")");
    assertThat(engine.getTaskService().getIdentityLinksForTask(investigation.getId())).filteredOn(
        l -> IdentityLinkType.CANDIDATE.equals(l.getType())).extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.KOMMUN_UTREDARE.id);
    assertThat(candidateTasks("karin.ek", id, Ids.INVESTIGATE)).isEqualTo(1);
    assertThat(candidateTasks("lena.persson", id, Ids.INVESTIGATE)).isZero();

    // the coordinator's own group work does not get the investigation
    lena.openFilter(TasklistFilters.MY_GROUP_TASKS);
    assertThat(lena.taskInList(id)).hasCount(0);
    lena.screenshot("tasklist-samordnare-2-not-in-own-group");

    // the municipal investigator finds it in her group's filter
    Tasklist karin = login("karin.ek")
        .openFilter(TasklistFilters.groupFilterName(Groups.KOMMUN_UTREDARE));
    assertThat(karin.taskInList(id)).hasText("Utred familjecentralen – " + id + " (" + name + ")");
    karin.screenshot("tasklist-kommun-utredare-new-investigation");
  }

  private Tasklist login(String user) {
    Tasklist tasklist = Tasklist.open(session.browser(), user);
    session.showing(tasklist.page);
    return tasklist.awaitFilters(user);
  }

  private long candidateTasks(String user, String businessKey, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(activityId).taskCandidateUser(user).count();
  }
}
