package se.familycentre.referral;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer), checked for format, a real date of birth (or a co-ordination
 * number, day + 60) that is not in the future, and the Luhn check digit. Accepted forms: YYYYMMDD-NNNN,
 * YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN; normalised to YYYYMMDD-NNNN.
 */
public final class PersonalIdentityNumber {

  private static final Pattern FORMAT = Pattern.compile("^(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{3})(\\d)$");

  private PersonalIdentityNumber() {
  }

  /** Returns the normalised number, or throws IllegalArgumentException with a Swedish message saying what is wrong. */
  public static String validate(String input, LocalDate today) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("Personnumret saknas.");
    }
    Matcher m = FORMAT.matcher(input.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("Personnumret har fel format: skriv ÅÅÅÅMMDD-NNNN.");
    }
    int yy = Integer.parseInt(m.group(2));
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    int birthDay = day > 60 ? day - 60 : day;
    int year;
    if (m.group(1) != null) {
      year = Integer.parseInt(m.group(1)) * 100 + yy;
    } else {
      int century = today.getYear() / 100 * 100;
      year = century + yy > today.getYear() ? century - 100 + yy : century + yy;
    }
    LocalDate born;
    try {
      born = LocalDate.of(year, month, birthDay);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Personnumret innehåller inget giltigt födelsedatum.");
    }
    if (born.isAfter(today)) {
      throw new IllegalArgumentException("Personnumrets födelsedatum ligger i framtiden.");
    }
    String tenDigits = String.format("%02d%02d%02d%s%s", yy, month, day, m.group(5), m.group(6));
    if (!luhnValid(tenDigits)) {
      throw new IllegalArgumentException("Personnumrets kontrollsiffra stämmer inte.");
    }
    return String.format("%04d%02d%02d-%s%s", year, month, day, m.group(5), m.group(6));
  }

  /** The date of birth of a number {@link #validate} returned (YYYYMMDD-NNNN; a co-ordination number's day less 60). */
  public static LocalDate bornOn(String normalised) {
    int day = Integer.parseInt(normalised.substring(6, 8));
    return LocalDate.of(Integer.parseInt(normalised.substring(0, 4)), Integer.parseInt(normalised.substring(4, 6)),
        day > 60 ? day - 60 : day);
  }

  static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int d = tenDigits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
