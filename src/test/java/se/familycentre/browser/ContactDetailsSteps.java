package se.familycentre.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import se.familycentre.demo.DemoFamilies;
import se.familycentre.shared.SwedishTime;

/**
 * The family's identity and contact details on "Dokumentera samtycke" as the referrer types them in Tasklist (the
 * fields of tools/models/contact_details.py, found by their ids), for every browser test that documents a consent.
 */
final class ContactDetailsSteps {

  /** One fictitious family (DemoFamilies): a child of 3–6 years, two guardians, guardian 2 needs an interpreter. */
  record Family(String childNumber, String guardian1Name, String guardian1Number, String guardian1Phone,
      String guardian1Address, String guardian2Name, String guardian2Number) {

    static Family example(int serial) {
      return new Family(DemoFamilies.personalIdentityNumber(SwedishTime.today().minusDays(1500), serial),
          "Maja Öberg", DemoFamilies.personalIdentityNumber(LocalDate.of(1990, 2, 28), serial + 1),
          DemoFamilies.fictionPhone(serial), "Golfvägen 9, 182 31 Danderyd", "Omar Yusuf",
          DemoFamilies.personalIdentityNumber(LocalDate.of(1987, 6, 1), serial + 2));
    }
  }

  private ContactDetailsSteps() {
  }

  /** Types the family's details (consent given and joint custody ticked before, so that all fields show). */
  static void fill(Tasklist tasklist, Family family) {
    tasklist.field("contact_childNumber").fill(family.childNumber());
    tasklist.field("contact_guardian1Name").fill(family.guardian1Name());
    tasklist.field("contact_guardian1Number").fill(family.guardian1Number());
    tasklist.field("contact_guardian1Phone").fill(family.guardian1Phone());
    tasklist.field("contact_guardian1Address").fill(family.guardian1Address());
    tasklist.field("contact_guardian2Name").fill(family.guardian2Name());
    tasklist.field("contact_guardian2Number").fill(family.guardian2Number());
    tasklist.choose("Vårdnadshavare 2: behöver tolk");
    select(tasklist, "contact_guardian2Language", "Somaliska");
  }

  /** Chooses an option of a Camunda Forms select (see ReferralTasklistBrowserTest#select). */
  static void select(Tasklist tasklist, String formFieldId, String option) {
    Locator field = tasklist.form().locator(".fjs-form-field")
        .filter(new Locator.FilterOptions().setHas(tasklist.page.locator("[id$='-" + formFieldId + "']")));
    Locator display = field.locator(".fjs-select-display");
    display.click();
    field.locator(".fjs-dropdownlist").getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(display).hasText(option);
  }
}
