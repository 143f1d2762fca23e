package se.familycentre.shared.engine.guard.form;

import java.util.LinkedHashMap;
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
      Object value = FieldValues.accept(field, variable.getValue());
      changed |= value != variable.getValue();
      accepted.put(name, value);
    }
    if (changed) {
      submission.replace(accepted);
    }
  }
}
