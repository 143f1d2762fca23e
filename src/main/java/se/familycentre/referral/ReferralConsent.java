package se.familycentre.referral;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.SwedishTime;

/**
 * Whether the guardians' consent covers the organisation a referral is routed to: consent given, for every
 * receiving organisation of the routed service, still valid. The model's gateway asks this before anything is
 * shared ({@code ${referralConsent.covers(execution)}}), and the sharing step asks again.
 */
@Component("referralConsent")
public class ReferralConsent {

  public boolean covers(VariableScope scope) {
    return missing(scope).isEmpty();
  }

  /** The receiving organisations the consent does not cover (empty when sharing is allowed). */
  public List<String> missing(VariableScope scope) {
    String service = Typed.TARGET_SERVICE.getOrNull(scope);
    List<String> receivers = service == null ? List.of("?")
        : TargetService.valueOf(service).receivers.stream().map(Enum::name).toList();
    if (!Typed.CONSENT_GIVEN.getOrDefault(scope, false)) {
      return receivers;
    }
    LocalDate validUntil = Typed.CONSENT_VALID_UNTIL.getOrNull(scope);
    if (validUntil == null || validUntil.isBefore(SwedishTime.today())) {
      return receivers;
    }
    List<String> consented = Typed.CONSENT_ORGANISATIONS.getOrDefault(scope, List.of());
    return receivers.stream().filter(r -> !consented.contains(r)).toList();
  }
}
