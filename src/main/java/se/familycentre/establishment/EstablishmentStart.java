package se.familycentre.establishment;

import java.time.LocalDate;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.Leg;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.FormAnswers;

/**
 * The establishment's start form ({@code establishmentInitiative}) answered as Tasklist submits it: the one place
 * that builds an initiative's start variables, for the demo cases and the tests alike. The form does not ask for the
 * centre's id: the server derives it from the municipality and the area ({@link CentreIds}), and so does
 * {@link #centreId()}, which is the case's business key.
 *
 * <pre>{@code
 * EstablishmentStart initiative = EstablishmentStart.named("Familjecentralen Mörby")
 *     .in("Danderyd", "Mörby").initiative("JOINT_REQUEST", "De lokala verksamheterna")
 *     .reportBackBy(LocalDate.of(2022, 4, 20)).leg(Leg.CHILD_HEALTH_CARE, true, "BVC i Danderyd");
 * runtimeService.startProcessInstanceByKey(EstablishmentProcess.KEY, initiative.centreId(), initiative.variables());
 * // initiative.centreId() is "danderyd-morby"
 * }</pre>
 */
public final class EstablishmentStart extends FormAnswers<EstablishmentStart> {
  private final String givenId;
  private final String centreName;
  private String municipality;
  private String area;

  private EstablishmentStart(String centreId, String centreName) {
    this.givenId = centreId;
    this.centreName = centreName;
    if (centreId != null) {
      put(Typed.CENTRE_ID, centreId);
    }
    put(Typed.CENTRE_NAME, centreName);
  }

  /** An initiative for the centre of this name, its id derived as the form's is (see {@link #centreId()}). */
  public static EstablishmentStart named(String centreName) {
    return new EstablishmentStart(null, centreName);
  }

  /**
   * An initiative with an id of the caller's own (lower case, digits and hyphens: the business key and its tenant),
   * through the Java API only (the start form has no such field, so a signed-in caller's start refuses it): for an
   * id that predates the derivation, or one a test needs unique.
   */
  public static EstablishmentStart of(String centreId, String centreName) {
    return new EstablishmentStart(centreId, centreName);
  }

  /**
   * The municipality as the register spells it (one of the start form's 290 options; the region follows from it),
   * and the area (optional; with the municipality it makes the centre's id).
   */
  public EstablishmentStart in(String municipality, String area) {
    this.municipality = municipality;
    this.area = area;
    return put(Typed.MUNICIPALITY, municipality).put(Typed.AREA, area);
  }

  /** The kind of initiative (MOTION, BUDGET_ASSIGNMENT, JOINT_REQUEST) and who raised it. */
  public EstablishmentStart initiative(String kind, String raisedBy) {
    return put(Typed.INITIATIVE_KIND, kind).put(Typed.RAISED_BY, raisedBy);
  }

  /** The date the investigation reports back by. */
  public EstablishmentStart reportBackBy(LocalDate date) {
    return put(Typed.REPORT_BACK_DATE, date);
  }

  /** Whether a leg is planned, and the organisation that runs it there (may be named although not planned). */
  public EstablishmentStart leg(Leg leg, boolean planned, String organisation) {
    return put(planned(leg), planned).put(organisation(leg), organisation);
  }

  /** The centre's id: the one given, or the one the server derives from municipality, area and name. */
  public String centreId() {
    return givenId != null ? givenId : CentreIds.derive(municipality, area, centreName);
  }

  private static CaseVariable<Boolean> planned(Leg leg) {
    return switch (leg) {
      case MATERNITY_CARE -> Typed.MATERNITY_CARE_PLANNED;
      case CHILD_HEALTH_CARE -> Typed.CHILD_HEALTH_CARE_PLANNED;
      case OPEN_PRESCHOOL -> Typed.OPEN_PRESCHOOL_PLANNED;
      case PREVENTIVE_SOCIAL_SERVICES -> Typed.PREVENTIVE_SOCIAL_SERVICES_PLANNED;
    };
  }

  private static CaseVariable<String> organisation(Leg leg) {
    return switch (leg) {
      case MATERNITY_CARE -> Typed.MATERNITY_CARE_ORGANISATION;
      case CHILD_HEALTH_CARE -> Typed.CHILD_HEALTH_CARE_ORGANISATION;
      case OPEN_PRESCHOOL -> Typed.OPEN_PRESCHOOL_ORGANISATION;
      case PREVENTIVE_SOCIAL_SERVICES -> Typed.PREVENTIVE_SOCIAL_SERVICES_ORGANISATION;
    };
  }
}
