package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.function.Predicate;
import se.familycentre.organisation.TasklistFilters;
import se.familycentre.support.Browser;

/**
 * Camunda 7.24 Tasklist as an official uses it, in Swedish. The texts are those of our tasklist/locales/sv.json
 * (keys named beside each constant); form fields are found by their Camunda Forms id (form-js renders
 * {@code id="fjs-form-<random>-<Field id>"}), so a test names the same field the .form file does.
 */
final class Tasklist {

  /** CLAIM_TASK. */
  static final String CLAIM = "Ta uppgiften";
  /** COMPLETE. */
  static final String COMPLETE = "Slutför";
  /** SELECT_TASK_IN_LIST: what the task pane shows when no task is open (e.g. after completing one). */
  static final String SELECT_TASK = "Välj en uppgift i listan.";
  /** COMPLETE_ERROR: the notification when a task form cannot be submitted. */
  static final String COMPLETE_ERROR = "Ett fel uppstod när uppgiftens formulär skickades";
  /** START_PROCESS. */
  static final String START_PROCESS = "Starta process";
  /** START. */
  static final String START = "Starta";
  /** PROCESS_START_OK. */
  static final String PROCESS_STARTED = "Processen har startats.";
  /** The empty list (Tasklist's "no tasks match the filter"). */
  static final String NO_TASKS = "Inga uppgifter matchar filtret.";

  final Page page;

  private Tasklist(Page page) {
    this.page = page;
  }

  /** Logs the user in and waits until the filters and the first list are there. */
  static Tasklist login(Browser browser, String user) {
    return open(browser, user).awaitFilters(user);
  }

  /** Logs the user in without waiting (so a caller can keep the page for a failure screenshot first). */
  static Tasklist open(Browser browser, String user) {
    return new Tasklist(browser.loginTo("tasklist", user, "demo"));
  }

  /** Waits for the filters and the first list (see {@link Logins#await}). */
  Tasklist awaitFilters(String user) {
    Logins.await(page, user, page.getByText(TasklistFilters.MY_TASKS).first());
    waitForList();
    return this;
  }

  /** Opens a filter by its Swedish name and waits for its list to be loaded. */
  Tasklist openFilter(String name) {
    page.waitForResponse(listOfAFilter(), () -> page.locator(".task-filter h4 a")
        .filter(new Locator.FilterOptions().setHasText(name)).click());
    assertThat(page.locator(".task-filter.active")).containsText(name);
    // move the pointer off the filter, so its description tooltip does not cover the screenshot
    page.mouse().move(700, 880);
    waitForList();
    return this;
  }

  /** The list is loaded when the loader ("Laddar…") is gone and either tasks or the empty message show. */
  void waitForList() {
    Locator tasks = page.locator("[cam-tasks]");
    assertThat(tasks.locator(".loader")).isHidden();
    assertThat(tasks.locator("ol.tasks-list").or(tasks.getByText(NO_TASKS))).isVisible();
  }

  /** The task of a case in the list (task names carry the case: "label – caseReference (centreName)"). */
  Locator taskInList(String caseReference) {
    return page.locator("ol.tasks-list h4.task a").filter(new Locator.FilterOptions().setHasText(caseReference));
  }

  /** Opens the task of the case and waits until its Camunda Form is rendered. */
  Tasklist openTask(String caseReference) {
    taskInList(caseReference).click();
    assertThat(page.locator("section.task-card h2.task")).containsText(caseReference);
    assertThat(form()).isVisible();
    return this;
  }

  Locator form() {
    return page.locator("form.fjs-form");
  }

  Tasklist claim() {
    page.getByText(CLAIM, new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.getByText(CLAIM, new Page.GetByTextOptions().setExact(true))).isHidden();
    assertThat(completeButton()).isEnabled();
    return this;
  }

  /** A form field by the id it has in the .form file (e.g. "Field_minuteReference"). */
  Locator field(String formFieldId) {
    return form().locator("[id$='-" + formFieldId + "']");
  }

  /** A date field (form-js datetime, subtype date): typed as ISO date and confirmed with Enter, as a person would. */
  Tasklist date(String formFieldId, String isoDate) {
    Locator input = form().locator("[id$='-" + formFieldId + "-date']");
    input.fill(isoDate);
    input.press("Enter");
    assertThat(input).hasValue(isoDate);
    return this;
  }

  /** A radio or checkbox option by its Swedish label. */
  Tasklist choose(String label) {
    form().getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    return this;
  }

  /** The form-js validation message under a field (id "<field id>-error-message", shown only when it has errors). */
  Locator fieldError(String formFieldId) {
    return form().locator("[id$='-" + formFieldId + "-error-message']");
  }

  /** Presses "Slutför" and waits for the engine's answer to the form; returns its HTTP status. */
  int complete() {
    Response answer = page.waitForResponse(r -> r.url().contains("/submit-form"), () -> completeButton().click());
    return answer.status();
  }

  Locator completeButton() {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(COMPLETE).setExact(true));
  }

  /** The server's refusal of the form, shown above the "Slutför" button (tasklist/custom/refusal-next-to-button.js). */
  Locator refusalNextToCompleteButton() {
    return completeButton().locator("xpath=..").locator(".fc-refusal");
  }

  Locator notification(String text) {
    return page.locator(".page-notifications .alert").filter(new Locator.FilterOptions().setHasText(text)).first();
  }

  /** Scrolls the form so that the given element sits in the middle of the task pane (for the screenshot). */
  void show(Locator element) {
    element.evaluate("e => e.scrollIntoView({block: 'center'})");
  }

  void screenshot(String name) {
    Browser.screenshot(page, name);
  }

  private static Predicate<Response> listOfAFilter() {
    return r -> r.url().contains("/filter/") && r.url().contains("/list") && r.request().method().equals("POST");
  }
}
