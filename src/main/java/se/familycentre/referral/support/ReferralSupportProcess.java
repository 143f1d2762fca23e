package se.familycentre.referral.support;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.familycentre.referral.ContactDetails;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.CaseVariables;

/**
 * Names of the receiving organisation's work on a referral ({@code referralSupportProcess}): accepting the referral,
 * the first contact, the support and its follow-up. A process of its own, called by the referral once the consent
 * covers the receiver, so that the receiver's notes never live in an instance where the referring organisation
 * has a task: the referral passes in only what the guardians agreed may be shared and gets back only whether the
 * referral was accepted and the support given.
 *
 * <p>In the shape every process's names have: the process key (and who takes part), then {@link Ids} (element ids),
 * {@link Vars} (variable names; form field keys equal them; what crosses the call keeps the referral's names),
 * {@link Typed} (the variables our code reads and writes, typed) and {@link Values} (values of variables).
 */
public final class ReferralSupportProcess {

  private ReferralSupportProcess() {
  }

  public static final String KEY = "referralSupportProcess";
  /** The groups that receive referrals (the candidate groups of its tasks are decided by the routing). */
  public static final String PARTICIPANT_GROUPS = "mvc,bvc,socialtjanst-forebyggande";

  /** Element ids. */
  public static final class Ids {
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

    private Ids() {
    }
  }

  /** Variables (form field keys). */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String CENTRE_ID = CaseVariables.CENTRE_ID;
    public static final String CENTRE_NAME = CaseVariables.CENTRE_NAME;

    // passed in by the referral (the call activity's camunda:in)
    public static final String TARGET_SERVICE = ReferralProcess.Vars.TARGET_SERVICE;
    public static final String TARGET_SERVICE_NAME = ReferralProcess.Vars.TARGET_SERVICE_NAME;
    public static final String TARGET_GROUPS = ReferralProcess.Vars.TARGET_GROUPS;
    public static final String AGE_BAND = ReferralProcess.Vars.AGE_BAND;
    public static final String CONCERNS = ReferralProcess.Vars.CONCERNS;
    public static final String URGENCY = ReferralProcess.Vars.URGENCY;
    public static final String DESCRIPTION = ReferralProcess.Vars.DESCRIPTION;
    public static final String CONSENT_ORGANISATIONS = ReferralProcess.Vars.CONSENT_ORGANISATIONS;
    public static final String CONSENT_SHARED_INFORMATION = ReferralProcess.Vars.CONSENT_SHARED_INFORMATION;
    public static final String CONSENT_PURPOSE = ReferralProcess.Vars.CONSENT_PURPOSE;
    public static final String CONSENT_VALID_UNTIL = ReferralProcess.Vars.CONSENT_VALID_UNTIL;

    // passed back to the referral (the call activity's camunda:out)
    public static final String RECEIVER_ANSWER = ReferralProcess.Vars.RECEIVER_ANSWER;
    public static final String WORK_OUTCOME = ReferralProcess.Vars.WORK_OUTCOME;

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
     * references, the routed service and who gives it, and what the guardians agreed may be shared, with the
     * family's identity and contact details ({@link ContactDetails}, same names).
     */
    public static final List<String> PASSED_IN = Stream.concat(Stream.of(CASE_REFERENCE, CENTRE_ID, CENTRE_NAME,
        TARGET_SERVICE, TARGET_SERVICE_NAME, TARGET_GROUPS, AGE_BAND, CONCERNS, URGENCY, DESCRIPTION,
        CONSENT_ORGANISATIONS, CONSENT_SHARED_INFORMATION, CONSENT_PURPOSE, CONSENT_VALID_UNTIL),
        ContactDetails.Vars.ALL.stream()).toList();
    /** What comes back to the referral (the call activity's {@code camunda:out}): the answer and the outcome only. */
    public static final List<String> PASSED_BACK = List.of(RECEIVER_ANSWER, WORK_OUTCOME);
    /** What the receiving organisation records here and nothing outside this process reads. */
    public static final List<String> RECEIVER_NOTES = List.of(ACCEPTED, FIRST_CONTACT_DATE, DECLINE_REASON,
        SUPPORT_SUMMARY, FOLLOW_UP_ON, FOLLOW_UP_RESULT);

    private Vars() {
    }
  }

  /** The variables our code reads and writes, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<Boolean> ACCEPTED = CaseVariable.bool(Vars.ACCEPTED,
        "Tar ni emot hänvisningen?");
    public static final CaseVariable<LocalDate> FIRST_CONTACT_DATE = CaseVariable.date(Vars.FIRST_CONTACT_DATE,
        "Datum för första kontakten");
    public static final CaseVariable<String> DECLINE_REASON = CaseVariable.text(Vars.DECLINE_REASON,
        "Skäl att avböja");
    public static final CaseVariable<String> SUPPORT_SUMMARY = CaseVariable.text(Vars.SUPPORT_SUMMARY,
        "Vilket stöd har familjen fått?");
    public static final CaseVariable<LocalDate> FOLLOW_UP_ON = CaseVariable.date(Vars.FOLLOW_UP_ON,
        "Följ upp stödet senast");
    public static final CaseVariable<String> FOLLOW_UP_RESULT = CaseVariable.text(Vars.FOLLOW_UP_RESULT,
        "Uppföljning: hur har det gått?");

    private Typed() {
    }
  }

  /** Values of the variables passed back (the referral's values). */
  public static final class Values {
    public static final String ANSWER_ACCEPTED = ReferralProcess.Values.ANSWER_ACCEPTED;
    public static final String ANSWER_DECLINED = ReferralProcess.Values.ANSWER_DECLINED;
    public static final String SUPPORTED = ReferralProcess.Values.SUPPORTED;
    public static final String DECLINED = ReferralProcess.Values.DECLINED;

    private Values() {
    }
  }
}
