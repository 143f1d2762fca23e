package se.familycentre.reportofconcern;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.tenancy.CentreProcesses;

/** Social services' intake of a report of concern belongs to the family centre of the referral that made it. */
@Component
public class ReportOfConcernTenancy implements CentreProcesses {

  @Override
  public Set<String> processKeys() {
    return Set.of(ReportOfConcernProcess.KEY);
  }
}
