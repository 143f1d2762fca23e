package se.familycentre.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.referral.ReferralProcess.Messages;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.secrecy.AccessLog;
import se.familycentre.secrecy.Door;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * The guardians withdraw their consent: {@code POST /api/referral/{caseReference}/consent-withdrawn}. Staff of the
 * referring organisation or the receiving organisation, at the referral's centre, may record it (Tasklist has no
 * button for messages). This checks who the caller is, then correlates the {@code ConsentWithdrawn} message to that
 * referral as the system (staff have no right to modify process instances themselves), with the caller's id in
 * {@code consentWithdrawnBy}, and writes who withdrew it to the access log, in one transaction with the correlation.
 * Who may, and the message's subscription, are the referral's: the receiving organisation works in a process of
 * its own ({@link ReferralSupportProcess}, same business key), which the message cancels with the referral's
 * sub-process.
 */
@RestController
public class ConsentWithdrawalController {

  private final RuntimeService runtimeService;
  private final SignedInUser signedInUser;
  private final AccessLog accessLog;
  private final TransactionTemplate transaction;

  public ConsentWithdrawalController(RuntimeService runtimeService, SignedInUser signedInUser, AccessLog accessLog,
      PlatformTransactionManager transactionManager) {
    this.runtimeService = runtimeService;
    this.signedInUser = signedInUser;
    this.accessLog = accessLog;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @PostMapping("/api/referral/{caseReference}/consent-withdrawn")
  public Map<String, String> consentWithdrawn(@PathVariable String caseReference) {
    Caller user = signedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    return signedInUser.asSystem(() -> {
      ProcessInstance referral = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
          .processInstanceBusinessKey(caseReference).singleResult();
      if (referral == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen pågående hänvisning " + caseReference + ".");
      }
      List<String> allowed = new ArrayList<>();
      allowed.add(Typed.REFERRING_GROUP.read(runtimeService.getVariable(referral.getId(), Vars.REFERRING_GROUP)));
      String targets = Typed.TARGET_GROUPS.read(runtimeService.getVariable(referral.getId(), Vars.TARGET_GROUPS));
      if (targets != null) {
        allowed.addAll(Arrays.asList(targets.split(",")));
      }
      boolean atCentre = referral.getTenantId() != null && user.tenants().contains(referral.getTenantId());
      if (!atCentre || !user.inAnyGroup(allowed)) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bara hänvisande eller mottagande verksamhet "
            + "vid familjecentralen kan registrera att samtycket återkallas.");
      }
      if (runtimeService.createEventSubscriptionQuery().processInstanceId(referral.getId())
          .eventName(Messages.CONSENT_WITHDRAWN).count() == 0) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "Hänvisningen " + caseReference + " har inget pågående arbete som bygger på samtycke.");
      }
      transaction.executeWithoutResult(status -> {
        runtimeService.createMessageCorrelation(Messages.CONSENT_WITHDRAWN)
            .processInstanceId(referral.getId())
            .setVariable(Vars.CONSENT_WITHDRAWN_BY, user.userId()).correlate();
        accessLog.record(new AccessLog.Entry(user.userId(), AccessLog.Action.CONSENT_WITHDRAWN, ReferralProcess.KEY,
            referral.getId(), List.of(Vars.CONSENT_GIVEN), Door.current()));
      });
      return Map.of("caseReference", caseReference, "status", "CONSENT_WITHDRAWN");
    });
  }
}
