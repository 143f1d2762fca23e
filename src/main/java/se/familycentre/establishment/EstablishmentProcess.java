package se.familycentre.establishment;

import static se.familycentre.shared.CaseVariable.bool;
import static se.familycentre.shared.CaseVariable.date;
import static se.familycentre.shared.CaseVariable.integer;
import static se.familycentre.shared.CaseVariable.list;
import static se.familycentre.shared.CaseVariable.text;

import java.time.LocalDate;
import java.util.List;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.CaseVariables;

/**
 * Everything that names something in familyCentreEstablishment.bpmn, in the shape every process's names have: the
 * process key (and the decision it calls), then {@link Ids} (element ids tests and code need), {@link Errors} (BPMN
 * error codes), {@link Vars} (variable names; form field keys equal them), {@link Typed} (the variables our code reads
 * and writes, with their types and the forms' labels) and {@link Values} (values of variables).
 */
public final class EstablishmentProcess {

  private EstablishmentProcess() {
  }

  public static final String KEY = "familyCentreEstablishmentProcess";
  /** The classification decision table the model calls. */
  public static final String DECISION_CLASSIFICATION = "familyCentreClassification";

  /** Element ids. */
  public static final class Ids {
    public static final String START = "startEvent_initiative";
    public static final String REGISTER_CENTRE = "serviceTask_registerCentre";
    public static final String MUNICIPAL_DECISION = "subProcess_municipalDecision";
    public static final String INVESTIGATE = "userTask_investigate";
    public static final String REPORT_BACK_OVERDUE = "timer_reportBackOverdue";
    public static final String REPORT_BACK_DATE_CHANGED = "boundaryEvent_reportBackDateChanged";
    public static final String MOVE_REPORT_BACK_DATE = "serviceTask_moveReportBackDate";
    public static final String REPORT_BACK_DATE_MOVED = "endEvent_reportBackDateMoved";
    public static final String RECORD_ESCALATION = "serviceTask_recordEscalation";
    public static final String FOLLOW_UP_OVERDUE = "userTask_followUpOverdueInvestigation";
    public static final String RECORD_COMMITTEE_DECISION = "userTask_recordCommitteeDecision";
    public static final String CONCLUDE_COMMITTEE_DECISIONS = "serviceTask_concludeCommitteeDecisions";
    public static final String COMMITTEE_REJECTED = "endEvent_committeeRejected";
    public static final String NOT_ESTABLISHED_BOUNDARY = "error_notEstablished";
    public static final String MARK_NOT_ESTABLISHED = "serviceTask_markNotEstablished";
    public static final String END_NOT_ESTABLISHED = "endEvent_notEstablished";
    public static final String SUPPLEMENTARY_AGREEMENT = "subProcess_supplementaryAgreement";
    public static final String APPLY_FOR_AGREEMENT = "userTask_applyForSupplementaryAgreement";
    public static final String CLASSIFY_PLANNED_CENTRE = "businessRuleTask_classifyPlannedCentre";
    public static final String ASSESS_AGREEMENT = "userTask_assessSupplementaryAgreement";
    public static final String RECORD_AGREEMENT = "serviceTask_recordAgreement";
    public static final String ARRANGE_CO_LOCATION = "userTask_arrangeCoLocation";
    public static final String RECORD_CO_LOCATION = "serviceTask_recordCoLocation";
    public static final String CLASSIFY_CENTRE = "businessRuleTask_classifyCentre";
    public static final String DECIDE_AFTER_CLASSIFICATION = "userTask_decideAfterClassification";
    public static final String END_AS_NOT_ESTABLISHED = "serviceTask_endAsNotEstablished";
    public static final String END_NOT_A_CENTRE = "endEvent_notAFamilyCentre";
    public static final String LAUNCH_CENTRE = "userTask_launchCentre";
    public static final String ACTIVATE_CENTRE = "serviceTask_activateCentre";
    public static final String EVALUATION_DUE = "timer_evaluationDue";
    public static final String EVALUATE_CENTRE = "userTask_evaluateCentre";
    public static final String RECORD_EVALUATION = "serviceTask_recordEvaluation";
    public static final String CLOSE_CENTRE = "serviceTask_closeCentre";
    public static final String END_CLOSED = "endEvent_closed";

