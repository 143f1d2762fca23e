package se.familycentre.referral;

/** The child's age band: enough for routing, no birth date needed. */
public enum AgeBand {
  PREGNANCY, AGE_0_1, AGE_1_3, AGE_3_6
}
