package se.familycentre.referral;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The period the follow-up figures are asked for: whole calendar months only, so that no figure covers a single
 * day or week (two overlapping periods a day apart would tell what happened that day). {@code from} is a month
 * ({@code 2026-03}) or its first day, {@code to} a month or its last day; without them, this year up to the end of
 * this month. A shorter or broken period is refused with a Swedish sentence that names the field.
 */
public record FigurePeriod(LocalDate from, LocalDate to) {

  /** At most three years of months in one answer. */
  public static final int MAX_MONTHS = 36;

  public static FigurePeriod of(String from, String to, LocalDate today) {
    LocalDate fromDate = from == null || from.isBlank() ? today.withDayOfYear(1) : start("from", from.trim());
    LocalDate toDate = to == null || to.isBlank() ? YearMonth.from(today).atEndOfMonth() : end("to", to.trim());
    if (toDate.isBefore(fromDate)) {
      throw new Refused("to", "Fältet to slutar före from: perioden måste vara minst en kalendermånad.");
    }
    if (months(fromDate, toDate) > MAX_MONTHS) {
      throw new Refused("to", "Fältet to ligger mer än " + MAX_MONTHS + " månader efter from.");
    }
    return new FigurePeriod(fromDate, toDate);
  }

  /** The calendar months of the period, in order. */
  public List<YearMonth> monthList() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static long months(LocalDate from, LocalDate to) {
    return YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
  }

  private static LocalDate start(String field, String value) {
    LocalDate date = parse(field, value, true);
    if (date.getDayOfMonth() != 1) {
      throw new Refused(field, "Fältet " + field + " ska vara en månad (ÅÅÅÅ-MM) eller dess första dag: "
          + "uppföljningen visas inte för kortare perioder än en kalendermånad.");
    }
    return date;
  }

  private static LocalDate end(String field, String value) {
    LocalDate date = parse(field, value, false);
    if (!date.equals(YearMonth.from(date).atEndOfMonth())) {
      throw new Refused(field, "Fältet " + field + " ska vara en månad (ÅÅÅÅ-MM) eller dess sista dag: "
          + "uppföljningen visas inte för kortare perioder än en kalendermånad.");
    }
    return date;
  }

  private static LocalDate parse(String field, String value, boolean first) {
    try {
      if (value.length() == 7) {
        YearMonth month = YearMonth.parse(value);
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Refused(field, "Fältet " + field + " ska vara en månad (ÅÅÅÅ-MM) eller ett datum (ÅÅÅÅ-MM-DD).");
    }
  }

  /** A period that may not be asked for; the message names the field. */
  public static final class Refused extends RuntimeException {
    public final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }
  }
}