    private Ids() {
    }
  }

  /** BPMN error codes. */
  public static final class Errors {
    /** Thrown when a committee rejects: the case ends as not established. */
    public static final String NOT_ESTABLISHED = "NOT_ESTABLISHED";

    private Errors() {
    }
  }

  /** Variables (form field keys). */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String CENTRE_ID = CaseVariables.CENTRE_ID;
    public static final String CENTRE_NAME = CaseVariables.CENTRE_NAME;

    // initiative (start form)
    public static final String INITIATIVE_KIND = "initiativeKind";
    public static final String MUNICIPALITY = "municipality";
    public static final String REGION = "region";
    public static final String AREA = "area";
    public static final String RAISED_BY = "raisedBy";
    public static final String REPORT_BACK_DATE = "reportBackDate";
    public static final String MATERNITY_CARE_PLANNED = "maternityCarePlanned";
    public static final String MATERNITY_CARE_ORGANISATION = "maternityCareOrganisation";
    public static final String CHILD_HEALTH_CARE_PLANNED = "childHealthCarePlanned";
    public static final String CHILD_HEALTH_CARE_ORGANISATION = "childHealthCareOrganisation";
    public static final String OPEN_PRESCHOOL_PLANNED = "openPreschoolPlanned";
    public static final String OPEN_PRESCHOOL_ORGANISATION = "openPreschoolOrganisation";
    public static final String PREVENTIVE_SOCIAL_SERVICES_PLANNED = "preventiveSocialServicesPlanned";
    public static final String PREVENTIVE_SOCIAL_SERVICES_ORGANISATION = "preventiveSocialServicesOrganisation";

    // investigation
    public static final String ESTIMATED_COSTS = "estimatedCosts";
    public static final String LOCATION = "location";
    public static final String STAFFING = "staffing";
    public static final String FAMILY_NEEDS = "familyNeeds";
    public static final String LOCAL_ACTORS = "localActors";
    public static final String CONSEQUENCES_FOR_CHILDREN = "consequencesForChildren";
    public static final String ECONOMIC_CONSEQUENCES = "economicConsequences";
    public static final String COMMITTEES = "committees";
    public static final String FOLLOW_UP_ACTION = "followUpAction";

    // committee decisions (decision fields are local to each multi-instance task)
    public static final String DECISION_ROUND = "decisionRound";
    public static final String COMMITTEE = "committee";
    /** The committee's Swedish name, local to its decision task (the task's name names it). */
    public static final String COMMITTEE_NAME = "committeeName";
    public static final String DECISION = "decision";
    public static final String DECISION_DATE = "decisionDate";
    public static final String MINUTE_REFERENCE = "minuteReference";
    public static final String DECISION_REASON = "decisionReason";
    public static final String COMMITTEE_OUTCOME = "committeeOutcome";
    public static final String NOT_ESTABLISHED_REASON = "notEstablishedReason";

    // supplementary agreement
    public static final String AGREEMENT_PROVIDER = "agreementProvider";
    public static final String HOLDS_BASIC_CONTRACT = "holdsBasicContract";
    public static final String APPLICATION_COVERS_MATERNITY_CARE = "applicationCoversMaternityCare";
    public static final String APPLICATION_COVERS_CHILD_HEALTH_CARE = "applicationCoversChildHealthCare";
    public static final String APPLICATION_DATE = "applicationDate";
    public static final String REQUIREMENT_BASIC_CONTRACT = "requirementBasicContract";
    public static final String REQUIREMENT_FOUR_LEGS = "requirementFourLegs";
    /** A family-centre-like activity's requirement: child health care and open preschool are among its legs. */
    public static final String REQUIREMENT_CORE_LEGS = "requirementCoreLegs";
    /** The classification of the legs the initiative plans (the same decision table), for the region's test. */
    public static final String PLANNED_CLASSIFICATION = "plannedClassification";
    public static final String REQUIREMENT_TARGET_GROUP = "requirementTargetGroup";
    public static final String REQUIREMENT_JOINT_NEEDS_ANALYSIS = "requirementJointNeedsAnalysis";
    public static final String CO_LOCATION_LEVEL = "coLocationLevel";
    public static final String AGREEMENT_DECISION = "agreementDecision";
    public static final String AGREEMENT_FROM = "agreementFrom";
    public static final String AGREEMENT_REASON = "agreementReason";

