package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_recordCommitteeDecision (one per committee): approve, reject or return, with the date (not in the future)
 * and the minute reference; a rejection or a return gives its reason; the committee's own report states its
 * consequences for children and its economic consequences.
 */
@Component
public class RecordCommitteeDecisionValidation extends TaskValidation {

  public RecordCommitteeDecisionValidation() {
    super(Ids.RECORD_COMMITTEE_DECISION);
  }

  @Override
  public void check(VariableScope answers) {
    String decision = oneOf(answers, Typed.DECISION, List.of(Values.APPROVE, Values.REJECT, Values.RETURN));
    LocalDate decided = Typed.DECISION_DATE.get(answers);
    if (decided.isAfter(SwedishTime.today())) {
      throw new InputRefused(Typed.DECISION_DATE.name(), "Beslutsdatumet " + decided + " har inte kommit än: "
          + "registrera beslutet med sammanträdets datum när nämnden har beslutat.");
    }
    Typed.MINUTE_REFERENCE.get(answers);
    Typed.CONSEQUENCES_FOR_CHILDREN.get(answers);
    Typed.ECONOMIC_CONSEQUENCES.get(answers);
    if (!Values.APPROVE.equals(decision) && Typed.DECISION_REASON.getOrNull(answers) == null) {
      throw new InputRefused(Typed.DECISION_REASON.name(), Values.REJECT.equals(decision)
          ? "Ett avslag måste motiveras: skriv nämndens skäl."
          : "En återremiss måste motiveras: skriv vad som ska utredas vidare.");
    }
  }
}
