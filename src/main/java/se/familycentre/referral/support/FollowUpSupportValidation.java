package se.familycentre.referral.support;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.support.ReferralSupportProcess.Ids;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.shared.TaskValidation;

/** userTask_followUpSupport: how it went for the family is written down. */
@Component
public class FollowUpSupportValidation extends TaskValidation {

  public FollowUpSupportValidation() {
    super(Ids.FOLLOW_UP_SUPPORT);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.FOLLOW_UP_RESULT.get(answers, "Beskriv kort hur det har gått för familjen.");
  }
}
