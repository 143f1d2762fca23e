package se.familycentre.referral.support;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.shared.DeadlineWords;
import se.familycentre.shared.SwedishTime;

/**
 * Deadlines the models read in expressions ({@code ${referralDeadlines.firstContactDuration(execution)}}): they come
 * from configuration, never from the diagram. "Hur brådskande?" on the referral sets them: an urgent referral has the
 * shorter first-contact deadline (due date and timer of the receiving organisation's task), and shorter due dates
 * for the referrer's consent and the coordinator's routing decision.
 */
@Component("referralDeadlines")
public class ReferralDeadlines implements DeadlineWords {

  private final ReferralProperties properties;

  public ReferralDeadlines(ReferralProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration of the first-contact timer. */
  public String firstContactDuration() {
    return properties.firstContactDeadlineIso();
  }

  /** ISO-8601 duration of the first-contact timer for the case's urgency. */
  public String firstContactDuration(VariableScope caseScope) {
    return properties.firstContactDeadline(ReferralProcess.Typed.URGENCY.getOrNull(caseScope)).toString();
  }

  /** Due date of the receiving organisation's task: now plus the first-contact deadline of the case's urgency. */
  public Date firstContactDue(VariableScope caseScope) {
    return fromNow(properties.firstContactDeadline(ReferralProcess.Typed.URGENCY.getOrNull(caseScope)));
  }

  /**
   * Due date of the referrer's "Dokumentera samtycke": now plus the consent deadline of the case's urgency (a case
   * without one, such as an administrator's start at that step, has the normal deadline).
   */
  public Date consentDue(VariableScope caseScope) {
    return fromNow(properties.consentDeadline(ReferralProcess.Typed.URGENCY.getOrNull(caseScope)));
  }

  /** Due date of the coordinator's "Avgör vart familjen hänvisas": now plus the deadline of the case's urgency. */
  public Date routeDecisionDue(VariableScope caseScope) {
    return fromNow(properties.routeDecisionDeadline(ReferralProcess.Typed.URGENCY.getOrNull(caseScope)));
  }

  @Override
  public Map<String, String> deadlineWords() {
    String firstContact = byUrgency(properties.firstContactDeadline(), properties.urgentFirstContactDeadline(),
        "first-contact-deadline");
    return Map.of(
        "${referralDeadlines.firstContactDue(execution)}", firstContact,
        "${referralDeadlines.firstContactDuration(execution)}", firstContact,
        "${referralDeadlines.consentDue(execution)}", byUrgency(properties.consentDeadline(),
            properties.urgentConsentDeadline(), "consent-deadline"),
        "${referralDeadlines.routeDecisionDue(execution)}", byUrgency(properties.routeDecisionDeadline(),
            properties.urgentRouteDecisionDeadline(), "route-decision-deadline"),
        "${execution.getVariable('followUpOn')}", "det datum för uppföljning som mottagaren anger när stödet "
            + "ges («Ge stödet»), högst " + properties.followUpMaxAhead().toTotalMonths() + " månader fram");
  }

  private static String byUrgency(Duration normal, Duration urgent, String setting) {
    return DeadlineWords.amount(normal) + " efter att uppgiften skapas, " + DeadlineWords.amount(urgent)
        + " när hänvisningen är brådskande (inställningarna familycentre.referral." + setting + " och urgent-"
        + setting + ")";
  }

  private static Date fromNow(Duration deadline) {
    return new Date(SwedishTime.now().getTime() + deadline.toMillis());
  }
}
