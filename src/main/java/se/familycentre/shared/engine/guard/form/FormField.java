package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One keyed field of a Camunda Form as the guard understands it: its key (the variable it sets), its label (how the
 * official knows it), what kind of value it takes, whether the official may change it, and its options.
 *
 * @param subtype for {@link Kind#DATE}: {@code date}, {@code time} or {@code datetime} (form-js's subtypes)
 * @param options for {@link Kind#OPTION} and {@link Kind#OPTIONS}: the {@code value}s the form offers
 */
public record FormField(String key, String label, Kind kind, String type, boolean editable, String subtype,
    List<JsonNode> options) {

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
}
