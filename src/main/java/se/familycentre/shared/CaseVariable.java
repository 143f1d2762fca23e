package se.familycentre.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import se.familycentre.shared.engine.InputRefused;

/**
 * One process variable with its type: the one way our code reads and writes case variables. Declared once per
 * process, in {@code XxxProcess.Typed} ({@code CaseVariable.date(Vars.LAUNCH_DATE, "Startdatum")}), and read with
 * {@link #get} (required), {@link #getOrNull} or {@link #getOrDefault}, written with {@link #set}.
 *
 * <p>A value arrives in whatever shape its door gives it: Tasklist's Camunda Forms submit untyped strings (a radio
 * "true", a select "2", a date "2026-03-01"), numbers as Long or Double and a checklist as a Json (Spin) array; REST
 * clients send typed values or a JSON array in a text; the Java API sends Date, Integer, Boolean or a List. One
 * semantics for all of them:
 * <ul>
 *   <li>absent: no value, a blank text, an empty list (an unchecked checklist is no answer);</li>
 *   <li>{@link #text}: a String, trimmed;</li>
 *   <li>{@link #bool}: a Boolean, or the text "true" or "false" (any case);</li>
 *   <li>{@link #integer}: a whole number (Integer, Long, Double without decimals, ...) or a text of digits;</li>
 *   <li>{@link #date}: a {@link LocalDate}, a {@link Date} (its day in Sweden, {@link SwedishTime}) or an ISO text:
 *       {@code 2026-03-01}, or an ISO date-time whose date as written counts;</li>
 *   <li>{@link #timestamp}: a moment the process recorded, a {@link Date} or an ISO instant;</li>
 *   <li>{@link #list}: texts from a Spin JSON array, a Java collection of texts or a JSON array in a text (Jackson);
 *       never a comma-separated text;</li>
 *   <li>{@link #rows}: a decision table's result list (its rows, column name to value).</li>
 * </ul>
 * Anything else is refused with a Swedish {@link InputRefused} that names the variable and its label: a refused
 * answer rolls the start or the completion back and the official reads why.
 *
 * <p>{@link #set} and {@link #stored} write the shape the forms submit (a date as {@code yyyy-MM-dd}, a list as a
 * Spin JSON array), so a case holds one shape whichever door a value came through.
 */
public final class CaseVariable<T> {

  enum Kind { TEXT, BOOL, INTEGER, DATE, TIMESTAMP, LIST, ROWS }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DIGITS = Pattern.compile("[-+]?\\d+");
  private static final int SHOWN = 40;

  private final String name;
  private final String label;
  private final Kind kind;

