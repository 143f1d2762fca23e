package se.familycentre.escalation;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.tenancy.CentreProcesses;

/** An escalation of a missed deadline belongs to the family centre of the case: that centre's coordinator has it. */
@Component
public class EscalationTenancy implements CentreProcesses {

  @Override
  public Set<String> processKeys() {
    return Set.of(EscalationProcess.KEY);
  }
}
