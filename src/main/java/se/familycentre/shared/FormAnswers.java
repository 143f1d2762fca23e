package se.familycentre.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A form's answers in the shape Tasklist's Camunda Forms submit them, put by the process's typed variables
 * ({@link CaseVariable#stored}): texts and choices as strings, checkboxes as booleans, a date as {@code yyyy-MM-dd},
 * a checklist as a JSON array. The same answers for the two doors: {@link #variables()} for the Java API,
 * {@link #submitted()} for the {@code variables} of Camunda REST's {@code submit-form}. An answer put as null is not
 * submitted, as an empty optional field is not.
 *
 * <p>Each form that a facade answers extends this with one method per field, named in the form's words
 * ({@code ReferralStart.at(centre).by(group).ageBand(...)}).
 *
 * @param <SELF> the facade, so that its methods chain
 */
public abstract class FormAnswers<SELF extends FormAnswers<SELF>> {

  private final Map<String, Object> stored = new LinkedHashMap<>();
  private final Map<String, CaseVariable<?>> variables = new LinkedHashMap<>();

  /** Puts one answer in the shape its form submits it; returns the facade. */
  protected <T> SELF put(CaseVariable<T> variable, T value) {
    if (value == null) {
      stored.remove(variable.name());
      variables.remove(variable.name());
    } else {
      stored.put(variable.name(), variable.stored(value));
      variables.put(variable.name(), variable);
    }
    @SuppressWarnings("unchecked")
    SELF self = (SELF) this;
    return self;
  }

  /** The answers for the Java API (start or complete): a new map each time, which the caller may change. */
  public VariableMap variables() {
    return Variables.fromMap(new LinkedHashMap<>(stored));
  }

  /** The answers as Tasklist sends them to REST: untyped values, a checklist as a {@code Json} typed JSON text. */
  public Map<String, Map<String, Object>> submitted() {
    Map<String, Map<String, Object>> submitted = new LinkedHashMap<>();
    stored.forEach((name, value) -> submitted.put(name, variables.get(name).submittedAsJson()
        ? Map.of("type", "Json", "value", value.toString()) : Map.of("value", value)));
    return submitted;
  }
}