  private CaseVariable(String name, String label, Kind kind) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a case variable has a name");
    }
    this.name = name;
    this.label = label == null || label.isBlank() ? name : label;
    this.kind = kind;
  }

  /** A text; {@code label} is the form's label, used in the Swedish messages. */
  public static CaseVariable<String> text(String name, String label) {
    return new CaseVariable<>(name, label, Kind.TEXT);
  }

  public static CaseVariable<String> text(String name) {
    return text(name, null);
  }

  public static CaseVariable<Boolean> bool(String name, String label) {
    return new CaseVariable<>(name, label, Kind.BOOL);
  }

  public static CaseVariable<Boolean> bool(String name) {
    return bool(name, null);
  }

  public static CaseVariable<Integer> integer(String name, String label) {
    return new CaseVariable<>(name, label, Kind.INTEGER);
  }

  public static CaseVariable<Integer> integer(String name) {
    return integer(name, null);
  }

  /** A day (Swedish time), as a date field submits it. */
  public static CaseVariable<LocalDate> date(String name, String label) {
    return new CaseVariable<>(name, label, Kind.DATE);
  }

  public static CaseVariable<LocalDate> date(String name) {
    return date(name, null);
  }

  /** A moment (a deadline, when a report came in): set by the process, kept as a {@link Date}. */
  public static CaseVariable<Date> timestamp(String name) {
    return new CaseVariable<>(name, null, Kind.TIMESTAMP);
  }

  /** A list of texts, as a checklist submits it. */
  public static CaseVariable<List<String>> list(String name, String label) {
    return new CaseVariable<>(name, label, Kind.LIST);
  }

  public static CaseVariable<List<String>> list(String name) {
    return list(name, null);
  }

  /** The rows of a decision table's result list ({@code camunda:mapDecisionResult="resultList"}). */
  public static CaseVariable<List<Map<String, Object>>> rows(String name) {
    return new CaseVariable<>(name, null, Kind.ROWS);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  /** The value, or null when it is absent; an unreadable value is refused ({@link InputRefused}). */
  public T getOrNull(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value, or {@code fallback} when it is absent. */
  public T getOrDefault(VariableScope scope, T fallback) {
    T value = getOrNull(scope);
    return value == null ? fallback : value;
  }

  /** The value of a required answer: absent is refused with a Swedish message naming its label. */
  public T get(VariableScope scope) {
    return get(scope, (kind == Kind.DATE ? "Datumet" : "Uppgiften") + " \"" + label
        + "\" saknas och måste fyllas i.");
  }

  /** The value of a required answer: absent is refused with the step's own Swedish message. */
  public T get(VariableScope scope, String whenAbsent) {
    T value = getOrNull(scope);
    if (value == null) {
      throw new InputRefused(name, whenAbsent);
    }
    return value;
  }

  /** Writes the value in the shape the forms submit it ({@link #stored}). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** The shape the value is stored in: a date as {@code yyyy-MM-dd}, a list as a Spin JSON array, else as is. */
  public Object stored(T value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case DATE -> value.toString();
      case LIST -> Spin.JSON(value);
      default -> value;
    };
  }

  /** Whether Tasklist submits this variable as a {@code Json} typed value (a checklist). */
  public boolean submittedAsJson() {
    return kind == Kind.LIST;
  }

  /** A stored value (or one an expression hands in) read with this variable's type; null when absent. */
  @SuppressWarnings("unchecked")
  public T read(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    return (T) switch (kind) {
      case TEXT -> textOf(value);
      case BOOL -> boolOf(value);
      case INTEGER -> integerOf(value);
      case DATE -> dateOf(value);
      case TIMESTAMP -> timestampOf(value);
      case LIST -> listOf(value);
      case ROWS -> rowsOf(value);
    };
  }

  private String textOf(Object value) {
    if (value instanceof String text) {
      return text.trim();
    }
    throw refused("\"" + label + "\" ska vara en text, inte " + typeOf(value) + ".");
  }

  private Boolean boolOf(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String text) {
      String t = text.trim();
      if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
        return Boolean.valueOf(t);
      }
    }
    throw refused(shown(value) + " är varken ja eller nej (true eller false) för \"" + label + "\".");
  }

  private Integer integerOf(Object value) {
    BigDecimal number = null;
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      number = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      number = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    } else if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else if (value instanceof BigInteger big) {
      number = new BigDecimal(big);
    } else if (value instanceof String text && DIGITS.matcher(text.trim()).matches()) {
      number = new BigDecimal(text.trim());
    }
    try {
      if (number != null) {
        return number.intValueExact();
      }
    } catch (ArithmeticException e) {
      // decimals, or too large for a whole number of ours: refused below
    }
    throw refused(shown(value) + " är inget heltal för \"" + label + "\".");
  }

  private LocalDate dateOf(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date moment) {
      return SwedishTime.dayOf(moment);
    }
    if (value instanceof String text) {
      String t = text.trim();
      try {
        return t.length() == 10 ? LocalDate.parse(t) : LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(t));
      } catch (DateTimeException e) {
        // refused below
      }
    }
    throw refused(shown(value) + " är inget datum (ÅÅÅÅ-MM-DD) för \"" + label + "\".");
  }

  private Date timestampOf(Object value) {
    if (value instanceof Date moment) {
      return moment;
    }
    if (value instanceof String text) {
      try {
        return Date.from(OffsetDateTime.parse(text.trim()).toInstant());
      } catch (DateTimeException e) {
        try {
          return Date.from(Instant.parse(text.trim()));
        } catch (DateTimeException again) {
          // refused below
        }
      }
    }
    throw refused(shown(value) + " är ingen tidpunkt för \"" + label + "\".");
  }

  private List<String> listOf(Object value) {
    List<String> texts = new ArrayList<>();
    if (value instanceof SpinJsonNode node) {
      if (node.isNull()) {
        return null;
      }
      if (node.isString()) {
        String inner = node.stringValue();
        return inner.isBlank() ? null : listOf(inner);
      }
      if (!node.isArray()) {
        throw notAList(value);
      }
      for (SpinJsonNode element : node.elements()) {
        if (!element.isString()) {
          throw notAList(value);
        }
        texts.add(element.stringValue());
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        if (!(element instanceof String text)) {
          throw notAList(value);
        }
        texts.add(text);
      }
    } else if (value instanceof String text) {
      JsonNode node;
      try {
        node = JSON.readTree(text.trim());
      } catch (JsonProcessingException e) {
        throw notAList(value);
      }
      if (node == null || !node.isArray()) {
        throw notAList(value);
      }
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw notAList(value);
        }
        texts.add(element.textValue());
      }
    } else {
      throw notAList(value);
    }
    return texts.isEmpty() ? null : List.copyOf(texts);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rowsOf(Object value) {
    if (!(value instanceof List<?> rows) || rows.stream().anyMatch(row -> !(row instanceof Map<?, ?>))) {
      throw refused("\"" + label + "\" ska vara en beslutstabells resultatrader, inte " + typeOf(value) + ".");
    }
    return rows.isEmpty() ? null : (List<Map<String, Object>>) rows;
  }

  private InputRefused notAList(Object value) {
    return refused("\"" + label + "\" ska vara en lista av alternativ (t.ex. [\"A\", \"B\"]), inte " + shown(value)
        + ".");
  }

  private InputRefused refused(String message) {
    return new InputRefused(name, message);
  }

  private static String shown(Object value) {
    String text = value instanceof SpinJsonNode node ? node.toString() : String.valueOf(value);
    return "\"" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "\"";
  }

  private static String typeOf(Object value) {
    return value instanceof Boolean ? "ja/nej" : value instanceof Number ? "ett tal"
        : value instanceof Date ? "ett datum" : shown(value);
  }

  @Override
  public String toString() {
    return name + " (" + kind.name().toLowerCase() + ")";
  }
}
