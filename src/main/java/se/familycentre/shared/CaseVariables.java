package se.familycentre.shared;

/**
 * Variables that both processes set so that Tasklist can show them as filter columns. Form field keys equal
 * these names; {@link Typed} has them as {@link CaseVariable}s.
 */
public final class CaseVariables {

  /** The case's readable reference (the business key: a centre id or a referral id). */
  public static final String CASE_REFERENCE = "caseReference";
  /** The family centre the case belongs to (its id in the register, e.g. danderyd-morby). */
  public static final String CENTRE_ID = "centreId";
  /** The centre's name as officials know it. */
  public static final String CENTRE_NAME = "centreName";

  private CaseVariables() {
  }

  /** The same variables, typed. */
  public static final class Typed {
    public static final CaseVariable<String> CASE_REFERENCE = CaseVariable.text(CaseVariables.CASE_REFERENCE,
        "Ärende");
    public static final CaseVariable<String> CENTRE_ID = CaseVariable.text(CaseVariables.CENTRE_ID,
        "Familjecentral");
    public static final CaseVariable<String> CENTRE_NAME = CaseVariable.text(CaseVariables.CENTRE_NAME,
        "Familjecentral");

    private Typed() {
    }
  }
}
