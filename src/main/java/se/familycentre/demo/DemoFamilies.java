package se.familycentre.demo;

import java.time.LocalDate;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ContactDetails;
import se.familycentre.shared.SwedishTime;

/**
 * Fictitious families for the demo cases and the tests: valid personal identity numbers (check digit, a birth date
 * that fits the child's age band), phone numbers from the range PTS keeps for fiction (070-17 406 05 – 070-17 406 99,
 * never given to a subscriber) and addresses with real postal codes of the demo centres' areas.
 */
public final class DemoFamilies {

  private DemoFamilies() {
  }

  /** A valid personal identity number of someone born on {@code born}: ÅÅÅÅMMDD-NNNN with its Luhn check digit. */
  public static String personalIdentityNumber(LocalDate born, int serial) {
    String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
        Math.floorMod(serial, 1000));
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return String.format("%04d%02d%02d-%s%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
        nine.substring(6), (10 - sum % 10) % 10);
  }

  /** A phone number of PTS's range for fiction, {@code 070-17 406 05} to {@code 070-17 406 99}. */
  public static String fictionPhone(int serial) {
    return String.format("070-17 406 %02d", 5 + Math.floorMod(serial, 95));
  }

  /** The child's birth date for an age band (none for a pregnancy). */
  public static LocalDate bornFor(String ageBand) {
    return switch (ageBand) {
      case "AGE_0_1" -> SwedishTime.today().minusDays(200);
      case "AGE_1_3" -> SwedishTime.today().minusDays(700);
      case "AGE_3_6" -> SwedishTime.today().minusDays(1500);
      default -> null;
    };
  }

  /**
   * The consent with a fictitious family: the child's number (not for a pregnancy), two guardians with numbers and
   * phones, guardian 1's address in Mörby, guardian 2 speaking Arabic with an interpreter.
   */
  public static ConsentAnswers withFamily(ConsentAnswers consent, String ageBand, int serial) {
    LocalDate born = bornFor(ageBand);
    if (born != null && !ContactDetails.Values.PREGNANCY.equals(ageBand)) {
      consent.child(personalIdentityNumber(born, serial));
    }
    return consent
        .guardian(1, "Sofia Lindberg", personalIdentityNumber(LocalDate.of(1991, 4, 17), serial), fictionPhone(serial))
        .address(1, "Mörby torg 2, 182 31 Danderyd").language(1, "sv", false)
        .guardian(2, "Karim Haddad", personalIdentityNumber(LocalDate.of(1988, 11, 3), serial + 1),
            fictionPhone(serial + 1))
        .language(2, "ar", true);
  }
}
