package se.familycentre.referral.support;

import java.util.Date;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.shared.SwedishTime;

/**
 * Deadlines the models read in expressions ({@code ${referralDeadlines.firstContactDuration(urgency)}}): they come
 * from configuration, never from the diagram. "Hur brådskande?" on the referral sets them: an urgent referral has the
 * shorter first-contact deadline (due date and timer of the receiving organisation's task).
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

  private final ReferralProperties properties;

  public ReferralDeadlines(ReferralProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration of the first-contact timer. */
  public String firstContactDuration() {
    return properties.firstContactDeadlineIso();
  }

  /** ISO-8601 duration of the first-contact timer for a referral of this urgency. */
  public String firstContactDuration(Object urgency) {
    return properties.firstContactDeadline(ReferralProcess.Typed.URGENCY.read(urgency)).toString();
  }

  /** Due date of the receiving organisation's task: now plus the first-contact deadline of the urgency. */
  public Date firstContactDue(Object urgency) {
    return new Date(SwedishTime.now().getTime()
        + properties.firstContactDeadline(ReferralProcess.Typed.URGENCY.read(urgency)).toMillis());
  }
}
