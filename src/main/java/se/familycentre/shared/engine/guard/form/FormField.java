package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One keyed field of a Camunda Form as the guard understands it: its key (the variable it sets), its label (how the
 * official knows it), what kind of value it takes, whether the official may change it, and its options.
 *
 * @param subtype for {@link Kind#DATE}: {@code date}, {@code time} or {@code datetime} (form-js's subtypes)
 * @param options for {@link Kind#OPTION} and {@link Kind#OPTIONS}: the {@code value}s the form offers
 * @param valuesKey the component's {@code valuesKey}: its options are the signed-in caller's
 *     ({@link SignedInOptions}), not in the file; null for a field with options of its own
 */
public record FormField(String key, String label, Kind kind, String type, boolean editable, String subtype,
    List<JsonNode> options, String valuesKey) {

  /** The kinds of value form-js components submit. */
  public enum Kind {
    /** textfield, textarea: a text. */
    TEXT,
    /** number: an integer or a decimal number. */
    NUMBER,
    /** checkbox: true or false. */
    BOOLEAN,
    /** radio, select: one of the options. */
    OPTION,
    /** checklist, taglist: a list of options (Tasklist sends it as a JSON array). */
    OPTIONS,
    /** datetime: a date (yyyy-MM-dd), a time or both, as form-js writes them, or a date. */
    DATE,
    /** a keyed component the guard cannot judge (e.g. expression, filepicker): nothing is accepted for it. */
    UNSUPPORTED
  }

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** The same field offering these options (a {@code valuesKey} select, for one caller). */
  FormField offering(List<JsonNode> offered) {
    return new FormField(key, label, kind, type, editable, subtype, offered, valuesKey);
  }
}
