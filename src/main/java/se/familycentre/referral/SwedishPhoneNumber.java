package se.familycentre.referral;

import java.util.regex.Pattern;

/**
 * A Swedish phone number as an official types it: {@code 070-123 45 67}, {@code 08-123 456 78}, {@code 0980-123 45}
 * or {@code +46 70 123 45 67} (spaces, hyphens and brackets are ignored). A national number is 0 followed by 7 to 9
 * digits (not 00, an international prefix); a mobile number (07…) has 10 digits. Normalised to E.164
 * ({@code +46701234567}), which every phone dials.
 */
public final class SwedishPhoneNumber {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
  private static final Pattern NATIONAL = Pattern.compile("^0[1-9]\\d{6,8}$");

  private SwedishPhoneNumber() {
  }

  /** Returns the number as {@code +46…}, or throws IllegalArgumentException with a Swedish message. */
  public static String validate(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("Telefonnumret saknas.");
    }
    String digits = SEPARATORS.matcher(input.trim()).replaceAll("");
    if (digits.startsWith("+46")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("0046")) {
      digits = "0" + digits.substring(4);
    }
    if (!NATIONAL.matcher(digits).matches() || digits.startsWith("07") && digits.length() != 10) {
      throw new IllegalArgumentException("\"" + input.trim() + "\" är inget svenskt telefonnummer: skriv t.ex. "
          + "070-123 45 67 eller 08-123 456 78.");
    }
    return "+46" + digits.substring(1);
  }
}
