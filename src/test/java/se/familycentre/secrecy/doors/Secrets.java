package se.familycentre.secrecy.doors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The secrets of every case the catalogue has built, each a unique text, and who may read them: looked for in
 * the raw body of every answer. A secret is named by what it is ({@link #NAMES}); the roles' table says who may
 * read which ({@code roles.tsv}). Overseers (ledning, revision) may read none, so for them any text of a secret
 * case ({@value #ANY_SECRET}, also of other tests' cases) is a leak.
 */
final class Secrets {

  static final String CHILD_NUMBER = "childNumber";
  static final String REPORT_TEXT = "reportText";
  static final String PROTECTION_ASSESSMENT = "protectionAssessment";
  static final String DESCRIPTION = "description";
  static final String SUPPORT_SUMMARY = "supportSummary";
  /** The personal identity numbers of the supported referral's child and guardians (ContactDetails). */
  static final String FAMILY_IDENTITY = "familyIdentity";
  /** The guardians' names and address in the supported referral (ContactDetails). */
  static final String FAMILY_CONTACT = "familyContact";
  static final String COMMENT = "comment";
  static final String ATTACHMENT = "attachment";
  /** The values a decision was evaluated with or gave (the routing of a family's concerns): found by structure. */
  static final String DECISION_VALUES = "decisionValues";
  static final Set<String> NAMES = Set.of(CHILD_NUMBER, REPORT_TEXT, PROTECTION_ASSESSMENT, DESCRIPTION,
      SUPPORT_SUMMARY, FAMILY_IDENTITY, FAMILY_CONTACT, COMMENT, ATTACHMENT, DECISION_VALUES);

  /** What every secret text of the secret cases starts with (SecretCases and ours). */
  static final String ANY_SECRET = "HEMLIG-";

  /** One secret: its name and the texts that give it away. */
  record Secret(String name, List<String> markers) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Secret> all = new CopyOnWriteArrayList<>();

  void add(String name, String... markers) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(name);
    }
    all.add(new Secret(name, List.of(markers)));
  }

  /** The child's personal identity number, in every form an answer could print it. */
  void addChildNumber(String number) {
    add(CHILD_NUMBER, numberForms(number));
  }

  /** Personal identity numbers of the family, under {@code name}, in every form an answer could print them. */
  void addNumbers(String name, List<String> numbers) {
    add(name, numbers.stream().flatMap(n -> Stream.of(numberForms(n))).toArray(String[]::new));
  }

  private static String[] numberForms(String number) {
    return new String[] {number, number.replace("-", ""), number.substring(2)};
  }

  /** The secrets an answer shows, by name (a name once however often). */
  Set<String> shownIn(String body) {
    Set<String> shown = new TreeSet<>();
    if (body == null || body.isEmpty()) {
      return shown;
    }
    for (Secret secret : all) {
      for (String marker : secret.markers()) {
        if (body.contains(marker)) {
          shown.add(secret.name());
          break;
        }
      }
    }
    if (showsDecisionValues(body)) {
      shown.add(DECISION_VALUES);
    }
    return shown;
  }

  /** Where the first secret text of any case stands in the body, or -1. */
  int firstMarker(String body) {
    int first = -1;
    for (Secret secret : all) {
      for (String marker : secret.markers()) {
        int at = body.indexOf(marker);
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
    }
    return first;
  }

  /** Texts of secret cases this catalogue did not build (other tests' cases), for the overseers' check. */
  static boolean showsAnySecretText(String body) {
    return body != null && body.contains(ANY_SECRET);
  }

  /** A historic decision instance's inputs or outputs with their values. */
  static boolean showsDecisionValues(String body) {
    if (body == null || !(body.contains("\"inputs\"") || body.contains("\"outputs\""))) {
      return false;
    }
    try {
      return hasValues(JSON.readTree(body));
    } catch (Exception notJson) {
      return false;
    }
  }

  private static boolean hasValues(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasValues(element)) {
          return true;
        }
      }
      return false;
    }
    if (!node.isObject()) {
      return false;
    }
    for (String field : List.of("inputs", "outputs")) {
      JsonNode values = node.get(field);
      if (values != null && values.isArray()) {
        for (JsonNode value : values) {
          if (value.hasNonNull("value")) {
            return true;
          }
        }
      }
    }
    List<JsonNode> children = new ArrayList<>();
    node.elements().forEachRemaining(children::add);
    return children.stream().anyMatch(Secrets::hasValues);
  }
}
