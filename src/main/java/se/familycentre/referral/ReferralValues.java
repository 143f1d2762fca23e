package se.familycentre.referral;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Typed reading of form values: Camunda Forms send a checklist as JSON, REST clients may send a JSON string or a
 * list, dates arrive as "yyyy-MM-dd" strings or as dates. Dates are Swedish time ({@link SwedishTime}).
 */
public final class ReferralValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferralValues() {
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A list of strings from a JSON array (Spin or text), a collection or a comma-separated text. */
  public static List<String> list(VariableScope scope, String name) {
    return list(scope.getVariable(name));
  }

  public static List<String> list(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> result.add(e.stringValue()));
      } else if (node.isString()) {
        return list(node.stringValue());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> result.add(String.valueOf(e)));
    } else {
      String text = value.toString().trim();
      if (text.startsWith("[")) {
        try {
          result.addAll(JSON.readValue(text, new TypeReference<List<String>>() { }));
        } catch (Exception e) {
          throw new IllegalArgumentException("not a JSON list of strings: " + text, e);
        }
      } else if (!text.isEmpty()) {
        for (String part : text.split(",")) {
          if (!part.isBlank()) {
            result.add(part.trim());
          }
        }
      }
    }
    return result;
  }

  /** A date from a form ("yyyy-MM-dd", or an ISO date-time whose date part counts) or a Date; null when absent. */
  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return SwedishTime.dayOf(d);
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InputRefused(name, "Datumet " + text + " är inte ett datum (ÅÅÅÅ-MM-DD).");
    }
  }
}
