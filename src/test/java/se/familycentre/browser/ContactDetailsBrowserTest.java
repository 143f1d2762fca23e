package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.demo.DemoUsers;
import se.familycentre.referral.ContactDetails;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralTestSupport;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.SwedishTime;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * Issue 13 §1 in a real browser: a child health nurse (erik.johansson, bvc) documents the guardians' consent in
 * Tasklist together with the family's identity and contact details; preventive social services (sara.berg), whom
 * the consent covers, sees on "Ta emot och kontakta familjen" whom to contact, how, and what the family agreed may
 * be told; after the guardians withdraw their consent the task is gone and the case's history, read through the
 * webapp's own API in her signed-in browser, holds none of the details any more. Screenshots:
 * target/screenshots/contact-*.png.
 */
@FamilyCentreSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactDetailsBrowserTest {

  @RegisterExtension
  static final BrowserSession session = new BrowserSession();

  static final String RECORD_CONSENT_LABEL = "Dokumentera samtycke";
  static final String ACCEPT_LABEL = "Ta emot och kontakta familjen";
  static final String SOCIAL_SERVICES_OPTION =
      "Kommunens socialtjänst (förebyggande, familjerådgivning, socialrådgivare)";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void theReceivingOfficialSeesTheFamilysContactDetailsAfterConsentAndNoLongerAfterWithdrawal() {
    ProcessInstance referral = AsUser.call(engine.getIdentityService(), "erik.johansson", () -> engine
        .getRuntimeService().startProcessInstanceByKey(ReferralProcess.KEY, ReferralTestSupport.startForm(
            DemoUsers.DANDERYD_MORBY, "bvc", "AGE_3_6", "PARENTING")));
    String ref = referral.getBusinessKey();
    ContactDetailsSteps.Family family = ContactDetailsSteps.Family.example(61);

    // 1. erik documents the consent; the family's details are asked once the guardians consent
    Tasklist erik = login("erik.johansson");
    erik.openFilter(se.familycentre.organisation.TasklistFilters.MY_GROUP_TASKS);
    erik.openTask(ref).claim();
    assertThat(erik.field("contact_guardian1Phone")).hasCount(0);
    erik.choose("Vårdnadshavarna samtycker till att uppgifter lämnas");
    erik.choose(SOCIAL_SERVICES_OPTION);
    erik.field("field_21").fill("Kontaktuppgifter, oro för föräldraskapet, barnets ålder");
    erik.field("field_22").fill("Föräldraskapsstöd ABC");
    Locator validUntil = erik.field("field_23-date");
    validUntil.fill(SwedishTime.today().plusMonths(6).toString());
    validUntil.press("Enter");
    erik.choose("Vårdnadshavarna har gemensam vårdnad");
    erik.field("field_25").check(); // shown and required once joint custody is ticked
    // the form states its rules: a phone in the wrong format is marked before anything is sent
    erik.field("contact_guardian1Phone").fill("12345");
    erik.field("contact_guardian1Phone").blur();
    assertThat(erik.fieldError("contact_guardian1Phone")).isVisible();
    assertThat(erik.form()).containsText("Svenskt nummer, t.ex. 070-123 45 67");
    ContactDetailsSteps.fill(erik, family);
    assertThat(erik.fieldError("contact_guardian1Phone")).hasCount(0);
    erik.show(erik.field("contact_guardian1Phone"));
    erik.screenshot("contact-1-referrer-records-the-family");
    assertThat(erik.complete()).as("the engine accepted the consent with the family's details").isEqualTo(204);
    assertThat(erik.taskInList(ref)).hasCount(0);

    ProcessInstance support = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(referral.getId()).singleResult();
    assertThat(support.getProcessDefinitionKey()).isEqualTo(ReferralSupportProcess.KEY);
    assertThat(engine.getRuntimeService().getVariable(support.getId(), ContactDetails.Vars.GUARDIAN_1_PHONE))
        .as("stored as +46…").isEqualTo("+46" + family.guardian1Phone().replaceAll("[ -]", "").substring(1));

    // 2. sara (preventive social services, whom the consent covers) sees whom to contact and how
    Tasklist sara = login("sara.berg");
    sara.openFilter(se.familycentre.organisation.TasklistFilters.MY_GROUP_TASKS);
    assertThat(sara.taskInList(ref)).containsText(ACCEPT_LABEL);
    sara.openTask(ref);
    assertThat(sara.field("contact_shown_guardian1Name")).hasValue(family.guardian1Name());
    assertThat(sara.field("contact_shown_guardian1Phone")).hasValue(
        "+46" + family.guardian1Phone().replaceAll("[ -]", "").substring(1));
    assertThat(sara.field("contact_shown_guardian1Address")).hasValue(family.guardian1Address());
    assertThat(sara.field("contact_shown_guardian2Name")).hasValue(family.guardian2Name());
    assertThat(sara.field("contact_shown_childNumber")).hasValue(family.childNumber());
    assertThat(sara.form()).containsText("Somaliska");
    assertThat(sara.form().getByLabel("Uppgifter som får lämnas", new Locator.GetByLabelOptions().setExact(true)))
        .hasValue("Kontaktuppgifter, oro för föräldraskapet, barnets ålder");
    assertThat(sara.form().getByLabel("Syfte", new Locator.GetByLabelOptions().setExact(true)))
        .hasValue("Föräldraskapsstöd ABC");
    sara.show(sara.field("contact_shown_guardian1Phone"));
    sara.screenshot("contact-2-receiver-sees-whom-to-contact");

    // 3. the guardians withdraw their consent (recorded by erik through our API)
    Rest.Answer withdrawn = new Rest(port).post("erik.johansson", "/api/referral/" + ref + "/consent-withdrawn", "");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    // 4. sara's task is gone, and nothing of the family is left in the case's history her browser can read
    sara.page.reload();
    sara.awaitFilters("sara.berg").openFilter(se.familycentre.organisation.TasklistFilters.MY_GROUP_TASKS);
    assertThat(sara.taskInList(ref)).hasCount(0);
    sara.screenshot("contact-3-after-withdrawal-task-gone");
    sara.page.navigate(session.browser().url("/camunda/api/engine/engine/default/history/variable-instance?processInstanceId="
        + support.getId()));
    String history = sara.page.locator("body").innerText();
    assertThat(history).as("her own notes' history is still hers").contains(ReferralSupportProcess.Vars.CASE_REFERENCE)
        .doesNotContain(family.guardian1Name(), family.guardian1Address(), family.childNumber(),
            family.guardian1Number(), "+46" + family.guardian1Phone().replaceAll("[ -]", "").substring(1));
    sara.screenshot("contact-4-after-withdrawal-history-without-details");
    session.showing(erik.page);
    erik.page.navigate(session.browser().url("/camunda/api/engine/engine/default/history/variable-instance?processInstanceId="
        + referral.getId() + "&variableName=" + ContactDetails.Vars.GUARDIAN_1_NAME));
    assertThat(erik.page.locator("body").innerText()).as("the referrer keeps what was disclosed")
        .contains(family.guardian1Name());
    erik.screenshot("contact-5-referrer-keeps-what-was-disclosed");
  }

  private Tasklist login(String user) {
    Tasklist tasklist = Tasklist.open(session.browser(), user);
    session.showing(tasklist.page);
    return tasklist.awaitFilters(user);
  }
}
