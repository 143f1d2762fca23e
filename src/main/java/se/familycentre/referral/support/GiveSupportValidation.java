package se.familycentre.referral.support;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.referral.support.ReferralSupportProcess.Ids;
import se.familycentre.referral.support.ReferralSupportProcess.Typed;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_giveSupport: a short summary of the support given, and the day it is followed up: not in the past (the
 * follow-up task would never show as due) and at most {@code familycentre.referral.follow-up-max-ahead} ahead.
 */
@Component
public class GiveSupportValidation extends TaskValidation {

  private final ReferralProperties properties;

  public GiveSupportValidation(ReferralProperties properties) {
    super(Ids.GIVE_SUPPORT);
    this.properties = properties;
  }

  @Override
  public void check(VariableScope answers) {
    Typed.SUPPORT_SUMMARY.get(answers, "Beskriv kort vilket stöd familjen har fått.");
    LocalDate followUpOn = Typed.FOLLOW_UP_ON.get(answers, "Ange senast vilket datum stödet ska följas upp.");
    LocalDate today = SwedishTime.today();
    if (followUpOn.isBefore(today)) {
      throw new InputRefused(Typed.FOLLOW_UP_ON.name(),
          "Uppföljningen kan inte ha ett datum som redan har passerat (angivet: " + followUpOn + ").");
    }
    LocalDate latest = today.plus(properties.followUpMaxAhead());
    if (followUpOn.isAfter(latest)) {
      throw new InputRefused(Typed.FOLLOW_UP_ON.name(), "Stödet ska följas upp senast " + latest
          + " (angivet: " + followUpOn + ").");
    }
  }
}
