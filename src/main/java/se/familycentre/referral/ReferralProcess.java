package se.familycentre.referral;

import static se.familycentre.shared.CaseVariable.bool;
import static se.familycentre.shared.CaseVariable.date;
import static se.familycentre.shared.CaseVariable.integer;
import static se.familycentre.shared.CaseVariable.list;
import static se.familycentre.shared.CaseVariable.rows;
import static se.familycentre.shared.CaseVariable.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.CaseVariables;

/**
 * Names of the referral process ({@code familyReferralProcess}), in the shape every process's names have: the
 * process key (and who starts it), then {@link Ids} (element ids tests and code need), {@link Messages} (message
 * names), {@link Vars} (variable names; form field keys equal them), {@link Typed} (the variables our code reads and
 * writes, with their types and the forms' labels) and {@link Values} (values of variables).
 */
public final class ReferralProcess {

  private ReferralProcess() {
  }

  public static final String KEY = "familyReferralProcess";
  /** Staff of every leg start referrals at a universal activity. */
  public static final String STARTER_GROUPS = "mvc,bvc,oppen-forskola,socialtjanst-forebyggande";

  /** Element ids. */
  public static final class Ids {
    public static final String START = "startEvent_referralStarted";
    public static final String REGISTER_REFERRAL = "serviceTask_registerReferral";
    public static final String WRITE_REPORT = "userTask_writeReportOfConcern";
    public static final String SUBMIT_REPORT = "serviceTask_submitReportOfConcern";
    /** Calls {@code reportOfConcernProcess}: social services' intake, in an instance of its own. */
    public static final String SOCIAL_SERVICES_INTAKE = "callActivity_socialServicesIntake";
    public static final String READ_INTAKE_FEEDBACK = "userTask_readIntakeFeedback";
    public static final String REPORT_HANDLED = "endEvent_reportOfConcernHandled";
    public static final String RECORD_CONSENT = "userTask_recordConsent";
    public static final String RECORD_CONSENT_DECISION = "serviceTask_recordConsentDecision";
    public static final String UNIVERSAL_OFFER_KEPT = "endEvent_universalOfferKept";
    public static final String ROUTE_REFERRAL = "businessRuleTask_routeReferral";
    public static final String CHOOSE_TARGET_SERVICE = "serviceTask_chooseTargetService";
    public static final String COORDINATOR_DECIDES = "userTask_decideRouteAsCoordinator";
    public static final String CONSENT_COVERS_RECEIVER = "gateway_consentCoversReceiver";
    public static final String SHARE_REFERRAL = "serviceTask_shareReferral";
    /** Calls {@code referralSupportProcess}: the receiving organisation's work, in an instance of its own. */
    public static final String RECEIVER_WORK = "callActivity_receivingOrganisationWork";
    public static final String RECEIVER_ANSWERED = "gateway_receiverAnswer";
    public static final String RECORD_DECLINE = "serviceTask_recordDecline";
    /** The work's outcomes (intermediate events): support given, nothing shared (ask again), no service chosen. */
    public static final String SUPPORT_GIVEN = "event_supportGiven";
    public static final String CONSENT_NOT_COVERING = "event_consentDoesNotCoverReceiver";
    public static final String NO_SERVICE = "event_noServiceChosen";
    /** Support given or no service chosen: the referral goes back to the universal activity. */
    public static final String WORK_DONE = "gateway_workDone";
    /** The consent withdrawn while the receiver works (cancels the receiver's process and its tasks). */
    public static final String CONSENT_WITHDRAWN_BOUNDARY = "message_consentWithdrawn";
    /** The consent withdrawn while the coordinator decides where the family is referred. */
    public static final String CONSENT_WITHDRAWN_AT_COORDINATOR = "message_consentWithdrawnWhileCoordinatorDecides";
    public static final String RECORD_CONSENT_WITHDRAWN = "serviceTask_recordConsentWithdrawn";
    public static final String CONSENT_WITHDRAWN_END = "endEvent_consentWithdrawn";
    public static final String HAND_BACK = "userTask_handBackToUniversalActivity";
    public static final String RECORD_OUTCOME = "serviceTask_recordOutcome";
    public static final String REFERRAL_COMPLETED = "endEvent_referralCompleted";

    private Ids() {
    }
  }

  /** Message names. */
  public static final class Messages {
    /** The guardians withdrew their consent: cancels the work under it (the receiving organisation's too). */
    public static final String CONSENT_WITHDRAWN = "ConsentWithdrawn";

