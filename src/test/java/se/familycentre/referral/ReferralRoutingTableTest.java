package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.support.FamilyCentreSpringTest;

/** The routing table {@code referralRouting}, row by row, and what it must not cover. */
@FamilyCentreSpringTest
class ReferralRoutingTableTest {

  static final List<String> ALL_OFFERS = Arrays.stream(TargetService.values()).map(Enum::name).toList();

  @Autowired
  DecisionService decisionService;

  List<String> route(List<String> concerns, String ageBand, List<String> offers) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey("referralRouting").variables(
        Variables.createVariables().putValue("concerns", Spin.JSON(concerns)).putValue("ageBand", ageBand)
            .putValue("localOffers", Spin.JSON(offers))).evaluate();
    return result.getResultList().stream().map(r -> (String) r.get("targetService")).toList();
  }

  @ParameterizedTest(name = "{0} at {1} → {2}")
  @CsvSource({
      "PARENTING, AGE_0_1, EXTENDED_HOME_VISITING PARENTING_PROGRAMME_ICDP SOCIAL_COUNSELLOR",
      "ECONOMY_HOUSING, AGE_0_1, EXTENDED_HOME_VISITING SOCIAL_COUNSELLOR",
      "PARENTING, PREGNANCY, PARENTING_PROGRAMME_ICDP SOCIAL_COUNSELLOR",
      "PARENTING, AGE_1_3, PARENTING_PROGRAMME_ICDP SOCIAL_COUNSELLOR",
      "PARENTING, AGE_3_6, PARENTING_PROGRAMME_ABC SOCIAL_COUNSELLOR",
      "PARENT_MENTAL_HEALTH, PREGNANCY, MHV_PSYCHOLOGIST",
      "PARENT_MENTAL_HEALTH, AGE_0_1, BHV_PSYCHOLOGIST",
      "PARENT_MENTAL_HEALTH, AGE_3_6, BHV_PSYCHOLOGIST",
      "COUPLE_RELATIONSHIP, AGE_1_3, FAMILY_COUNSELLING SOCIAL_COUNSELLOR",
      "DEVELOPMENT, AGE_1_3, CHILD_HEALTH_FOLLOW_UP",
      "LANGUAGE, AGE_3_6, CHILD_HEALTH_FOLLOW_UP",
      "ECONOMY_HOUSING, AGE_3_6, SOCIAL_COUNSELLOR"})
  void eachRowRoutesItsConcernAndAgeToItsServiceInPriorityOrder(String concern, String ageBand, String expected) {
    assertThat(route(List.of(concern), ageBand, ALL_OFFERS)).containsExactly(expected.split(" "));
  }

  @Test
  void everyRowNamesTheGroupThatGivesTheServiceInTheCatalogue() {
    for (String concern : List.of("PARENTING", "ECONOMY_HOUSING", "PARENT_MENTAL_HEALTH", "COUPLE_RELATIONSHIP",
        "DEVELOPMENT", "LANGUAGE")) {
      for (AgeBand age : AgeBand.values()) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey("referralRouting").variables(
            Variables.createVariables().putValue("concerns", Spin.JSON(List.of(concern)))
                .putValue("ageBand", age.name()).putValue("localOffers", Spin.JSON(ALL_OFFERS))).evaluate();
        for (Map<String, Object> row : result.getResultList()) {
          assertThat(row.get("targetGroups")).as(concern + " " + age)
              .isEqualTo(TargetService.valueOf((String) row.get("targetService")).groups);
        }
      }
    }
  }

  @Test
  void harmAndViolenceAreNeverRoutedAsAVoluntaryReferral() {
    assertThat(route(List.of("CHILD_HARMED"), "AGE_1_3", ALL_OFFERS)).isEmpty();
    assertThat(route(List.of("VIOLENCE_IN_FAMILY"), "AGE_0_1", ALL_OFFERS)).isEmpty();
  }

  @Test
  void inputsTheTableMustNotCoverGiveNoService() {
    assertThat(route(List.of(), "AGE_1_3", ALL_OFFERS)).as("no concern").isEmpty();
    assertThat(route(List.of("DEVELOPMENT"), "PREGNANCY", ALL_OFFERS)).as("development before birth").isEmpty();
    assertThat(route(List.of("LANGUAGE"), "AGE_0_1", ALL_OFFERS)).as("language under one").isEmpty();
    assertThat(route(List.of("PARENTING"), "AGE_7_12", ALL_OFFERS)).as("unknown age band").isEmpty();
  }

  @Test
  void aServiceTheCentreDoesNotOfferIsNotChosen() {
    assertThat(route(List.of("PARENTING"), "AGE_0_1", List.of("PARENTING_PROGRAMME_ICDP")))
        .containsExactly("PARENTING_PROGRAMME_ICDP");
    assertThat(route(List.of("PARENT_MENTAL_HEALTH"), "PREGNANCY", List.of("SOCIAL_COUNSELLOR"))).isEmpty();
  }

  @Test
  void severalConcernsGiveTheCandidatesOfEachInTableOrder() {
    assertThat(route(List.of("LANGUAGE", "PARENT_MENTAL_HEALTH"), "AGE_1_3", ALL_OFFERS))
        .containsExactly("BHV_PSYCHOLOGIST", "CHILD_HEALTH_FOLLOW_UP");
  }
}
