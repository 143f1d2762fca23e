package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import se.familycentre.FamilyCentreApplication;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.shared.engine.guard.form.FormField.Kind;

/**
 * Whether a submitted value fits its form field, in the shapes the doors send it: Camunda Tasklist (form-js values as
 * untyped JSON, a checklist as a {@code Json} typed JSON array), other REST clients (typed values, a checklist as a
 * JSON array in a text) and the Java API (plain Java values, Spin JSON). A value that fits is returned as it is, or,
 * for a checklist sent as a text or a collection, as the same JSON value Tasklist sends, so that a case holds one
 * shape whatever the door; anything else is refused with a Swedish message naming the field by its label.
 */
final class FieldValues {

  static final int MAX_OPTIONS_NAMED = 30;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of(FamilyCentreApplication.ZONE);
  private static final int SHOWN = 40;
  private static final Set<ValueType> NUMBERS = Set.of(ValueType.INTEGER, ValueType.LONG, ValueType.SHORT,
      ValueType.DOUBLE, ValueType.NUMBER);
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.equals(b)
      || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

  private FieldValues() {
  }

  /** A submitted value, typed or not, as the guard looks at it. */
  record Given(Object raw, ValueType type, Object value, String serialized) {

    static Given of(Object raw) {
      if (raw instanceof SerializableValue serializable) {
        return new Given(raw, serializable.getType(),
            serializable.isDeserialized() ? serializable.getValue() : null, serializable.getValueSerialized());
      }
      if (raw instanceof TypedValue typed) {
        return new Given(raw, typed.getType(), typed instanceof FileValue ? null : typed.getValue(), null);
      }
      return new Given(raw, null, raw, null);
    }

    boolean isNull() {
      return raw instanceof SerializableValue ? serialized == null && value == null
          : !(raw instanceof FileValue) && value == null;
    }

    boolean isFile() {
      return raw instanceof FileValue || type == ValueType.FILE || type == ValueType.BYTES
          || value instanceof byte[] || value instanceof java.io.InputStream;
    }

    boolean isJson() {
      return type != null && "json".equals(type.getName()) || type == null && value instanceof SpinJsonNode;
    }

    boolean isObject() {
      return type == ValueType.OBJECT || type != null && "xml".equals(type.getName())
          || type == null && value != null && !(value instanceof String || value instanceof Boolean
          || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double
          || value instanceof Date || value instanceof Collection<?> || value instanceof SpinJsonNode);
    }

    boolean typed(Set<ValueType> allowed) {
      return type == null || allowed.contains(type);
    }

    boolean typed(ValueType allowed) {
      return type == null || type == allowed;
    }

    String objectTypeName() {
      if (raw instanceof ObjectValue object) {
        return object.getObjectTypeName() == null ? "Object" : "Object, " + object.getObjectTypeName();
      }
      return value != null && type == null ? value.getClass().getName() : type.getName();
    }
  }

  /** The value to store for an editable field, or an {@link InputRefused} naming the field. */
  static Object accept(FormField field, Object raw) {
    Given given = Given.of(raw);
    if (given.isFile()) {
      throw refused(field, "tar inte emot filer eller binära data");
    }
    if (given.isObject()) {
      throw refused(field, "tar inte emot objekt (" + given.objectTypeName() + "); skicka värdet som "
          + expected(field));
    }
    if (given.isNull()) {
      return raw;
    }
    if (blank(given) && field.kind() != Kind.TEXT && field.kind() != Kind.OPTION) {
      return null; // an empty answer to an optional number, date, checkbox or checklist is no answer
    }
    return switch (field.kind()) {
      case TEXT -> given.value() instanceof String && given.typed(ValueType.STRING) ? raw : wrong(field, given);
      case NUMBER -> isNumber(given.value()) && given.typed(NUMBERS) ? raw : wrong(field, given);
      case BOOLEAN -> given.value() instanceof Boolean && given.typed(ValueType.BOOLEAN) ? raw : wrong(field, given);
      case DATE -> isDate(field, given) ? raw : wrong(field, given);
      case OPTION -> option(field, given);
      case OPTIONS -> options(field, given);
      case UNSUPPORTED -> throw refused(field, "(" + field.type() + ") kan inte fyllas i genom API:t");
    };
  }

  private static Object option(FormField field, Given given) {
    if (given.isJson()) {
      return wrong(field, given);
    }
    if (blank(given)) {
      return given.raw();
    }
    JsonNode value = scalar(given.value());
    boolean sameType = value != null && field.options().stream()
        .anyMatch(option -> option.getNodeType() == value.getNodeType());
    if (!sameType) {
      return wrong(field, given);
    }
    if (field.options().stream().noneMatch(option -> option.equals(NUMBERS_BY_VALUE, value))) {
      throw refused(field, "har inte alternativet " + shown(given) + "; välj ett av " + offered(field));
    }
    return given.raw();
  }

  private static Object options(FormField field, Given given) {
    JsonNode list = list(given);
    if (list == null) {
      return wrong(field, given);
    }
    for (JsonNode element : list) {
      if (!element.isValueNode() || field.options().stream().noneMatch(o -> o.equals(NUMBERS_BY_VALUE, element))) {
        throw refused(field, "har inte alternativet " + (element.isTextual() ? "\"" + cut(element.asText()) + "\""
            : cut(element.toString())) + "; välj bland " + offered(field));
      }
    }
    // Tasklist's own shape (a Json value, a Spin JSON node through the Java API) stays as sent
    return given.isJson() ? given.raw() : SpinValues.jsonValue(list.toString()).create();
  }

