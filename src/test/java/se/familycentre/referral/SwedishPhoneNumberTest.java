package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Swedish phone numbers as officials type them, stored as +46…; anything else refused in Swedish. */
class SwedishPhoneNumberTest {

  @Test
  void mobileLandlineAndInternationalFormsAreAcceptedAndStoredAsE164() {
    assertThat(SwedishPhoneNumber.validate("070-123 45 67")).isEqualTo("+46701234567");
    assertThat(SwedishPhoneNumber.validate("+46 70 123 45 67")).isEqualTo("+46701234567");
    assertThat(SwedishPhoneNumber.validate("0046701234567")).isEqualTo("+46701234567");
    assertThat(SwedishPhoneNumber.validate("08-123 456 78")).isEqualTo("+46812345678");
    assertThat(SwedishPhoneNumber.validate("(0980) 123 45")).isEqualTo("+4698012345");
  }

  @Test
  void tooShortTooLongForeignOrLettersAreRefused() {
    for (String wrong : new String[] {"070-123 45", "070-123 45 678", "+47 22 12 34 56", "00 47 22 12 34",
        "ring mamma", "0012345678", ""}) {
      assertThatThrownBy(() -> SwedishPhoneNumber.validate(wrong)).as(wrong)
          .isInstanceOf(IllegalArgumentException.class).hasMessageMatching("(Telefonnumret saknas\\.|.*inget svenskt "
              + "telefonnummer.*)");
    }
  }
}
