package se.familycentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import se.familycentre.establishment.EstablishmentStart;
import se.familycentre.referral.ConsentAnswers;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralStart;
import se.familycentre.register.Leg;

/**
 * The start facades give the answers in the shape Tasklist's forms submit them, to the Java API and to REST alike,
 * and the process's own reader reads them back.
 */
class FormAnswersTest {

  @Test
  void theReferralStartAsTheJavaApiAndAsTasklistSubmitIt() {
    ReferralStart start = ReferralStart.at("danderyd-morby").by("bvc").activity("CHILD_HEALTH_VISIT")
        .ageBand("AGE_1_3").concerns("PARENTING", "LANGUAGE").urgency("NORMAL").description(null);

    Map<String, Object> variables = start.variables();
    assertThat(variables).containsOnlyKeys("centreId", "referringGroup", "activity", "ageBand", "concerns", "urgency")
        .containsEntry("ageBand", "AGE_1_3");
    assertThat(variables.get("concerns")).isInstanceOf(SpinJsonNode.class);
    assertThat(ReferralProcess.Typed.CONCERNS.read(variables.get("concerns"))).containsExactly("PARENTING", "LANGUAGE");

    assertThat(start.submitted()).containsEntry("centreId", Map.of("value", "danderyd-morby"))
        .containsEntry("concerns", Map.of("type", "Json", "value", "[\"PARENTING\",\"LANGUAGE\"]"))
        .doesNotContainKey("description");
  }

  @Test
  void theConsentAsTasklistSubmitsIt() {
    Map<String, Map<String, Object>> consent = ConsentAnswers.given("SOCIAL_SERVICES").sharing("Oro")
        .purpose("Stöd").validUntil(LocalDate.of(2030, 1, 31)).soleCustody().submitted();

    assertThat(consent).containsEntry("consentGiven", Map.of("value", true))
        .containsEntry("consentOrganisations", Map.of("type", "Json", "value", "[\"SOCIAL_SERVICES\"]"))
        .containsEntry("consentValidUntil", Map.of("value", "2030-01-31"))
        .containsEntry("jointCustody", Map.of("value", false))
        .containsEntry("bothGuardiansConsented", Map.of("value", false));
    assertThat(ConsentAnswers.withheld().variables()).containsExactlyEntriesOf(Map.of("consentGiven", false));
  }

  @Test
  void theInitiativeWithItsLegs() {
    EstablishmentStart initiative = EstablishmentStart.of("lund-centrum", "Familjecentralen Centrum")
        .in("Lund", "Centrum").initiative("MOTION", "Ledamot").reportBackBy(LocalDate.of(2030, 5, 31))
        .leg(Leg.MATERNITY_CARE, false, "Mama Mia BMM").leg(Leg.OPEN_PRESCHOOL, true, null);

    assertThat(initiative.centreId()).isEqualTo("lund-centrum");
    assertThat(initiative.variables()).containsEntry("reportBackDate", "2030-05-31")
        .containsEntry("maternityCarePlanned", false).containsEntry("maternityCareOrganisation", "Mama Mia BMM")
        .containsEntry("openPreschoolPlanned", true).doesNotContainKey("openPreschoolOrganisation");
    assertThat(List.copyOf(initiative.submitted().keySet())).startsWith("centreId", "centreName", "municipality");
  }
}
