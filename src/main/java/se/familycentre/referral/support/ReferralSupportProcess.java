package se.familycentre.referral.support;

import java.util.List;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.shared.CaseVariables;

/**
 * Names of the receiving organisation's work on a referral ({@code referralSupportProcess}): accepting the referral,
 * the first contact, the support and its follow-up. A process of its own, called by the referral once the consent
 * covers the receiver, so that the receiver's notes never live in an instance where the referring organisation
 * has a task: the referral passes in only what the guardians agreed may be shared and gets back only whether the
 * referral was accepted and the support given.
 */
public final class ReferralSupportProcess {

  public static final String KEY = "referralSupportProcess";
  /** The groups that receive referrals (the candidate groups of its tasks are decided by the routing). */
  public static final String PARTICIPANT_GROUPS = "mvc,bvc,socialtjanst-forebyggande";

  // element ids
  public static final String START = "startEvent_referralReceived";
  public static final String ACCEPT_REFERRAL = "userTask_acceptReferral";
  public static final String FIRST_CONTACT_TIMER = "timer_firstContactDeadline";
  public static final String ESCALATE_FIRST_CONTACT = "serviceTask_escalateFirstContactBreach";
  public static final String FIRST_CONTACT_ESCALATED = "endEvent_firstContactEscalated";
  public static final String RECORD_RECEIVER_ANSWER = "serviceTask_recordReceiverAnswer";
  public static final String ACCEPTED_GATEWAY = "gateway_accepted";
  public static final String GIVE_SUPPORT = "userTask_giveSupport";
  public static final String FOLLOW_UP_SUPPORT = "userTask_followUpSupport";
  public static final String SUPPORT_GIVEN = "endEvent_supportGiven";
  public static final String REFERRAL_DECLINED = "endEvent_referralDeclined";

  // the receiving organisation's own notes (form field keys): they stay in this process, never passed back
  public static final String ACCEPTED = "accepted";
  public static final String DECLINE_REASON = "declineReason";
  public static final String FIRST_CONTACT_DATE = "firstContactDate";
  public static final String SUPPORT_SUMMARY = "supportSummary";
  public static final String FOLLOW_UP_RESULT = "followUpResult";
  /** When the receiving organisation will follow the support up: the follow-up task's follow-up date. */
  public static final String FOLLOW_UP_ON = "followUpOn";

  /**
   * What the referral passes in (the call activity's {@code camunda:in}, besides the business key): the case's
   * references, the routed service and who gives it, and what the guardians agreed may be shared.
   */
  public static final List<String> PASSED_IN = List.of(CaseVariables.CASE_REFERENCE, CaseVariables.CENTRE_ID,
      CaseVariables.CENTRE_NAME, ReferralProcess.TARGET_SERVICE, ReferralProcess.TARGET_SERVICE_NAME,
      ReferralProcess.TARGET_GROUPS, ReferralProcess.AGE_BAND, ReferralProcess.CONCERNS, ReferralProcess.URGENCY,
      ReferralProcess.DESCRIPTION, ReferralProcess.CONSENT_ORGANISATIONS, ReferralProcess.CONSENT_SHARED_INFORMATION,
      ReferralProcess.CONSENT_PURPOSE, ReferralProcess.CONSENT_VALID_UNTIL);
  /** What comes back to the referral (the call activity's {@code camunda:out}): the answer and the outcome only. */
  public static final List<String> PASSED_BACK = List.of(ReferralProcess.RECEIVER_ANSWER,
      ReferralProcess.WORK_OUTCOME);
  /** What the receiving organisation records here and nothing outside this process reads. */
  public static final List<String> RECEIVER_NOTES = List.of(ACCEPTED, FIRST_CONTACT_DATE, DECLINE_REASON,
      SUPPORT_SUMMARY, FOLLOW_UP_ON, FOLLOW_UP_RESULT);

  private ReferralSupportProcess() {
  }
}
