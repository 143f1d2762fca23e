package se.familycentre.establishment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_arrangeCoLocation: the premises, the weekday when all are there at once, and a local collaboration
 * agreement that covers at least the five points every agreement must cover.
 */
@Component
public class ArrangeCoLocationValidation extends TaskValidation {

  static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
      "SUNDAY");

  /** What every local collaboration agreement must cover. */
  static final List<Map.Entry<CaseVariable<Boolean>, String>> AGREEMENT_COVERS = List.of(
      Map.entry(Typed.AGREEMENT_CHILD_RIGHTS, "barnets rättigheter"),
      Map.entry(Typed.AGREEMENT_SIMULTANEOUS_OPENING, "samtidighet per vecka"),
      Map.entry(Typed.AGREEMENT_PARENTING_SUPPORT, "gemensamt föräldrastöd"),
      Map.entry(Typed.AGREEMENT_PARTICIPATION, "delaktighet och inflytande"),
      Map.entry(Typed.AGREEMENT_JOINT_EVALUATION, "gemensam utvärdering av samverkan"));

  public ArrangeCoLocationValidation() {
    super(Ids.ARRANGE_CO_LOCATION);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.PREMISES.get(answers);
    oneOf(answers, Typed.SIMULTANEOUS_WEEKDAY, WEEKDAYS);
    List<String> missing = unticked(answers, AGREEMENT_COVERS);
    if (!missing.isEmpty()) {
      throw new InputRefused(Typed.AGREEMENT_CHILD_RIGHTS.name(), "Det lokala samverkansavtalet måste minst omfatta "
          + "barnets rättigheter, samtidighet per vecka, gemensamt föräldrastöd, delaktighet och inflytande samt "
          + "gemensam utvärdering. Saknas: " + String.join(", ", missing) + ".");
    }
  }
}
