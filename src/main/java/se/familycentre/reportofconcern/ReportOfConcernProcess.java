package se.familycentre.reportofconcern;

import static se.familycentre.shared.CaseVariable.bool;
import static se.familycentre.shared.CaseVariable.date;
import static se.familycentre.shared.CaseVariable.text;
import static se.familycentre.shared.CaseVariable.timestamp;

import java.time.LocalDate;
import java.util.Date;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.CaseVariables;

/**
 * Names of social services' intake of a report of concern ({@code reportOfConcernProcess}). It is its own process
 * definition so that its assessment data never lives in an instance where health care has a task: the referral
 * process passes in only what intake needs and receives only whether an investigation was opened.
 *
 * <p>In the shape every process's names have: the process key, then {@link Ids} (element ids), {@link Vars}
 * (variable names; form field keys equal them; what crosses the call keeps the referral's names) and {@link Typed}
 * (the variables our code reads and writes, typed).
 */
public final class ReportOfConcernProcess {

  private ReportOfConcernProcess() {
  }

  public static final String KEY = "reportOfConcernProcess";

  /** Element ids. */
  public static final class Ids {
    public static final String START = "startEvent_reportReceived";
    public static final String REGISTER_REPORT = "serviceTask_registerReportOfConcern";
    public static final String ASSESS_PROTECTION = "userTask_assessProtectionNeed";
    public static final String PROTECTION_TIMER = "timer_protectionDeadline";
    public static final String ESCALATE_PROTECTION = "serviceTask_escalateProtectionBreach";
    public static final String RECORD_PROTECTION = "serviceTask_recordProtectionAssessment";
    public static final String IMMEDIATE_PROTECTION = "gateway_immediateProtection";
    public static final String PROTECT_CHILD = "userTask_protectChildImmediately";
    public static final String IMMEDIATE_PROTECTION_TIMER = "timer_immediateProtectionDeadline";
    public static final String ESCALATE_IMMEDIATE_PROTECTION = "serviceTask_escalateImmediateProtectionBreach";
    public static final String IMMEDIATE_PROTECTION_ESCALATED = "endEvent_immediateProtectionEscalated";
    public static final String DECIDE_ON_INVESTIGATION = "userTask_decideOnInvestigation";
    public static final String DECISION_TIMER = "timer_decisionDeadline";
    public static final String ESCALATE_DECISION = "serviceTask_escalateDecisionBreach";
    public static final String EXTEND_DEADLINE = "serviceTask_extendDecisionDeadline";
    public static final String RECORD_DECISION = "serviceTask_recordInvestigationDecision";
    public static final String HAND_OVER = "serviceTask_handOverInvestigation";
    public static final String HANDED_OVER = "endEvent_investigationHandedOver";
    public static final String NO_INVESTIGATION = "endEvent_noInvestigation";

    private Ids() {
    }
  }

  /** Variables (form field keys). */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String CENTRE_ID = CaseVariables.CENTRE_ID;
    public static final String CENTRE_NAME = CaseVariables.CENTRE_NAME;

    // passed in by the referral (the call activity's camunda:in)
    public static final String REFERRING_GROUP = ReferralProcess.Vars.REFERRING_GROUP;
    public static final String AGE_BAND = ReferralProcess.Vars.AGE_BAND;
    public static final String VIOLENCE = ReferralProcess.Vars.VIOLENCE;
    public static final String CHILD_PERSONAL_IDENTITY_NUMBER = ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER;
    public static final String CHILD_MUNICIPALITY = ReferralProcess.Vars.CHILD_MUNICIPALITY;
    public static final String REPORT_TEXT = ReferralProcess.Vars.REPORT_TEXT;

    // passed back to the referral (the call activity's camunda:out): nothing else leaves this process
    public static final String INVESTIGATION_OPENED = ReferralProcess.Vars.INVESTIGATION_OPENED;
    public static final String INVESTIGATION_DECISION_DATE = ReferralProcess.Vars.INVESTIGATION_DECISION_DATE;

    // variables of this process only (never mapped back to the referral)
    public static final String REPORT_RECEIVED_AT = "reportReceivedAt";
    public static final String PROTECTION_DUE_AT = "protectionDueAt";
    public static final String IMMEDIATE_PROTECTION_NEEDED = "immediateProtectionNeeded";
    public static final String PROTECTION_ASSESSMENT = "protectionAssessment";
    public static final String IMMEDIATE_PROTECTION_DUE_AT = "immediateProtectionDueAt";
    public static final String IMMEDIATE_PROTECTION_MEASURE = "immediateProtectionMeasure";
    public static final String DECISION_DUE_AT = "decisionDueAt";
    public static final String EXTEND_DECISION = "extendDecision";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String OPEN_INVESTIGATION = "openInvestigation";
    public static final String DECISION_REASONING = "decisionReasoning";
    public static final String HANDED_OVER_AT = "handedOverAt";

    private Vars() {
    }
  }

  /** The variables our code reads and writes, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<String> CENTRE_ID = text(Vars.CENTRE_ID, "Familjecentral");
    public static final CaseVariable<String> REFERRING_GROUP = text(Vars.REFERRING_GROUP);
    public static final CaseVariable<Boolean> VIOLENCE = bool(Vars.VIOLENCE, "Anmälan gäller våld i familjen");
    public static final CaseVariable<Date> REPORT_RECEIVED_AT = timestamp(Vars.REPORT_RECEIVED_AT);
    public static final CaseVariable<Date> PROTECTION_DUE_AT = timestamp(Vars.PROTECTION_DUE_AT);
    public static final CaseVariable<String> PROTECTION_ASSESSMENT = text(Vars.PROTECTION_ASSESSMENT,
        "Skyddsbedömning");
    public static final CaseVariable<Date> DECISION_DUE_AT = timestamp(Vars.DECISION_DUE_AT);
    public static final CaseVariable<Boolean> IMMEDIATE_PROTECTION_NEEDED = bool(Vars.IMMEDIATE_PROTECTION_NEEDED,
        "Barnet behöver omedelbart skydd");
    public static final CaseVariable<Date> IMMEDIATE_PROTECTION_DUE_AT = timestamp(Vars.IMMEDIATE_PROTECTION_DUE_AT);
    public static final CaseVariable<String> IMMEDIATE_PROTECTION_MEASURE = text(Vars.IMMEDIATE_PROTECTION_MEASURE,
        "Vidtagen skyddsåtgärd");
    public static final CaseVariable<Boolean> EXTEND_DECISION = bool(Vars.EXTEND_DECISION,
        "Förläng tiden för beslut (synnerliga skäl)");
    public static final CaseVariable<String> EXTENSION_REASON = text(Vars.EXTENSION_REASON,
        "Synnerliga skäl för förlängning");
    public static final CaseVariable<Boolean> OPEN_INVESTIGATION = bool(Vars.OPEN_INVESTIGATION, "Inled utredning");
    public static final CaseVariable<String> DECISION_REASONING = text(Vars.DECISION_REASONING, "Motivering");
    public static final CaseVariable<Boolean> INVESTIGATION_OPENED = bool(Vars.INVESTIGATION_OPENED);
    public static final CaseVariable<LocalDate> INVESTIGATION_DECISION_DATE = date(Vars.INVESTIGATION_DECISION_DATE);
    public static final CaseVariable<Date> HANDED_OVER_AT = timestamp(Vars.HANDED_OVER_AT);

    private Typed() {
    }
  }
}
