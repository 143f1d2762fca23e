package se.familycentre.handbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timers, deadlines and retention in plain Swedish words: {@code P14D} is "14 dagar", {@code R/P1Y} is "varje år",
 * {@code ${reportBackDate}} is "vid datumet i variabeln reportBackDate". The ISO text is kept beside the words by
 * the callers that show timers, so that nothing is lost in translation.
 */
public final class TimerText {

  private static final Pattern DURATION = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?");
  private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(?:([^/]+)/)?(P[^/]+)");
  private static final Pattern VARIABLE = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  private static final Pattern PLUS = Pattern.compile(
      "[$#]\\{\\s*(?:dateTime|now)\\(\\)\\s*((?:\\.plus(?:Years|Months|Weeks|Days|Hours|Minutes)\\(\\d+\\))*)"
          + "\\s*(?:\\.toDate\\(\\))?\\s*}");
  private static final Pattern PLUS_PART = Pattern.compile("\\.plus(Years|Months|Weeks|Days|Hours|Minutes)\\((\\d+)\\)");
  private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("sv"));

  private TimerText() {
  }

  /** An ISO-8601 duration in words: P14D "14 dagar", P1Y2M "1 år och 2 månader", PT0S "samma dag". */
  public static String duration(String iso) {
    String text = iso == null ? "" : iso.trim();
    Matcher m = DURATION.matcher(text);
    if (text.length() < 2 || !m.matches()) {
      return null;
    }
    String[][] units = {{"år", "år"}, {"månad", "månader"}, {"vecka", "veckor"}, {"dag", "dagar"},
        {"timme", "timmar"}, {"minut", "minuter"}, {"sekund", "sekunder"}};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      String value = m.group(i + 1);
      if (value == null) {
        continue;
      }
      double amount = Double.parseDouble(value.replace(',', '.'));
      if (amount == 0) {
        continue;
      }
      String number = amount == Math.rint(amount) ? String.valueOf((long) amount) : value;
      parts.add(number + " " + (amount == 1 ? units[i][0] : units[i][1]));
    }
    if (parts.isEmpty()) {
      return "samma dag";
    }
    return join(parts);
  }

  /** A deadline given as a duration: "inom 14 dagar", or "samma dag" for a zero duration. */
  public static String within(String iso) {
    String words = duration(iso);
    if (words == null) {
      return null;
    }
    return "samma dag".equals(words) ? "samma dag (genast)" : "inom " + words;
  }

  /** A timer's time-duration definition: "efter 14 dagar (P14D)", or an expression evaluated at run time. */
  public static String timerDuration(String definition) {
    String words = duration(definition);
    if (words != null) {
      return ("samma dag".equals(words) ? "genast, samma dag" : "efter " + words) + " (" + definition.trim() + ")";
    }
    return "efter " + expression(definition.trim(), "den tid som står", "den tid som");
  }

  /** A timer's time-date definition: a date, or an expression. */
  public static String timerDate(String definition) {
    String text = definition == null ? "" : definition.trim();
    String date = isoDate(text);
    if (date != null) {
      return "den " + date + " (" + text + ")";
    }
    return "vid " + expression(text, "datumet", "datumet som");
  }

  /** A timer's time-cycle definition: "varje år (R/P1Y)", "var 2:a vecka, 3 gånger (R3/P2W)", or cron. */
  public static String timerCycle(String definition) {
    String text = definition == null ? "" : definition.trim();
    Matcher m = CYCLE.matcher(text);
    if (m.matches()) {
      String every = every(m.group(3));
      if (every != null) {
        StringBuilder words = new StringBuilder(every);
        if (!m.group(1).isEmpty()) {
          int times = Integer.parseInt(m.group(1));
          words.append(", ").append(times).append(times == 1 ? " gång" : " gånger");
        } else {
          words.append(", utan slut");
        }
        if (m.group(2) != null) {
          String start = isoDate(m.group(2));
          words.append(", med start ").append(start != null ? start : m.group(2));
        }
        return words + " (" + text + ")";
      }
    }
    if (text.startsWith("${") || text.startsWith("#{")) {
      return "upprepas enligt " + expression(text, "schemat", "schemat som");
    }
    return "upprepas enligt schemat (cron) " + text;
  }

  /** "varje dag", "var 3:e dag", "varje år (var 12:e månad)" for one repetition interval. */
  static String every(String isoDuration) {
    Matcher m = DURATION.matcher(isoDuration);
    if (!m.matches()) {
      return null;
    }
    String[][] units = {{"år", "år"}, {"månad", "månad"}, {"vecka", "vecka"}, {"dag", "dag"}, {"timme", "timme"},
        {"minut", "minut"}, {"sekund", "sekund"}};
    List<String> set = new ArrayList<>();
    int index = -1;
    for (int i = 0; i < units.length; i++) {
      if (m.group(i + 1) != null && Double.parseDouble(m.group(i + 1).replace(',', '.')) != 0) {
        set.add(m.group(i + 1));
        index = i;
      }
    }
    if (set.size() != 1) {
      String words = duration(isoDuration);
      return words == null ? null : "var " + words;
    }
    long n = (long) Double.parseDouble(set.get(0).replace(',', '.'));
    String unit = units[index][0];
    String neuter = index == 0 ? "vart" : "var"; // "vart 2:a år", but "var 2:a månad"
    if (n == 1) {
      return index == 0 ? "varje år (var 12:e månad)" : "varje " + unit;
    }
    return neuter + " " + ordinal(n) + " " + unit;
  }

  /** Swedish ordinal with a colon: 2:a, 3:e, 12:e, 21:a, 22:a. */
  static String ordinal(long n) {
    long last = n % 10;
    long lastTwo = n % 100;
    boolean a = (last == 1 || last == 2) && lastTwo != 11 && lastTwo != 12;
    return n + (a ? ":a" : ":e");
  }

  /** A due date or follow-up date of a user task ({@code camunda:dueDate}). */
  public static String dueDate(String definition) {
    String text = definition == null ? "" : definition.trim();
    Matcher plus = PLUS.matcher(text);
    if (plus.matches()) {
      Matcher part = PLUS_PART.matcher(plus.group(1));
      StringBuilder iso = new StringBuilder("P");
      StringBuilder time = new StringBuilder();
      while (part.find()) {
        switch (part.group(1)) {
          case "Years" -> iso.append(part.group(2)).append('Y');
          case "Months" -> iso.append(part.group(2)).append('M');
          case "Weeks" -> iso.append(part.group(2)).append('W');
          case "Days" -> iso.append(part.group(2)).append('D');
          case "Hours" -> time.append(part.group(2)).append('H');
          default -> time.append(part.group(2)).append('M');
        }
      }
      String duration = iso + (time.isEmpty() ? "" : "T" + time);
      return within("P".equals(duration) ? "PT0S" : duration) + " från att uppgiften skapas";
    }
    String date = isoDate(text);
    if (date != null) {
      return "senast den " + date;
    }
    String within = within(text);
    if (within != null) {
      return within + " från att uppgiften skapas (" + text + ")";
    }
    return "senast " + expression(text, "datumet", "datumet som");
  }

  /**
   * A number of days of history in words: 1825 is "5 år (1 825 dagar)", 30 is "30 dagar", as the models'
   * documentation says it (tools/models/retention.py; a no-break space between thousands). The days are the
   * configured retention (familycentre.retention), which the engine applies, never a model's own literal.
   */
  public static String retention(long days) {
    if (days == 0) {
      return "tas bort direkt när ärendet är avslutat";
    }
    String d = String.format(Locale.ROOT, "%,d", days).replace(',', '\u00a0') + (days == 1 ? " dag" : " dagar");
    return days % 365 == 0 ? days / 365 + " år (" + d + ")" : d;
  }

  /** An expression in words: a single variable is named, anything else is quoted. */
  static String expression(String text, String forVariable, String forExpression) {
    Matcher variable = VARIABLE.matcher(text);
    if (variable.matches()) {
      return forVariable + " i variabeln " + variable.group(1);
    }
    return forExpression + " uttrycket " + text + " ger";
  }

  /** A plain ISO date or date-time as a Swedish date ("1 juli 2025"), or null. */
  static String isoDate(String text) {
    if (text.length() < 10 || !text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.substring(0, 10));
      String result = SWEDISH_DATE.format(date);
      if (text.length() >= 16 && text.charAt(10) == 'T') {
        result += " kl. " + text.substring(11, 16);
      }
      return result;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
  }
}
