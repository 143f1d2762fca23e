package se.familycentre.referral;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.engine.tenancy.CentreProcesses;

/**
 * The referral path is the centre's: a referral, the processes it calls (social services' intake, the receiving
 * organisation's support) and an escalation of a missed deadline belong to the family centre of the case, so staff
 * of other centres never see them. The establishment process is not on this path and stays tenant-less.
 */
@Component
public class ReferralTenancy implements CentreProcesses {

  @Override
  public Set<String> processKeys() {
    return Set.of(ReferralProcess.KEY, ReportOfConcernProcess.KEY, ReferralSupportProcess.KEY, EscalationProcess.KEY);
  }
}
