package se.familycentre.establishment;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.RegisterRecords.CommitteeDecision;

/**
 * serviceTask_concludeCommitteeDecisions: reads this round's decisions from the register and sets
 * {@code committeeOutcome}: REJECTED if any committee rejected (with the reasons in {@code notEstablishedReason}),
 * else RETURNED if any returned the matter (a new round starts), else APPROVED (register DECIDED).
 */
@Component
public class ConcludeCommitteeDecisionsDelegate implements JavaDelegate {

  private final FamilyCentreRegister register;

  public ConcludeCommitteeDecisionsDelegate(FamilyCentreRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.get(execution);
    int round = Typed.DECISION_ROUND.get(execution);
    List<CommitteeDecision> decisions = register.committeeDecisions(centreId, round);
    List<CommitteeDecision> rejected = of(decisions, Values.REJECT);
    List<CommitteeDecision> returned = of(decisions, Values.RETURN);
    if (!rejected.isEmpty()) {
      execution.setVariable(Vars.COMMITTEE_OUTCOME, Values.REJECTED);
      execution.setVariable(Vars.NOT_ESTABLISHED_REASON, "Avslag: " + rejected.stream()
          .map(d -> CommitteeSelection.COMMITTEES.getOrDefault(d.committee(), d.committee()) + " "
              + d.decisionDate() + " (" + d.minuteReference() + "): " + d.reason())
          .collect(Collectors.joining("; ")));
    } else if (!returned.isEmpty()) {
      execution.setVariable(Vars.COMMITTEE_OUTCOME, Values.RETURNED);
      Typed.DECISION_ROUND.set(execution, round + 1);
    } else {
      execution.setVariable(Vars.COMMITTEE_OUTCOME, Values.APPROVED);
      register.changeStatus(centreId, CentreStatus.DECIDED, "Beviljat av " + decisions.stream()
          .map(d -> CommitteeSelection.COMMITTEES.getOrDefault(d.committee(), d.committee()) + " " + d.decisionDate())
          .collect(Collectors.joining(", ")), execution.getProcessBusinessKey());
    }
  }

  private static List<CommitteeDecision> of(List<CommitteeDecision> decisions, String decision) {
    return decisions.stream().filter(d -> decision.equals(d.decision())).toList();
  }
}
