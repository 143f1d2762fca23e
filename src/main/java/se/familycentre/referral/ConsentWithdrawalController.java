package se.familycentre.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The guardians withdraw their consent: {@code POST /api/referral/{caseReference}/consent-withdrawn}. Staff of the
 * referring organisation or the receiving organisation, at the referral's centre, may record it (Tasklist has no
 * button for messages). This checks who the caller is, then correlates the {@code ConsentWithdrawn} message by
 * business key as the system (staff have no right to modify process instances themselves). Who may, and the message's
 * subscription, are the referral's: the receiving organisation works in a process of its own
 * ({@link ReferralSupportProcess}, same business key), which the message cancels with the referral's sub-process.
 */
@RestController
public class ConsentWithdrawalController {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ConsentWithdrawalController(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @PostMapping("/api/referral/{caseReference}/consent-withdrawn")
  public Map<String, String> consentWithdrawn(@PathVariable String caseReference) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    identityService.clearAuthentication();
    try {
      ProcessInstance referral = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
          .processInstanceBusinessKey(caseReference).singleResult();
      if (referral == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen pågående hänvisning " + caseReference + ".");
      }
      List<String> allowed = new ArrayList<>();
      allowed.add((String) runtimeService.getVariable(referral.getId(), ReferralProcess.REFERRING_GROUP));
      Object targets = runtimeService.getVariable(referral.getId(), ReferralProcess.TARGET_GROUPS);
      if (targets != null) {
        allowed.addAll(Arrays.asList(targets.toString().split(",")));
      }
      boolean atCentre = user.getTenantIds() != null && user.getTenantIds().contains(referral.getTenantId());
      boolean inGroup = user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(allowed::contains);
      if (!atCentre || !inGroup) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN,
            "Bara hänvisande eller mottagande verksamhet vid familjecentralen kan registrera att samtycket återkallas.");
      }
      if (runtimeService.createEventSubscriptionQuery().processInstanceId(referral.getId())
          .eventName(ReferralProcess.MESSAGE_CONSENT_WITHDRAWN).count() == 0) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "Hänvisningen " + caseReference + " har inget pågående arbete som bygger på samtycke.");
      }
      runtimeService.createMessageCorrelation(ReferralProcess.MESSAGE_CONSENT_WITHDRAWN)
          .processInstanceBusinessKey(caseReference).correlate();
      return Map.of("caseReference", caseReference, "status", "CONSENT_WITHDRAWN");
    } finally {
      identityService.setAuthentication(user);
    }
  }
}
