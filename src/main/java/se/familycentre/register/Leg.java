package se.familycentre.register;

/**
 * The four legs of a family centre. The first two are run by the region (often a contracted provider), the last two
 * by the municipality.
 */
public enum Leg {
  MATERNITY_CARE("Mödrahälsovård (BMM)", true),
  CHILD_HEALTH_CARE("Barnhälsovård (BVC)", true),
  OPEN_PRESCHOOL("Öppen förskola", false),
  PREVENTIVE_SOCIAL_SERVICES("Socialtjänst, förebyggande", false);

  public final String swedishName;
  /** Run by the region (health care), so its part in the centre rests on the supplementary agreement. */
  public final boolean regional;

  Leg(String swedishName, boolean regional) {
    this.swedishName = swedishName;
    this.regional = regional;
  }
}
