package se.familycentre.shared;

import java.time.Duration;
import java.util.Map;

/**
 * The deadlines a room's models write as expressions (a user task's due date or follow-up date, a timer), in the
 * words an auditor reads in the handbook. Each room that puts such an expression in a model says here what it
 * means, from the configuration that decides it; {@code HandbookWordsTest} fails on an expression that no room
 * explains.
 */
public interface DeadlineWords {

  /** Each expression exactly as the model writes it, with when it falls in Swedish ("7 dagar efter att …"). */
  Map<String, String> deadlineWords();

  /** The words of every room in one map; an expression two rooms explain is a mistake. */
  static Map<String, String> all(java.util.List<? extends DeadlineWords> rooms) {
    Map<String, String> all = new java.util.TreeMap<>();
    for (DeadlineWords room : rooms) {
      room.deadlineWords().forEach((expression, words) -> {
        if (all.putIfAbsent(expression, words) != null) {
          throw new IllegalStateException("Two rooms explain the deadline " + expression);
        }
      });
    }
    return Map.copyOf(all);
  }

  /** An ISO 8601 period or duration as configured, in Swedish: "P1Y" "1 år", "P6M" "6 månader", "PT1H" "1 timme". */
  static String amount(String iso) {
    try {
      java.time.Period period = java.time.Period.parse(iso);
      java.util.List<String> parts = new java.util.ArrayList<>();
      if (period.getYears() != 0) {
        parts.add(period.getYears() + " år");
      }
      if (period.getMonths() != 0) {
        parts.add(period.getMonths() + (period.getMonths() == 1 ? " månad" : " månader"));
      }
      if (period.getDays() != 0) {
        parts.add(period.getDays() + (period.getDays() == 1 ? " dag" : " dagar"));
      }
      return parts.isEmpty() ? "0 dagar" : String.join(" och ", parts);
    } catch (java.time.format.DateTimeParseException notAPeriod) {
      return amount(Duration.parse(iso));
    }
  }

  /** A configured duration in Swedish: "14 dagar", "1 dag", "1 timme", "90 minuter". */
  static String amount(Duration duration) {
    if (!duration.isZero() && duration.toMinutes() % (24 * 60) == 0) {
      long days = duration.toDays();
      return days + (days == 1 ? " dag" : " dagar");
    }
    if (!duration.isZero() && duration.toMinutes() % 60 == 0) {
      long hours = duration.toHours();
      return hours + (hours == 1 ? " timme" : " timmar");
    }
    long minutes = duration.toMinutes();
    return minutes + (minutes == 1 ? " minut" : " minuter");
  }
}
