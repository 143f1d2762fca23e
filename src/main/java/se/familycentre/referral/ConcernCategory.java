package se.familycentre.referral;

import java.util.Collection;

/** What the staff member is concerned about (multi-select on the start form). */
public enum ConcernCategory {
  DEVELOPMENT, LANGUAGE, PARENT_MENTAL_HEALTH, PARENTING, COUPLE_RELATIONSHIP, ECONOMY_HOUSING,
  /** Suspicion that the child is harmed: a report of concern, at once, no consent. */
  CHILD_HARMED,
  /** Violence in the family: a report of concern that goes straight to investigation. */
  VIOLENCE_IN_FAMILY;

  /** A report of concern is due when harm is suspected or there is violence in the family. */
  public static boolean reportOfConcernDue(Collection<String> concerns) {
    return concerns.contains(CHILD_HARMED.name()) || concerns.contains(VIOLENCE_IN_FAMILY.name());
  }
}
