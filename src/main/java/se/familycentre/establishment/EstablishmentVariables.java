package se.familycentre.establishment;

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
 * Typed reading of the variables the forms submit: Camunda Forms send dates as "yyyy-MM-dd" strings, numbers as
 * Long or Double, checklists as JSON arrays; the Java API may send Date, Integer or List. Missing or unreadable
 * answers that the step needs are refused with a Swedish message ({@link InputRefused}).
 */
public final class EstablishmentVariables {

  private EstablishmentVariables() {
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  public static String requiredString(VariableScope scope, String name, String label) {
    String s = string(scope, name);
    if (s == null) {
      throw new InputRefused(name, "Uppgiften \"" + label + "\" saknas och måste fyllas i.");
    }
    return s;
  }

  public static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && Boolean.parseBoolean(value.toString().trim());
  }

  public static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return (int) Math.round(Double.parseDouble(value.toString().trim().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new InputRefused(name, "\"" + value + "\" är inte ett tal.");
    }
  }

  public static LocalDate date(VariableScope scope, String name, String label) {
    return toDate(scope.getVariable(name), name, label);
  }

  public static LocalDate requiredDate(VariableScope scope, String name, String label) {
    LocalDate d = date(scope, name, label);
    if (d == null) {
      throw new InputRefused(name, "Datumet \"" + label + "\" saknas och måste fyllas i.");
    }
    return d;
  }

  static LocalDate toDate(Object value, String name, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(SwedishTime.ZONE).toLocalDate();
    }
    String s = value.toString().trim();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new InputRefused(name, "\"" + s + "\" är inget datum (ÅÅÅÅ-MM-DD) för \"" + label + "\".");
    }
  }

  /** A checklist answer as a list of strings, whatever form it arrived in. */
  public static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Collection<?> c) {
      c.forEach(v -> result.add(v.toString()));
    } else if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
      } else if (json.isString()) {
        result.add(json.stringValue());
      }
    } else {
      String s = value.toString().trim();
      if (s.startsWith("[")) {
        s = s.substring(1, s.length() - 1);
      }
      for (String part : s.split(",")) {
        String p = part.trim().replace("\"", "");
        if (!p.isEmpty()) {
          result.add(p);
        }
      }
    }
    return result;
  }
}
