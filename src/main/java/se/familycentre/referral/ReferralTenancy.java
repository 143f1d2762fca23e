package se.familycentre.referral;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.shared.engine.tenancy.CentreProcesses;

/**
 * A referral and the receiving organisation's support it calls belong to the family centre of the case, so staff of
 * other centres never see them. Social services' intake and the coordinator's escalation, the referral path's other
 * process definitions, declare themselves in their own rooms; the establishment process stays tenant-less.
 */
@Component
public class ReferralTenancy implements CentreProcesses {

  @Override
  public Set<String> processKeys() {
    return Set.of(ReferralProcess.KEY, ReferralSupportProcess.KEY);
  }
}