    private Messages() {
    }
  }

  /** Variables (form field keys). */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String CENTRE_ID = CaseVariables.CENTRE_ID;
    public static final String CENTRE_NAME = CaseVariables.CENTRE_NAME;

    // set at the start (start form)
    public static final String ACTIVITY = "activity";
    public static final String REFERRING_GROUP = "referringGroup";
    public static final String AGE_BAND = "ageBand";
    /** Optional, for a child of 1–3 years: the age in months (the home-visiting programme runs to 15 months). */
    public static final String CHILD_AGE_MONTHS = "childAgeMonths";
    public static final String CONCERNS = "concerns";
    public static final String URGENCY = "urgency";
    public static final String DESCRIPTION = "description";
    /** The user who started the referral (the start event's initiator). */
    public static final String REFERRED_BY = "referredBy";
    /** Set by the first step: true when harm is suspected or there is violence (report of concern path). */
    public static final String REPORT_OF_CONCERN = "reportOfConcern";
    /** Set by the first step: true when the concerns include violence in the family. */
    public static final String VIOLENCE = "violence";

    // report of concern, written by the reporter
    public static final String CHILD_PERSONAL_IDENTITY_NUMBER = "childPersonalIdentityNumber";
    public static final String CHILD_MUNICIPALITY = "childMunicipality";
    public static final String REPORT_TEXT = "reportText";
    // what comes back from social services' intake (nothing else)
    public static final String INVESTIGATION_OPENED = "investigationOpened";
    public static final String INVESTIGATION_DECISION_DATE = "investigationDecisionDate";

    // consent (per receiving organisation)
    public static final String CONSENT_GIVEN = "consentGiven";
    public static final String CONSENT_ORGANISATIONS = "consentOrganisations";
    public static final String CONSENT_SHARED_INFORMATION = "consentSharedInformation";
    public static final String CONSENT_PURPOSE = "consentPurpose";
    public static final String CONSENT_VALID_UNTIL = "consentValidUntil";
    public static final String JOINT_CUSTODY = "jointCustody";
    public static final String BOTH_GUARDIANS_CONSENTED = "bothGuardiansConsented";
    /** Set when a routed organisation is not covered by the consent: the staff member asks the guardians again. */
    public static final String CONSENT_MISSING_FOR = "consentMissingFor";
    /** The user id of the official who recorded that the guardians withdrew their consent. */
    public static final String CONSENT_WITHDRAWN_BY = "consentWithdrawnBy";

    // routing
    public static final String LOCAL_OFFERS = "localOffers";
    public static final String ROUTING_CANDIDATES = "routingCandidates";
    public static final String TARGET_SERVICE = "targetService";
    public static final String TARGET_SERVICE_NAME = "targetServiceName";
    public static final String TARGET_GROUPS = "targetGroups";
    public static final String ROUTE_OUTCOME = "routeOutcome";
    public static final String DECLINED_SERVICES = "declinedServices";
    public static final String DECLINE_COUNT = "declineCount";
    public static final String COORDINATOR_TARGET_SERVICE = "coordinatorTargetService";
    public static final String WORK_OUTCOME = "workOutcome";

    // what the receiving organisation's process (referralSupportProcess) passes back; its notes stay there
    /** The receiving organisation's answer, ACCEPTED or DECLINED: the gateway after the call reads it. */
    public static final String RECEIVER_ANSWER = "receiverAnswer";
    public static final String OUTCOME = "outcome";