  /** The list a checklist value holds: a JSON array (typed Json, Spin, a JSON text) or a collection; else null. */
  private static JsonNode list(Given given) {
    JsonNode node;
    if (given.isJson()) {
      node = parse(given.serialized() != null ? given.serialized() : String.valueOf(given.value()));
    } else if (given.value() instanceof String text && given.typed(ValueType.STRING)) {
      node = parse(text);
    } else if (given.value() instanceof Collection<?> collection && given.type() == null) {
      node = JSON.valueToTree(collection);
    } else {
      return null;
    }
    return node != null && node.isArray() ? node : null;
  }

  private static boolean isNumber(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double;
  }

  private static boolean isDate(FormField field, Given given) {
    if (given.value() instanceof Date) {
      return given.typed(ValueType.DATE) && !"time".equals(field.subtype());
    }
    if (!(given.value() instanceof String text) || !given.typed(ValueType.STRING)) {
      return false;
    }
    try {
      switch (field.subtype()) {
        case "time" -> LocalTime.parse(text.length() > 5 && text.charAt(5) != ':' ? text.substring(0, 5) : text);
        case "datetime" -> dateTime(text);
        default -> {
          if (text.length() != 10) {
            return false;
          }
          LocalDate.parse(text);
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void dateTime(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      LocalDateTime.parse(text);
    }
  }

  private static Object wrong(FormField field, Given given) {
    throw refused(field, "ska vara " + expected(field) + ", inte " + shown(given));
  }

  private static String expected(FormField field) {
    return switch (field.kind()) {
      case TEXT -> "en text";
      case NUMBER -> "ett tal";
      case BOOLEAN -> "sant eller falskt (true/false), eftersom det är en kryssruta";
      case OPTION -> "ett av alternativen " + offered(field);
      case OPTIONS -> "en lista (JSON) med alternativ bland " + offered(field);
      case DATE -> switch (field.subtype()) {
        case "time" -> "ett klockslag (tt:mm)";
        case "datetime" -> "en tidpunkt (ÅÅÅÅ-MM-DDTtt:mm)";
        default -> "ett datum (ÅÅÅÅ-MM-DD)";
      };
      case UNSUPPORTED -> "fältets egen typ";
    };
  }

  /** The options named in a refusal; a long list (the 290 municipalities) is counted, not repeated. */
  private static String offered(FormField field) {
    if (field.options().size() > MAX_OPTIONS_NAMED) {
      return "formulärets " + field.options().size() + " alternativ";
    }
    return field.options().stream().map(JsonNode::toString).collect(Collectors.joining(", "));
  }

  /** How the value is shown back in a refusal: short values as they came, longer or structured ones by kind. */
  private static String shown(Given given) {
    Object value = given.value();
    if (given.isJson() || value instanceof Collection<?>) {
      return "en lista eller ett JSON-värde";
    }
    if (value instanceof String text) {
      return "\"" + cut(text) + "\"";
    }
    if (value instanceof Date) {
      return "ett datum";
    }
    return value == null ? given.type().getName() : cut(String.valueOf(value));
  }

  private static String cut(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  static InputRefused refused(FormField field, String problem) {
    return new InputRefused(field.key(), "Fältet \"" + field.label() + "\" " + problem + ".");
  }

  /**
   * Whether a value sent for a read-only field leaves the case as it is: nothing (form-js sends a read-only
   * field's empty value when the case has none), or the value the case holds, in whatever shape the door sends it.
   */
  static boolean unchanged(FormField field, TypedValue current, Object raw) {
    Given given = Given.of(raw);
    JsonNode sent = canonical(given);
    JsonNode held = current == null ? null : canonical(Given.of(current));
    if (empty(sent) || held == null && sent.isBoolean() && !sent.asBoolean()) {
      return true;
    }
    if (held == null) {
      return false;
    }
    if (held.equals(NUMBERS_BY_VALUE, sent)) {
      return true;
    }
    LocalDate heldDay = day(current.getValue());
    return field.kind() == Kind.DATE && heldDay != null && heldDay.equals(day(given.value()));
  }

  private static JsonNode canonical(Given given) {
    if (given.isNull()) {
      return null;
    }
    if (given.serialized() != null) {
      JsonNode parsed = parse(given.serialized());
      return parsed != null ? parsed : TextNode.valueOf(given.serialized());
    }
    Object value = given.value();
    if (value instanceof SpinJsonNode node) {
      return parse(node.toString());
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    if (value instanceof String text) {
      JsonNode parsed = text.startsWith("[") || text.startsWith("{") ? parse(text) : null;
      return parsed != null ? parsed : TextNode.valueOf(text);
    }
    if (value instanceof Date date) {
      return TextNode.valueOf(date.toInstant().toString());
    }
    JsonNode scalar = scalar(value);
    return scalar != null ? scalar : TextNode.valueOf(String.valueOf(value));
  }

  private static JsonNode scalar(Object value) {
    if (value instanceof String text) {
      return TextNode.valueOf(text);
    }
    if (value instanceof Boolean bool) {
      return BooleanNode.valueOf(bool);
    }
    if (isNumber(value)) {
      return DecimalNode.valueOf(new BigDecimal(value.toString()));
    }
    return null;
  }

  private static boolean blank(Given given) {
    return given.value() instanceof String text && text.isBlank() && given.typed(ValueType.STRING);
  }

  private static boolean empty(JsonNode node) {
    return node == null || node.isNull() || node.isTextual() && node.asText().isEmpty()
        || node.isArray() && node.isEmpty();
  }

  private static LocalDate day(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }
}
