package se.familycentre.establishment;

import java.util.HashMap;
import java.util.Map;
import se.familycentre.establishment.EstablishmentProcess.Vars;

/**
 * The task "Ordna samlokalisering och avtal" ({@code userTask_arrangeCoLocation}) answered as an official fills it in: the premises,
 * which of the four activities are present, the simultaneous opening day, and the five points of the local
 * collaboration agreement all agreed. For the demo cases and the tests alike.
 */
public final class CoLocationAnswers {

  private CoLocationAnswers() {
  }

  /**
   * @param premises where the centre is
   * @param maternityCare whether maternity care (MVC) is present
   * @param childHealthCare whether child health care (BVC) is present
   * @param openPreschool whether the open preschool is present
   * @param preventiveSocialServices whether preventive social services are present
   */
  public static Map<String, Object> of(String premises, boolean maternityCare, boolean childHealthCare,
      boolean openPreschool, boolean preventiveSocialServices) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.PREMISES, premises);
    v.put(Vars.MATERNITY_CARE_PRESENT, maternityCare);
    v.put(Vars.CHILD_HEALTH_CARE_PRESENT, childHealthCare);
    v.put(Vars.OPEN_PRESCHOOL_PRESENT, openPreschool);
    v.put(Vars.PREVENTIVE_SOCIAL_SERVICES_PRESENT, preventiveSocialServices);
    v.put(Vars.SIMULTANEOUS_WEEKDAY, "TUESDAY");
    v.put(Vars.AGREEMENT_CHILD_RIGHTS, true);
    v.put(Vars.AGREEMENT_SIMULTANEOUS_OPENING, true);
    v.put(Vars.AGREEMENT_PARENTING_SUPPORT, true);
    v.put(Vars.AGREEMENT_PARTICIPATION, true);
    v.put(Vars.AGREEMENT_JOINT_EVALUATION, true);
    return v;
  }
}
