package se.familycentre.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count as follow-up figures show it: below {@value #THRESHOLD} it reads "färre än 5", so that a small number
 * cannot point at one family (the threshold of Swedish official statistics' small-number suppression). In JSON
 * it is the number itself, or the string {@value #FEWER_THAN_FIVE}. The exact value stays inside the application.
 */
public final class SmallCount {

  public static final int THRESHOLD = 5;
  public static final String FEWER_THAN_FIVE = "färre än 5";

  private final long value;

  private SmallCount(long value) {
    this.value = value;
  }

  public static SmallCount of(long value) {
    return new SmallCount(value);
  }

  /** Whether a figure derived from {@code n} cases (a median, a share) may be shown at all. */
  public static boolean showable(long n) {
    return n >= THRESHOLD;
  }

  public boolean suppressed() {
    return !showable(value);
  }

  @JsonValue
  public Object shown() {
    return suppressed() ? FEWER_THAN_FIVE : value;
  }

  @Override
  public String toString() {
    return String.valueOf(shown());
  }
}
