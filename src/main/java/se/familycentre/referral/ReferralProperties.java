package se.familycentre.referral;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the referral path, under {@code familycentre.referral.*}. Every value has a default here, so the
 * application runs without any of them in application.yaml.
 *
 * @param firstContactDeadline how long the receiving organisation has for the first contact (default 14 days)
 * @param maxDeclines how many times a referral may be declined and re-routed before the coordinator decides
 * @param decisionDeadline social services' deadline for deciding whether to open an investigation (14 days)
 * @param decisionExtension how far an extension (exceptional reasons, recorded) moves that deadline
 * @param descriptionMaxLength the longest free text a referral may carry (minimal personal data)
 * @param localOffers per centre id, the targeted services offered locally ({@link TargetService} codes); a centre
 *     that is not listed offers {@code defaultLocalOffers}
 * @param defaultLocalOffers what a centre offers when it is not listed (default: every service)
 * @param urgentFirstContactDeadline the first-contact deadline of a referral marked urgent (default 3 days)
 * @param immediateProtectionDeadline how soon social services act for a child who needs immediate protection
 *     (default one hour)
 * @param consentMaxValidity how long the guardians' consent may at most be valid from the day it is recorded
 *     (default 12 months): a consent is specific, also in time
 * @param followUpMaxAhead how far ahead the receiving organisation may set the follow-up of the support (default
 *     12 months)
 * @param consentDeadline how long the referrer has to talk with the guardians and document their consent (due date
 *     of "Dokumentera samtycke"; default 7 days)
 * @param urgentConsentDeadline the same for a referral marked urgent (default 1 day)
 * @param routeDecisionDeadline how long the coordinator has to decide where a family is referred when the routing
 *     table does not (due date of "Avgör vart familjen hänvisas"; default 3 days)
 * @param urgentRouteDecisionDeadline the same for a referral marked urgent (default 1 day)
 */
@ConfigurationProperties(prefix = "familycentre.referral")
public record ReferralProperties(Duration firstContactDeadline, Integer maxDeclines, Duration decisionDeadline,
    Duration decisionExtension, Integer descriptionMaxLength, Map<String, List<String>> localOffers,
    List<String> defaultLocalOffers, Duration urgentFirstContactDeadline, Duration immediateProtectionDeadline,
    Period consentMaxValidity, Period followUpMaxAhead, Duration consentDeadline, Duration urgentConsentDeadline,
    Duration routeDecisionDeadline, Duration urgentRouteDecisionDeadline) {

  public ReferralProperties {
    firstContactDeadline = firstContactDeadline == null ? Duration.ofDays(14) : firstContactDeadline;
    maxDeclines = maxDeclines == null ? 2 : maxDeclines;
    decisionDeadline = decisionDeadline == null ? Duration.ofDays(14) : decisionDeadline;
    decisionExtension = decisionExtension == null ? Duration.ofDays(14) : decisionExtension;
    descriptionMaxLength = descriptionMaxLength == null ? 500 : descriptionMaxLength;
    urgentFirstContactDeadline = urgentFirstContactDeadline == null ? Duration.ofDays(3) : urgentFirstContactDeadline;
    immediateProtectionDeadline = immediateProtectionDeadline == null ? Duration.ofHours(1)
        : immediateProtectionDeadline;
    localOffers = localOffers == null ? Map.of() : localOffers;
    defaultLocalOffers = defaultLocalOffers == null
        ? java.util.Arrays.stream(TargetService.values()).map(Enum::name).toList() : defaultLocalOffers;
    consentMaxValidity = consentMaxValidity == null ? Period.ofMonths(12) : consentMaxValidity;
    followUpMaxAhead = followUpMaxAhead == null ? Period.ofMonths(12) : followUpMaxAhead;
    consentDeadline = consentDeadline == null ? Duration.ofDays(7) : consentDeadline;
    urgentConsentDeadline = urgentConsentDeadline == null ? Duration.ofDays(1) : urgentConsentDeadline;
    routeDecisionDeadline = routeDecisionDeadline == null ? Duration.ofDays(3) : routeDecisionDeadline;
    urgentRouteDecisionDeadline = urgentRouteDecisionDeadline == null ? Duration.ofDays(1)
        : urgentRouteDecisionDeadline;
  }

  /** The services a centre offers locally (input of the routing table). */
  public List<String> offersAt(String centreId) {
    return localOffers.getOrDefault(centreId, defaultLocalOffers);
  }

  /** ISO-8601 duration for the first-contact timer (e.g. PT336H for 14 days). */
  public String firstContactDeadlineIso() {
    return firstContactDeadline.toString();
  }

  /** The first-contact deadline for a referral of this urgency ("URGENT" or "NORMAL"). */
  public Duration firstContactDeadline(String urgency) {
    return urgent(urgency) ? urgentFirstContactDeadline : firstContactDeadline;
  }

  /** The referrer's deadline for documenting the guardians' consent, for a referral of this urgency. */
  public Duration consentDeadline(String urgency) {
    return urgent(urgency) ? urgentConsentDeadline : consentDeadline;
  }

  /** The coordinator's deadline for deciding where the family is referred, for a referral of this urgency. */
  public Duration routeDecisionDeadline(String urgency) {
    return urgent(urgency) ? urgentRouteDecisionDeadline : routeDecisionDeadline;
  }

  private static boolean urgent(String urgency) {
    return "URGENT".equals(urgency);
  }
}
