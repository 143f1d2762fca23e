package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalIdentityNumberTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void validNumbersInEveryAcceptedFormAreNormalised() {
    assertThat(PersonalIdentityNumber.validate("20230115-0005", TODAY)).isEqualTo("20230115-0005");
    assertThat(PersonalIdentityNumber.validate("202301150005", TODAY)).isEqualTo("20230115-0005");
    assertThat(PersonalIdentityNumber.validate("230115-0005", TODAY)).isEqualTo("20230115-0005");
    assertThat(PersonalIdentityNumber.validate("8112189876", TODAY)).isEqualTo("19811218-9876");
    // co-ordination number: day + 60
    assertThat(PersonalIdentityNumber.validate("20230175-0002", TODAY)).isEqualTo("20230175-0002");
  }

  @Test
  void wrongFormatDateCheckDigitOrFutureBirthAreRefusedInSwedish() {
    assertThatThrownBy(() -> PersonalIdentityNumber.validate("2023-01-15", TODAY)).hasMessageContaining("fel format");
    assertThatThrownBy(() -> PersonalIdentityNumber.validate("20230115-0009", TODAY)).hasMessageContaining("kontrollsiffra");
    assertThatThrownBy(() -> PersonalIdentityNumber.validate("20230230-0000", TODAY)).hasMessageContaining("födelsedatum");
    assertThatThrownBy(() -> PersonalIdentityNumber.validate("20271201-0000", TODAY)).hasMessageContaining("framtiden");
    assertThatThrownBy(() -> PersonalIdentityNumber.validate(" ", TODAY)).hasMessageContaining("saknas");
  }
}
