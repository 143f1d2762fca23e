package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The centre's id as the server derives it from the initiative (issue 13 §3: pick, don't type). */
class CentreIdsTest {

  @Test
  void theIdIsTheMunicipalityAndTheAreaInLowerCaseWithoutSwedishLettersJoinedByHyphens() {
    assertThat(CentreIds.derive("Danderyd", "Mörby", "Familjecentralen Mörby")).isEqualTo("danderyd-morby");
    assertThat(CentreIds.derive("Stockholm", "Rinkeby-Kista", "Familjecentralen Rinkeby"))
        .isEqualTo("stockholm-rinkeby-kista");
    assertThat(CentreIds.derive("Österåker", "Åkersberga", null)).isEqualTo("osteraker-akersberga");
    assertThat(CentreIds.derive("Malmö", "  Västra  Hamnen / Ön ", null)).isEqualTo("malmo-vastra-hamnen-on");
    assertThat(CentreIds.derive("Håbo", "Café Bålsta", null)).isEqualTo("habo-cafe-balsta");
    assertThat(CentreIds.derive("Göteborg", "Angered Nord 2", null)).isEqualTo("goteborg-angered-nord-2");
  }

  @Test
  void withoutAnAreaTheNameWithoutALeadingFamiljecentralenIsUsed() {
    assertThat(CentreIds.derive("Malmö", null, "Familjecentralen Lindängen")).isEqualTo("malmo-lindangen");
    assertThat(CentreIds.derive("Lund", " ", "Familjecentral Norra Fäladen")).isEqualTo("lund-norra-faladen");
    assertThat(CentreIds.derive("Härryda", "", "Mölnlycke familjecentral")).isEqualTo("harryda-molnlycke-familjecentral");
    assertThat(CentreIds.derive("Lund", null, "Familjecentralens hus")).isEqualTo("lund-familjecentralens-hus");
  }

  @Test
  void theDemoCentreOfDanderydKeepsItsIdWhenDerived() {
    assertThat(EstablishmentStart.named("Familjecentralen Mörby").in("Danderyd", "Mörby").centreId())
        .isEqualTo("danderyd-morby");
    assertThat(EstablishmentStart.named("Familjecentralen Mörby").in("Danderyd", "Mörby").variables())
        .doesNotContainKey(EstablishmentProcess.Vars.CENTRE_ID);
  }
}
