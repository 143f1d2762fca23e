package se.familycentre.referral;

import java.time.LocalDate;
import java.time.Period;

/**
 * The child's age band: enough for routing, no birth date needed. Where a birth date is known (the child's personal
 * identity number in a report of concern), it must fit the band the referrer chose: the age in whole months at the
 * day of the check lies from {@code fromMonths} up to, but not including, {@code toMonths} plus one month of grace
 * (a child may have had a birthday between the referral and the report).
 */
public enum AgeBand {
  PREGNANCY("graviditet", 0, 0),
  AGE_0_1("0–1 år", 0, 12),
  AGE_1_3("1–3 år", 12, 36),
  AGE_3_6("3–6 år", 36, 84);

  /** A birthday between the referral and the check does not make the band wrong. */
  static final int GRACE_MONTHS = 1;

  /** The band as the forms and the handbook say it in Swedish. */
  public final String label;
  private final int fromMonths;
  private final int toMonths;

  AgeBand(String label, int fromMonths, int toMonths) {
    this.label = label;
    this.fromMonths = fromMonths;
    this.toMonths = toMonths;
  }

  /** Whether a child born on {@code born} is, on {@code today}, of this age band (with one month of grace). */
  public boolean admits(LocalDate born, LocalDate today) {
    long months = Period.between(born, today).toTotalMonths();
    return months >= fromMonths && months < toMonths + GRACE_MONTHS;
  }
}
