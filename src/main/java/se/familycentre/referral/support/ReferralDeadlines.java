package se.familycentre.referral.support;

import java.util.Date;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.shared.SwedishTime;

/**
 * Deadlines the models read in expressions ({@code ${referralDeadlines.firstContactDuration()}}): they come from
 * configuration, never from the diagram.
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

  /** Due date of the receiving organisation's task: now plus the first-contact deadline. */
  public Date firstContactDue() {
    return new Date(SwedishTime.now().getTime() + properties.firstContactDeadline().toMillis());
  }
}
