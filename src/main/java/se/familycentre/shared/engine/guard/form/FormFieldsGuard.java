package se.familycentre.shared.engine.guard.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardOrder;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * A completion (complete, resolve, submit the task form) or a start (start, submit the start form) by a
 * non-administrator sets only the fields of that task's or start event's Camunda Form, each with the type its
 * component declares: a text, a number, true/false for a checkbox, one of the offered options, a list of them, a
 * date. A read-only (or disabled) field may come back with the value the case already holds, as Tasklist sends it,
 * and is then left out (not written again); a different value is refused. Anything else (a variable that is no field
 * of the form such as {@code caseReference}, a wrong type, an option not offered, an object, a file) is refused with
 * {@link InputRefused} naming the field by its label: the REST API answers 400, the command rolls back, the task
 * stays open. Only what the caller sends is checked: the process's own delegates and listeners set their variables
 * inside the command, unguarded. Administrators are not restricted by this guard.
 */
@Component
@Order(GuardOrder.FORM_FIELDS)
public class FormFieldsGuard implements CommandGuard {

  private final Forms forms = new Forms();
  private final SignedInFormOptions signedInOptions;

  public FormFieldsGuard(SignedInFormOptions signedInOptions) {
    this.signedInOptions = signedInOptions;
  }

  @Override
  public void before(GuardedCommand command) {
    if (command.caller().admin()) {
      return;
    }
    Submission submission = Submission.of(command.command(), command.context());
    if (submission == null) {
      return;
    }
    boolean start = submission.task() == null;
    FormFields form = start ? forms.ofStart(submission.processDefinitionId(), command.context())
        : forms.ofTask(submission.task().getId(), command.context());
    Map<String, Object> accepted = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Object> variable : submission.variables().entrySet()) {
      String name = variable.getKey();
      FormField field = form == null ? null : form.field(name);
      if (field == null) {
        throw new InputRefused(name, "\"" + name + "\" är inget fält i " + (start ? "startformuläret" :
            "uppgiftens formulär") + " och kan inte sparas" + (start ? " när ärendet startas." : " med uppgiften."));
      }
      if (!field.editable()) {
        TypedValue current = start ? null : submission.task().getVariableTyped(name, false);
        if (!FieldValues.unchanged(field, current, variable.getValue())) {
          throw FieldValues.refused(field, "är skrivskyddat " + (start ? "när ärendet startas" : "i den här uppgiften")
              + " och kan inte ändras");
        }
        changed = true; // left out: the case keeps what it holds
        continue;
      }
      Object value = field.valuesKey() == null ? FieldValues.accept(field, variable.getValue())
          : acceptSignedIn(field, variable.getValue(), command);
      changed |= value != variable.getValue();
      accepted.put(name, value);
    }
    if (changed) {
      submission.replace(accepted);
    }
  }

  /**
   * A {@code valuesKey} field takes exactly the values {@link SignedInFormOptions} offers this caller in the form;
   * a refusal names the field and adds the provider's own sentence (e.g. the centre the caller does not work at).
   */
  private Object acceptSignedIn(FormField field, Object raw, GuardedCommand command) {
    SignedInOptions provider = signedInOptions.provider(field.valuesKey());
    if (provider == null) {
      throw FieldValues.refused(field, "kan inte fyllas i: formulärets alternativ (" + field.valuesKey()
          + ") finns inte på servern");
    }
    List<JsonNode> offered = signedInOptions.options(provider, command.caller(), command.context()).stream()
        .map(option -> (JsonNode) TextNode.valueOf(option.value())).toList();
    Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
    try {
      if (offered.isEmpty() && value != null && !String.valueOf(value).isBlank()) {
        throw FieldValues.refused(field, "har inga alternativ för dig");
      }
      return FieldValues.accept(field.offering(offered), raw);
    } catch (InputRefused refused) {
      String second = value instanceof String text ? provider.refusal(command.caller(), text) : null;
      throw second == null ? refused : new InputRefused(field.key(), refused.getMessage() + "\n" + second);
    }
  }
}
