package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_assessSupplementaryAgreement: a grant meets every requirement of what the initiative plans (a family
 * centre: all four legs; a family-centre-like activity: child health care and open preschool; anything else gets no
 * agreement), runs from a date not before the application
 * and states the level of co-location (1–3); a rejection gives its reasons.
 */
@Component
public class AssessSupplementaryAgreementValidation extends TaskValidation {

  /** The region's requirements for granting a family centre. */
  static final List<Map.Entry<CaseVariable<Boolean>, String>> REQUIREMENTS = List.of(
      Map.entry(Typed.REQUIREMENT_BASIC_CONTRACT, "grundavtal för BMM/BVC"),
      Map.entry(Typed.REQUIREMENT_FOUR_LEGS, "de fyra verksamheterna"),
      Map.entry(Typed.REQUIREMENT_TARGET_GROUP, "målgruppen"),
      Map.entry(Typed.REQUIREMENT_JOINT_NEEDS_ANALYSIS, "gemensam behovsanalys"));

  /** ... and a family-centre-like activity: child health care and open preschool instead of all four legs. */
  static final List<Map.Entry<CaseVariable<Boolean>, String>> REQUIREMENTS_FAMILY_CENTRE_LIKE = List.of(
      Map.entry(Typed.REQUIREMENT_BASIC_CONTRACT, "grundavtal för BMM/BVC"),
      Map.entry(Typed.REQUIREMENT_CORE_LEGS, "barnhälsovård och öppen förskola"),
      Map.entry(Typed.REQUIREMENT_TARGET_GROUP, "målgruppen"),
      Map.entry(Typed.REQUIREMENT_JOINT_NEEDS_ANALYSIS, "gemensam behovsanalys"));

  public AssessSupplementaryAgreementValidation() {
    super(Ids.ASSESS_AGREEMENT);
  }

  @Override
  public void check(VariableScope answers) {
    String decision = oneOf(answers, Typed.AGREEMENT_DECISION, List.of(Values.GRANT, Values.REJECT));
    if (!Values.GRANT.equals(decision)) {
      Typed.AGREEMENT_REASON.get(answers, "Ett avslag på tilläggsavtal måste motiveras: skriv skälen.");
      return;
    }
    LocalDate from = Typed.AGREEMENT_FROM.get(answers);
    LocalDate applied = Typed.APPLICATION_DATE.getOrNull(answers);
    if (applied != null && from.isBefore(applied)) {
      throw new InputRefused(Typed.AGREEMENT_FROM.name(), "Tilläggsavtalet kan inte gälla från " + from
          + ", före ansökningsdatumet " + applied + ".");
    }
    String planned = Typed.PLANNED_CLASSIFICATION.getOrNull(answers);
    if (Values.NOT_A_FAMILY_CENTRE.equals(planned)) {
      throw new InputRefused(Typed.AGREEMENT_DECISION.name(), "Tilläggsavtalet kan inte beviljas: de planerade "
          + "verksamheterna är varken en familjecentral eller en familjecentralsliknande verksamhet (barnhälsovård "
          + "och öppen förskola ska ingå). Avslå ansökan med skäl i stället.");
    }
    List<String> unmet = unticked(answers,
        Values.FAMILY_CENTRE_LIKE.equals(planned) ? REQUIREMENTS_FAMILY_CENTRE_LIKE : REQUIREMENTS);
    if (!unmet.isEmpty()) {
      throw new InputRefused(Typed.AGREEMENT_DECISION.name(), "Tilläggsavtalet kan inte beviljas när kraven inte är "
          + "uppfyllda (saknas: " + String.join(", ", unmet) + "). Avslå ansökan med skäl i stället.");
    }
    Integer level = Typed.CO_LOCATION_LEVEL.getOrNull(answers);
    if (level == null || level < 1 || level > 3) {
      throw new InputRefused(Typed.CO_LOCATION_LEVEL.name(), "Ange graden av samlokalisering: nivå 1, 2 eller 3.");
    }
  }
}
