package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.familycentre.shared.engine.guard.form.FormField.Kind;

/**
 * The fields of one Camunda Form (the JSON form-js reads): every component with a {@code key}, with its type,
 * label, options and whether it is read-only or disabled. Components nested in a group without a {@code path} are
 * fields like the others; a select or checklist with a {@code valuesKey} offers the signed-in caller's options
 * ({@link SignedInOptions}); data the guard cannot judge (a group or dynamic list with a {@code path}, keys with a
 * dot, options from an expression, read-only as an expression, component types it does not know)
 * is listed in {@link #unsupported()}, and such fields accept nothing. {@code FormFieldsTest} keeps every form of
 * ours free of them.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Kind> KINDS = Map.of("textfield", Kind.TEXT, "textarea", Kind.TEXT,
      "number", Kind.NUMBER, "checkbox", Kind.BOOLEAN, "radio", Kind.OPTION, "select", Kind.OPTION,
      "checklist", Kind.OPTIONS, "taglist", Kind.OPTIONS, "datetime", Kind.DATE);

  private final String id;
  private final Map<String, FormField> fields;
  private final List<String> unsupported;

  private FormFields(String id, Map<String, FormField> fields, List<String> unsupported) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
    this.unsupported = List.copyOf(unsupported);
  }

  public static FormFields parse(InputStream json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a Camunda Form (JSON)", e);
    }
  }

  public static FormFields parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    List<String> unsupported = new ArrayList<>();
    collect(form.path("components"), fields, unsupported);
    return new FormFields(form.path("id").asText(null), fields, unsupported);
  }

  private static void collect(JsonNode components, Map<String, FormField> fields, List<String> unsupported) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        if (component.hasNonNull("path") || "dynamiclist".equals(type)) {
          unsupported.add(type + " " + component.path("path").asText(component.path("id").asText())
              + ": nested data");
        } else {
          collect(component.get("components"), fields, unsupported);
        }
        continue;
      }
      if (!component.hasNonNull("key")) {
        continue; // text, spacer, separator, image, button...: shows something, submits nothing
      }
      FormField field = field(component, type, unsupported);
      if (fields.putIfAbsent(field.key(), field) != null) {
        unsupported.add(field.key() + ": the key is used twice");
      }
    }
  }

  private static FormField field(JsonNode component, String type, List<String> unsupported) {
    String key = component.get("key").asText();
    Kind kind = KINDS.getOrDefault(type, Kind.UNSUPPORTED);
    if (kind == Kind.UNSUPPORTED) {
      unsupported.add(key + ": component type " + type);
    }
    if (key.contains(".")) {
      unsupported.add(key + ": a key with a dot writes nested data");
      kind = Kind.UNSUPPORTED;
    }
    boolean locked = flag(component, "readonly", key, unsupported) | flag(component, "disabled", key, unsupported);
    List<JsonNode> options = new ArrayList<>();
    String valuesKey = null;
    if (kind == Kind.OPTION || kind == Kind.OPTIONS) {
      component.path("values").forEach(option -> options.add(option.path("value")));
      if (component.has("valuesExpression")) {
        unsupported.add(key + ": options from an expression");
      }
      if (component.hasNonNull("valuesKey")) {
        // the signed-in caller's options (SignedInOptions), never a variable: a start form has none
        valuesKey = component.get("valuesKey").asText();
        if (!options.isEmpty()) {
          unsupported.add(key + ": both values and valuesKey");
        }
      }
    }
    // a date field's own words are its dateLabel (its label is the picker's "Datum")
    String label = component.path("dateLabel").asText("");
    if (label.isBlank()) {
      label = component.path("label").asText("");
    }
    if (label.isBlank()) {
      label = key;
    }
    String subtype = kind == Kind.DATE ? component.path("subtype").asText("date") : null;
    return new FormField(key, label, kind, type, !locked, subtype, options, valuesKey);
  }

  /** True for {@code true}; an expression (FEEL) counts as locked, strictly, and is reported. */
  private static boolean flag(JsonNode component, String name, String key, List<String> unsupported) {
    JsonNode value = component.get(name);
    if (value == null || value.isNull() || value.isBoolean()) {
      return value != null && value.asBoolean();
    }
    unsupported.add(key + ": " + name + " as an expression");
    return true;
  }

  /** The form's id (its {@code camunda:formRef}). */
  public String id() {
    return id;
  }

  /** The field with this key, or null when the form has none. */
  public FormField field(String key) {
    return fields.get(key);
  }

  public Map<String, FormField> fields() {
    return fields;
  }

  /** What in this form the guard cannot judge (empty for every form of ours). */
  public List<String> unsupported() {
    return unsupported;
  }
}