    private Vars() {
    }
  }

  /** The variables our code reads and writes, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<String> CENTRE_ID = text(Vars.CENTRE_ID, "Familjecentral");

    // start form
    public static final CaseVariable<String> ACTIVITY = text(Vars.ACTIVITY, "Verksamhet där ni mötte familjen");
    public static final CaseVariable<String> REFERRING_GROUP = text(Vars.REFERRING_GROUP, "Din verksamhet");
    public static final CaseVariable<String> AGE_BAND = text(Vars.AGE_BAND, "Barnets ålder");
    public static final CaseVariable<Integer> CHILD_AGE_MONTHS = integer(Vars.CHILD_AGE_MONTHS,
        "Barnets ålder i månader");
    public static final CaseVariable<List<String>> CONCERNS = list(Vars.CONCERNS, "Vad gäller oron?");
    public static final CaseVariable<String> URGENCY = text(Vars.URGENCY, "Hur brådskande?");
    public static final CaseVariable<String> DESCRIPTION = text(Vars.DESCRIPTION, "Kort beskrivning");

    // report of concern
    public static final CaseVariable<String> CHILD_PERSONAL_IDENTITY_NUMBER = text(
        Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "Barnets personnummer");
    public static final CaseVariable<String> CHILD_MUNICIPALITY = text(Vars.CHILD_MUNICIPALITY,
        "Kommun där barnet bor");
    public static final CaseVariable<String> REPORT_TEXT = text(Vars.REPORT_TEXT,
        "Vad har du sett eller hört som väcker oro?");

    // consent
    public static final CaseVariable<Boolean> CONSENT_GIVEN = bool(Vars.CONSENT_GIVEN,
        "Vårdnadshavarna samtycker till att uppgifter lämnas");
    public static final CaseVariable<List<String>> CONSENT_ORGANISATIONS = list(Vars.CONSENT_ORGANISATIONS,
        "Verksamheter som samtycket gäller");
    public static final CaseVariable<String> CONSENT_SHARED_INFORMATION = text(Vars.CONSENT_SHARED_INFORMATION,
        "Vilka uppgifter får lämnas?");
    public static final CaseVariable<String> CONSENT_PURPOSE = text(Vars.CONSENT_PURPOSE, "I vilket syfte?");
    public static final CaseVariable<LocalDate> CONSENT_VALID_UNTIL = date(Vars.CONSENT_VALID_UNTIL,
        "Samtycket gäller till och med");
    public static final CaseVariable<Boolean> JOINT_CUSTODY = bool(Vars.JOINT_CUSTODY,
        "Vårdnadshavarna har gemensam vårdnad");
    public static final CaseVariable<Boolean> BOTH_GUARDIANS_CONSENTED = bool(Vars.BOTH_GUARDIANS_CONSENTED,
        "Båda vårdnadshavarna har samtyckt");
    public static final CaseVariable<List<String>> CONSENT_MISSING_FOR = list(Vars.CONSENT_MISSING_FOR);
    public static final CaseVariable<String> CONSENT_WITHDRAWN_BY = text(Vars.CONSENT_WITHDRAWN_BY);

    // routing
    public static final CaseVariable<List<String>> LOCAL_OFFERS = list(Vars.LOCAL_OFFERS);
    public static final CaseVariable<List<Map<String, Object>>> ROUTING_CANDIDATES = rows(Vars.ROUTING_CANDIDATES);
    public static final CaseVariable<String> TARGET_SERVICE = text(Vars.TARGET_SERVICE);
    public static final CaseVariable<String> TARGET_GROUPS = text(Vars.TARGET_GROUPS);
    public static final CaseVariable<List<String>> DECLINED_SERVICES = list(Vars.DECLINED_SERVICES);
    public static final CaseVariable<Integer> DECLINE_COUNT = integer(Vars.DECLINE_COUNT);
    public static final CaseVariable<String> COORDINATOR_TARGET_SERVICE = text(Vars.COORDINATOR_TARGET_SERVICE,
        "Beslut");
    public static final CaseVariable<String> WORK_OUTCOME = text(Vars.WORK_OUTCOME);

    private Typed() {
    }
  }

  /** Values of variables, used in conditions, forms and the figures. */
  public static final class Values {
    /** The receiving organisation's answers (values of {@link Vars#RECEIVER_ANSWER}). */
    public static final String ANSWER_ACCEPTED = "ACCEPTED";
    public static final String ANSWER_DECLINED = "DECLINED";

    /** Route outcomes and work outcomes (values of {@link Vars#ROUTE_OUTCOME}, {@link Vars#WORK_OUTCOME}). */
    public static final String ROUTED = "ROUTED";
    public static final String NEEDS_COORDINATOR = "NEEDS_COORDINATOR";
    public static final String CLOSED = "CLOSED";
    public static final String SUPPORTED = "SUPPORTED";
    /** The receiving organisation declined: the referral records the decline and routes again. */
    public static final String DECLINED = "DECLINED";
    public static final String CONSENT_MISSING = "CONSENT_MISSING";

    /** How a referral ended besides a work outcome (values of {@link Vars#OUTCOME}). */
    public static final String OUTCOME_UNIVERSAL_OFFER_KEPT = "UNIVERSAL_OFFER_KEPT";
    public static final String OUTCOME_CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    private Values() {
    }
  }
}
