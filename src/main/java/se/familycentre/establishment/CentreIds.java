package se.familycentre.establishment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A family centre's id, derived from the initiative instead of typed: the municipality and the area, or, without an
 * area, the centre's name without a leading "Familjecentralen"/"Familjecentral"; lower case, å and ä as a, ö as o,
 * é as e (other accents dropped), every other run of characters that are not a–z or 0–9 one hyphen. Danderyd and
 * Mörby give {@code danderyd-morby}; Stockholm and Rinkeby-Kista {@code stockholm-rinkeby-kista}; Malmö without an
 * area, "Familjecentralen Lindängen", {@code malmo-lindangen}. The id is the case's business key and the centre's
 * tenant, so it never changes afterwards.
 */
public final class CentreIds {

  private static final Pattern LEADING_WORD = Pattern.compile("^\\s*familjecentral(en)?\\b\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

  private CentreIds() {
  }

  /** The id of a centre in {@code municipality}, with {@code area} (may be blank) or else its {@code name}. */
  public static String derive(String municipality, String area, String name) {
    String place = area != null && !area.isBlank() ? area
        : name == null ? "" : LEADING_WORD.matcher(name).replaceFirst("");
    return slug((municipality == null ? "" : municipality) + " " + place);
  }

  static String slug(String text) {
    String lower = text.toLowerCase(Locale.forLanguageTag("sv-SE")).replace('å', 'a').replace('ä', 'a')
        .replace('ö', 'o').replace('é', 'e');
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    String hyphenated = OTHERS.matcher(plain).replaceAll("-");
    return hyphenated.replaceAll("^-+|-+$", "");
  }
}
