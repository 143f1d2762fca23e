package se.familycentre.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.familycentre.FamilyCentreApplication;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.secrecy.AccessLog;
import se.familycentre.secrecy.Door;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.SwedishTime;

/**
 * Ends the sharing of the family's identity and contact details ({@link ContactDetails}) with the receiving
 * organisation when the consent no longer holds: they are <b>removed</b> from the receiver's process
 * ({@code referralSupportProcess}), at runtime and from its history (the variables and their historic details),
 * so that no door shows them to the receiver afterwards. Removed, not hidden: the secrecy waiver was the consent;
 * without it the receiver has no ground to hold them in this product (its own record, if any, is in its own
 * system), and data that is gone cannot leak through a door a read-time filter forgot. The access log keeps who
 * read them while the consent held (its entries name variables, never values, and are not touched).
 *
 * <ul>
 *   <li><b>Withdrawn</b> ({@link RecordConsentWithdrawnDelegate}, in the transaction that cancels the receiver's
 *       instance): at once.</li>
 *   <li><b>Expired</b> (the day after "Samtycket gäller till och med"): every hour
 *       ({@code familycentre.contact-details.expiry-cron}), for every receiver's instance still running; its work
 *       goes on (the receiver has made contact or declines; its notes stay), only the details are gone.</li>
 * </ul>
 * The referrer keeps them in the referral: it collected them from the family itself, and they document what was
 * disclosed to whom under the consent; only the referrer reads them there, and they go with the referral's history.
 */
@Component
public class ContactDetailsSharing {

  /** When expired consents are looked for (Spring cron, Swedish time): every hour at five past. */
  public static final String CRON = "${familycentre.contact-details.expiry-cron:0 5 * * * *}";

  private static final Logger LOG = LoggerFactory.getLogger(ContactDetailsSharing.class);
  private static final List<String> NAMES = ContactDetails.Typed.all().stream().map(CaseVariable::name).toList();

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final AccessLog accessLog;

  public ContactDetailsSharing(RuntimeService runtimeService, HistoryService historyService, AccessLog accessLog) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.accessLog = accessLog;
  }

  /**
   * The consent of the referral {@code caseReference} was withdrawn, recorded by {@code withdrawnBy} (null when
   * not known): the receiver's instances lose the details, and the access log names that official as the one who
   * changed them there (the removal).
   */
  public int consentWithdrawn(String caseReference, String withdrawnBy) {
    int removed = 0;
    for (HistoricProcessInstance support : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReferralSupportProcess.KEY).processInstanceBusinessKey(caseReference).list()) {
      List<String> names = remove(support.getId());
      if (!names.isEmpty() && withdrawnBy != null) {
        accessLog.record(new AccessLog.Entry(withdrawnBy, AccessLog.Action.CHANGE, ReferralSupportProcess.KEY,
            support.getId(), names, Door.current()));
      }
      removed += names.size();
    }
    return removed;
  }

  /**
   * Removes the details from every running receiver's instance whose consent ended before {@code today}; answers
   * how many instances lost them.
   */
  public int consentExpired(LocalDate today) {
    int instances = 0;
    // the date as the forms store it (yyyy-MM-dd), and as a Date should the Java API have set one
    Map<String, ProcessInstance> expired = new LinkedHashMap<>();
    for (Object before : List.of(today.toString(), java.util.Date.from(today.atStartOfDay(SwedishTime.ZONE).toInstant()))) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralSupportProcess.KEY)
          .variableValueLessThan(ReferralSupportProcess.Vars.CONSENT_VALID_UNTIL, before).list()
          .forEach(instance -> expired.put(instance.getId(), instance));
    }
    for (ProcessInstance support : expired.values()) {
      if (!remove(support.getId()).isEmpty()) {
        LOG.info("Referral {}: consent expired, contact details removed from the receiver's process",
            support.getBusinessKey());
        instances++;
      }
    }
    return instances;
  }

  /** The hourly run of {@link #consentExpired}, for today in Sweden. */
  @Scheduled(cron = CRON, zone = FamilyCentreApplication.ZONE)
  public int removeExpired() {
    try {
      return consentExpired(SwedishTime.today());
    } catch (OptimisticLockingException e) {
      LOG.info("Contact details: another node is removing the same details ({}); left to it", e.getMessage());
      return 0;
    }
  }

  /** Removes the details from one instance, runtime and history; answers the names of those it held. */
  private List<String> remove(String processInstanceId) {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtimeService.removeVariables(processInstanceId, NAMES);
    }
    List<String> removed = new ArrayList<>();
    for (String name : NAMES) {
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).variableName(name).includeDeleted().list()) {
        historyService.deleteHistoricVariableInstance(variable.getId());
        if (!removed.contains(name)) {
          removed.add(name);
        }
      }
    }
    return removed;
  }
}