    // co-location and local collaboration agreement
    public static final String PREMISES = "premises";
    public static final String MATERNITY_CARE_PRESENT = "maternityCarePresent";
    public static final String CHILD_HEALTH_CARE_PRESENT = "childHealthCarePresent";
    public static final String OPEN_PRESCHOOL_PRESENT = "openPreschoolPresent";
    public static final String PREVENTIVE_SOCIAL_SERVICES_PRESENT = "preventiveSocialServicesPresent";
    public static final String SIMULTANEOUS_WEEKDAY = "simultaneousWeekday";
    public static final String AGREEMENT_CHILD_RIGHTS = "agreementChildRights";
    public static final String AGREEMENT_SIMULTANEOUS_OPENING = "agreementSimultaneousOpening";
    public static final String AGREEMENT_PARENTING_SUPPORT = "agreementParentingSupport";
    public static final String AGREEMENT_PARTICIPATION = "agreementParticipation";
    public static final String AGREEMENT_JOINT_EVALUATION = "agreementJointEvaluation";

    // classification (DMN inputs and output, names fixed by design.md)
    public static final String MATERNITY_CARE = "maternityCare";
    public static final String CHILD_HEALTH_CARE = "childHealthCare";
    public static final String OPEN_PRESCHOOL = "openPreschool";
    public static final String PREVENTIVE_SOCIAL_SERVICES = "preventiveSocialServices";
    public static final String CLASSIFICATION = "classification";
    public static final String AFTER_CLASSIFICATION = "afterClassification";

    // launch
    public static final String LAUNCH_DATE = "launchDate";
    public static final String SESSION_WEEKDAY = "sessionWeekday";
    public static final String SESSION_FROM = "sessionFrom";
    public static final String SESSION_TO = "sessionTo";
    public static final String SESSION_NOTE = "sessionNote";

    // evaluation
    public static final String FAMILIES_REACHED = "familiesReached";
    public static final String BIRTHS_IN_AREA = "birthsInArea";
    public static final String FIRST_TIME_PARENTS_REACHED = "firstTimeParentsReached";
    public static final String JOINT_ACTIVITIES_PER_WEEK = "jointActivitiesPerWeek";
    public static final String VISITS_PER_ACTIVITY = "visitsPerActivity";
    public static final String REFERRALS_TO_TARGETED = "referralsToTargeted";
    public static final String PARENT_SURVEY_SCORE = "parentSurveyScore";
    public static final String EVALUATION_NOTE = "evaluationNote";
    public static final String EVALUATION_OUTCOME = "evaluationOutcome";

    private Vars() {
    }
  }

  /** The variables our code reads and writes, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<String> CENTRE_ID = text(Vars.CENTRE_ID, "Familjecentralens id");
    public static final CaseVariable<String> CENTRE_NAME = text(Vars.CENTRE_NAME, "Familjecentralens namn");

    // initiative (start form)
    public static final CaseVariable<String> INITIATIVE_KIND = text(Vars.INITIATIVE_KIND, "Typ av initiativ");
    public static final CaseVariable<String> MUNICIPALITY = text(Vars.MUNICIPALITY, "Kommun");
    public static final CaseVariable<String> REGION = text(Vars.REGION, "Region");
    public static final CaseVariable<String> AREA = text(Vars.AREA, "Område");
    public static final CaseVariable<String> RAISED_BY = text(Vars.RAISED_BY, "Väckt av");
    public static final CaseVariable<LocalDate> REPORT_BACK_DATE = date(Vars.REPORT_BACK_DATE, "Återredovisas senast");
    public static final CaseVariable<Boolean> MATERNITY_CARE_PLANNED = bool(Vars.MATERNITY_CARE_PLANNED,
        "Mödrahälsovård (BMM) ingår");
    public static final CaseVariable<String> MATERNITY_CARE_ORGANISATION = text(Vars.MATERNITY_CARE_ORGANISATION,
        "Vårdgivare, mödrahälsovård");
    public static final CaseVariable<Boolean> CHILD_HEALTH_CARE_PLANNED = bool(Vars.CHILD_HEALTH_CARE_PLANNED,
        "Barnhälsovård (BVC) ingår");
    public static final CaseVariable<String> CHILD_HEALTH_CARE_ORGANISATION = text(
        Vars.CHILD_HEALTH_CARE_ORGANISATION, "Vårdgivare, barnhälsovård");
    public static final CaseVariable<Boolean> OPEN_PRESCHOOL_PLANNED = bool(Vars.OPEN_PRESCHOOL_PLANNED,
        "Öppen förskola ingår");
    public static final CaseVariable<String> OPEN_PRESCHOOL_ORGANISATION = text(Vars.OPEN_PRESCHOOL_ORGANISATION,
        "Huvudman, öppen förskola");
    public static final CaseVariable<Boolean> PREVENTIVE_SOCIAL_SERVICES_PLANNED = bool(
        Vars.PREVENTIVE_SOCIAL_SERVICES_PLANNED, "Förebyggande socialtjänst ingår");
    public static final CaseVariable<String> PREVENTIVE_SOCIAL_SERVICES_ORGANISATION = text(
        Vars.PREVENTIVE_SOCIAL_SERVICES_ORGANISATION, "Huvudman, förebyggande socialtjänst");

    // investigation
    public static final CaseVariable<Integer> ESTIMATED_COSTS = integer(Vars.ESTIMATED_COSTS,
        "Beräknade kostnader per år (kr)");
    public static final CaseVariable<String> LOCATION = text(Vars.LOCATION, "Lokalisering och lokaler");
    public static final CaseVariable<String> STAFFING = text(Vars.STAFFING, "Bemanning");
    public static final CaseVariable<String> FAMILY_NEEDS = text(Vars.FAMILY_NEEDS, "Familjernas behov i området");
    public static final CaseVariable<String> LOCAL_ACTORS = text(Vars.LOCAL_ACTORS, "Lokala aktörer");
    public static final CaseVariable<String> CONSEQUENCES_FOR_CHILDREN = text(Vars.CONSEQUENCES_FOR_CHILDREN,
        "Konsekvenser för barn (barnkonsekvensanalys)");
    public static final CaseVariable<String> ECONOMIC_CONSEQUENCES = text(Vars.ECONOMIC_CONSEQUENCES,
        "Ekonomiska konsekvenser");
    public static final CaseVariable<List<String>> COMMITTEES = list(Vars.COMMITTEES, "Nämnder som ska besluta");
    public static final CaseVariable<String> FOLLOW_UP_ACTION = text(Vars.FOLLOW_UP_ACTION, "Åtgärd");

    // committee decisions
    public static final CaseVariable<Integer> DECISION_ROUND = integer(Vars.DECISION_ROUND);
    public static final CaseVariable<String> COMMITTEE = text(Vars.COMMITTEE, "Nämnd");
    public static final CaseVariable<String> COMMITTEE_NAME = text(Vars.COMMITTEE_NAME, "Nämnd");
    public static final CaseVariable<String> DECISION = text(Vars.DECISION, "Beslut");
    public static final CaseVariable<LocalDate> DECISION_DATE = date(Vars.DECISION_DATE, "Beslutsdatum");
    public static final CaseVariable<String> MINUTE_REFERENCE = text(Vars.MINUTE_REFERENCE, "Protokollsparagraf");
    public static final CaseVariable<String> DECISION_REASON = text(Vars.DECISION_REASON, "Skäl");
    public static final CaseVariable<String> NOT_ESTABLISHED_REASON = text(Vars.NOT_ESTABLISHED_REASON,
        "Skäl till att ärendet avslutas");

    // supplementary agreement
    public static final CaseVariable<String> AGREEMENT_PROVIDER = text(Vars.AGREEMENT_PROVIDER, "Vårdgivare");
    public static final CaseVariable<Boolean> HOLDS_BASIC_CONTRACT = bool(Vars.HOLDS_BASIC_CONTRACT,
        "Vårdgivaren har grundavtal för BMM/BVC");
    public static final CaseVariable<Boolean> APPLICATION_COVERS_MATERNITY_CARE = bool(
        Vars.APPLICATION_COVERS_MATERNITY_CARE, "Ansökan gäller mödrahälsovård (BMM)");
    public static final CaseVariable<Boolean> APPLICATION_COVERS_CHILD_HEALTH_CARE = bool(
        Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, "Ansökan gäller barnhälsovård (BVC)");
    public static final CaseVariable<LocalDate> APPLICATION_DATE = date(Vars.APPLICATION_DATE, "Ansökningsdatum");
    public static final CaseVariable<Boolean> REQUIREMENT_BASIC_CONTRACT = bool(Vars.REQUIREMENT_BASIC_CONTRACT,
        "Grundavtal för BMM/BVC finns");
    public static final CaseVariable<Boolean> REQUIREMENT_FOUR_LEGS = bool(Vars.REQUIREMENT_FOUR_LEGS,
        "Alla fyra verksamheter ingår");
    public static final CaseVariable<Boolean> REQUIREMENT_CORE_LEGS = bool(Vars.REQUIREMENT_CORE_LEGS,
        "Barnhälsovård och öppen förskola ingår");
    public static final CaseVariable<String> PLANNED_CLASSIFICATION = text(Vars.PLANNED_CLASSIFICATION,
        "Planerad verksamhet");
    public static final CaseVariable<Boolean> REQUIREMENT_TARGET_GROUP = bool(Vars.REQUIREMENT_TARGET_GROUP,
        "Målgruppen är blivande föräldrar och barn 0–5/0–6 år med föräldrar");
    public static final CaseVariable<Boolean> REQUIREMENT_JOINT_NEEDS_ANALYSIS = bool(
        Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS, "Gemensam behovsanalys finns");
    public static final CaseVariable<Integer> CO_LOCATION_LEVEL = integer(Vars.CO_LOCATION_LEVEL,
        "Grad av samlokalisering");
    public static final CaseVariable<String> AGREEMENT_DECISION = text(Vars.AGREEMENT_DECISION, "Beslut");
    public static final CaseVariable<LocalDate> AGREEMENT_FROM = date(Vars.AGREEMENT_FROM, "Avtalet gäller från");
    public static final CaseVariable<String> AGREEMENT_REASON = text(Vars.AGREEMENT_REASON, "Skäl till avslag");

    // co-location and local collaboration agreement
    public static final CaseVariable<String> PREMISES = text(Vars.PREMISES, "Lokaler");
    public static final CaseVariable<Boolean> MATERNITY_CARE_PRESENT = bool(Vars.MATERNITY_CARE_PRESENT,
        "Mödrahälsovård finns på plats");
    public static final CaseVariable<Boolean> CHILD_HEALTH_CARE_PRESENT = bool(Vars.CHILD_HEALTH_CARE_PRESENT,
        "Barnhälsovård finns på plats");
    public static final CaseVariable<Boolean> OPEN_PRESCHOOL_PRESENT = bool(Vars.OPEN_PRESCHOOL_PRESENT,
        "Öppen förskola finns på plats");
    public static final CaseVariable<Boolean> PREVENTIVE_SOCIAL_SERVICES_PRESENT = bool(
        Vars.PREVENTIVE_SOCIAL_SERVICES_PRESENT, "Förebyggande socialtjänst finns på plats");
    public static final CaseVariable<String> SIMULTANEOUS_WEEKDAY = text(Vars.SIMULTANEOUS_WEEKDAY,
        "Veckodag då alla finns på plats samtidigt");
    public static final CaseVariable<Boolean> AGREEMENT_CHILD_RIGHTS = bool(Vars.AGREEMENT_CHILD_RIGHTS,
        "Barnets rättigheter");
    public static final CaseVariable<Boolean> AGREEMENT_SIMULTANEOUS_OPENING = bool(
        Vars.AGREEMENT_SIMULTANEOUS_OPENING, "Samtidighet per vecka");
    public static final CaseVariable<Boolean> AGREEMENT_PARENTING_SUPPORT = bool(Vars.AGREEMENT_PARENTING_SUPPORT,
        "Gemensamt föräldrastöd");
    public static final CaseVariable<Boolean> AGREEMENT_PARTICIPATION = bool(Vars.AGREEMENT_PARTICIPATION,
        "Delaktighets- och inflytandearbete");
    public static final CaseVariable<Boolean> AGREEMENT_JOINT_EVALUATION = bool(Vars.AGREEMENT_JOINT_EVALUATION,
        "Gemensam utvärdering av samverkan");

    // classification (the decision's inputs, set by the co-location step, and its output)
    public static final CaseVariable<Boolean> MATERNITY_CARE = bool(Vars.MATERNITY_CARE);
    public static final CaseVariable<Boolean> CHILD_HEALTH_CARE = bool(Vars.CHILD_HEALTH_CARE);
    public static final CaseVariable<Boolean> OPEN_PRESCHOOL = bool(Vars.OPEN_PRESCHOOL);
    public static final CaseVariable<Boolean> PREVENTIVE_SOCIAL_SERVICES = bool(Vars.PREVENTIVE_SOCIAL_SERVICES);
    public static final CaseVariable<String> CLASSIFICATION = text(Vars.CLASSIFICATION, "Klassning");
    public static final CaseVariable<String> AFTER_CLASSIFICATION = text(Vars.AFTER_CLASSIFICATION,
        "Hur går ärendet vidare");

    // launch
    public static final CaseVariable<LocalDate> LAUNCH_DATE = date(Vars.LAUNCH_DATE, "Startdatum");
    public static final CaseVariable<String> SESSION_WEEKDAY = text(Vars.SESSION_WEEKDAY, "Veckodag");
    public static final CaseVariable<String> SESSION_FROM = text(Vars.SESSION_FROM, "Från klockan");
    public static final CaseVariable<String> SESSION_TO = text(Vars.SESSION_TO, "Till klockan");
    public static final CaseVariable<String> SESSION_NOTE = text(Vars.SESSION_NOTE, "Om passet");

    // evaluation
    public static final CaseVariable<Integer> FAMILIES_REACHED = integer(Vars.FAMILIES_REACHED, "Nådda familjer");
    public static final CaseVariable<Integer> BIRTHS_IN_AREA = integer(Vars.BIRTHS_IN_AREA, "Födda i området");
    public static final CaseVariable<Integer> FIRST_TIME_PARENTS_REACHED = integer(Vars.FIRST_TIME_PARENTS_REACHED,
        "Nådda förstagångsföräldrar");
    public static final CaseVariable<Integer> JOINT_ACTIVITIES_PER_WEEK = integer(Vars.JOINT_ACTIVITIES_PER_WEEK,
        "Gemensamma aktiviteter per vecka");
    public static final CaseVariable<Integer> VISITS_PER_ACTIVITY = integer(Vars.VISITS_PER_ACTIVITY,
        "Besök per aktivitet (genomsnitt)");
    public static final CaseVariable<Integer> REFERRALS_TO_TARGETED = integer(Vars.REFERRALS_TO_TARGETED,
        "Hänvisningar till riktat stöd");
    public static final CaseVariable<Integer> PARENT_SURVEY_SCORE = integer(Vars.PARENT_SURVEY_SCORE,
        "Föräldraenkät: andel nöjda (%)");
    public static final CaseVariable<String> EVALUATION_NOTE = text(Vars.EVALUATION_NOTE, "Sammanfattning");
    public static final CaseVariable<String> EVALUATION_OUTCOME = text(Vars.EVALUATION_OUTCOME, "Utfall");

    private Typed() {
    }
  }

  /** Answer values used in conditions and forms. */
  public static final class Values {
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String RETURN = "RETURN";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String RETURNED = "RETURNED";
    public static final String GRANT = "GRANT";
    public static final String FAMILY_CENTRE = "FAMILY_CENTRE";
    public static final String FAMILY_CENTRE_LIKE = "FAMILY_CENTRE_LIKE";
    public static final String NOT_A_FAMILY_CENTRE = "NOT_A_FAMILY_CENTRE";
    public static final String BACK_TO_CO_LOCATION = "BACK_TO_CO_LOCATION";
    public static final String END_CASE = "END_CASE";
    public static final String CONTINUE = "CONTINUE";
    public static final String DEVELOP = "DEVELOP";
    public static final String CLOSE = "CLOSE";
    /** The escalation kind the register records when the report-back date has passed. */
    public static final String ESCALATION_REPORT_BACK_OVERDUE = "REPORT_BACK_OVERDUE";

    private Values() {
    }
  }
}
