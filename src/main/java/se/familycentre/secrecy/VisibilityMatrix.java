package se.familycentre.secrecy;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.ContactDetails;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.CaseVariables;

/**
 * Who may read which variable of which process: the one visibility matrix. The engine's guards (under
 * {@code shared/engine}), the tests that try every door and the README's table all derive from it.
 *
 * <ul>
 *   <li>A <b>reader</b> group may read the variable in the instances its members can reach at all: the engine
 *       still decides that (the task's candidate group, the centre's tenant, the historic task grants), the
 *       matrix decides which variables of such an instance are shown. Runtime and history follow the same rows.</li>
 *   <li>Only <b>references</b> (the case number and the centre) may be used to search or sort by, by their readers
 *       and by {@code ledning} and {@code revision}; nobody searches by personal data, codes or free text.</li>
 *   <li>{@code ledning} and {@code revision} read no variable at all; administrators read everything.</li>
 *   <li>A variable that is not in the matrix may be read by administrators only.</li>
 * </ul>
 */
public final class VisibilityMatrix {

  /** What kind of value a variable holds; the last four are personal data and are written to the access log. */
  public enum Kind {
    REFERENCE("ärendereferens", false),
    CODE("kod", false),
    DATE("datum", false),
    NUMBER("tal", false),
    /** A text of the public decision trail (an investigation, a committee's reason): no family's data. */
    PUBLIC_TEXT("fritext, allmän handling", false),
    PERSONAL_IDENTITY("personnummer", true),
    CONTACT("kontaktuppgift", true),
    FREE_TEXT("fritext", true),
    CONSENT("samtycke", true);

    public final String swedishName;
    public final boolean personal;

    Kind(String swedishName, boolean personal) {
      this.swedishName = swedishName;
      this.personal = personal;
    }
  }

  /** A named set of groups that plays one part in a process (the Swedish name is shown in the README). */
  public record Role(String swedishName, Set<String> groups) {
    public Role {
      groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }
  }

  /** One row: the variable {@code name} of {@code process}, its kind, and the roles that may read it. */
  public record Variable(String process, String name, Kind kind, List<Role> readers) {
    public Set<String> readerGroups() {
      return readers.stream().flatMap(r -> r.groups().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean searchable() {
      return kind == Kind.REFERENCE;
    }
  }

  /**
   * The copies of the case reference and the centre's name that every user task carries as task variables (the
   * filter columns of Tasklist, see CaseOnTasksPlugin): whoever may read the task's own variables may read them, in
   * every process. They are no secret to anyone who sees the task: its name carries the same words.
   */
  public static final Set<String> TASK_COPIES = Set.of(CaseVariables.CASE_REFERENCE, CaseVariables.CENTRE_NAME);

  /** Groups that oversee (state, figures, diagrams) but never read a variable. */
  public static final Set<String> OVERSEERS = Set.of(Groups.LEDNING.id, Groups.REVISION.id);

  // ----- the parts people play
  public static final Role REFERRER = new Role("hänvisande verksamhet (den som startade ärendet)",
      groups(Groups.MVC, Groups.BVC, Groups.OPPEN_FORSKOLA, Groups.SOCIALTJANST_FOREBYGGANDE));
  public static final Role RECEIVER = new Role("mottagande verksamhet (när samtycket omfattar den)",
      groups(Groups.MVC, Groups.BVC, Groups.SOCIALTJANST_FOREBYGGANDE));
  public static final Role COORDINATOR = new Role("samordnare", groups(Groups.SAMORDNARE));
  public static final Role INTAKE = new Role("socialtjänstens mottagning", groups(Groups.SOCIALTJANST_MOTTAGNING));
  public static final Role ESTABLISHMENT_PARTIES = new Role("etableringens parter",
      groups(Groups.SAMORDNARE, Groups.KOMMUN_UTREDARE, Groups.NAMNDSEKRETERARE, Groups.REGION_HSF, Groups.MVC,
          Groups.BVC, Groups.OPPEN_FORSKOLA));

  private static final VisibilityMatrix MATRIX = new VisibilityMatrix(table());

  private final Map<String, Map<String, Variable>> byProcess;

  VisibilityMatrix(List<Variable> rows) {
    Map<String, Map<String, Variable>> map = new LinkedHashMap<>();
    for (Variable row : rows) {
      if (row.readerGroups().stream().anyMatch(OVERSEERS::contains)) {
        throw new IllegalArgumentException(row + ": ledning and revision read no variable");
      }
      Variable before = map.computeIfAbsent(row.process(), p -> new LinkedHashMap<>()).put(row.name(), row);
      if (before != null) {
        throw new IllegalArgumentException("Two rows for " + row.process() + "." + row.name());
      }
    }
    map.replaceAll((process, variables) -> Collections.unmodifiableMap(variables));
    this.byProcess = Collections.unmodifiableMap(map);
  }

  public static VisibilityMatrix get() {
    return MATRIX;
  }

  public Set<String> processes() {
    return byProcess.keySet();
  }

  public List<Variable> rows() {
    return byProcess.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  public Collection<Variable> rows(String process) {
    return byProcess.getOrDefault(process, Map.of()).values();
  }

  public Optional<Variable> variable(String process, String name) {
    return Optional.ofNullable(byProcess.getOrDefault(process, Map.of()).get(name));
  }

  /** Whether a member of {@code groups} may read the variable (in an instance the engine lets them reach). */
  public boolean mayRead(String process, String name, Collection<String> groups) {
    return variable(process, name).map(v -> intersects(v.readerGroups(), groups)).orElse(false);
  }

  /**
   * Whether a member of {@code groups} may search or sort by the variable's value: only references, only by their
   * readers, {@code ledning} and {@code revision}. With {@code process} null (a query across processes) the
   * variable must be such a reference in every process that has it (and exist in one), and the user a reader in
   * one of them: references carry no personal data, so a search across processes tells nothing more.
   */
  public boolean maySearch(String process, String name, Collection<String> groups) {
    List<Variable> rows = process == null
        ? byProcess.values().stream().map(m -> m.get(name)).filter(v -> v != null).toList()
        : variable(process, name).stream().toList();
    return !rows.isEmpty() && rows.stream().allMatch(Variable::searchable)
        && (intersects(OVERSEERS, groups) || rows.stream().anyMatch(v -> intersects(v.readerGroups(), groups)));
  }

  /** Whether the variable holds personal data (reads and changes of it go to the access log). */
  public boolean isPersonal(String process, String name) {
    return variable(process, name).map(v -> v.kind().personal).orElse(false);
  }

  /** Per process, the names a member of {@code groups} may read (processes with none are left out). */
  public Map<String, List<String>> readableNames(Collection<String> groups) {
    Map<String, List<String>> readable = new LinkedHashMap<>();
    byProcess.forEach((process, variables) -> {
      List<String> names = variables.values().stream().filter(v -> intersects(v.readerGroups(), groups))
          .map(Variable::name).toList();
      if (!names.isEmpty()) {
        readable.put(process, names);
      }
    });
    return readable;
  }

  private static boolean intersects(Collection<String> a, Collection<String> b) {
    if (b == null) {
      return false;
    }
    for (String x : b) {
      if (a.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> groups(Groups... groups) {
    return Arrays.stream(groups).map(g -> g.id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  // ----- the rows

  private static List<Variable> table() {
    Rows rows = new Rows();
    referral(rows);
    support(rows);
    contactDetails(rows);
    reportOfConcern(rows);
    escalation(rows);
    establishment(rows);
    return rows.list;
  }

  private static void referral(Rows rows) {
    String p = ReferralProcess.KEY;
    List<Role> referrer = List.of(REFERRER);
    List<Role> referrerAndCoordinator = List.of(REFERRER, COORDINATOR);
    rows.add(p, Kind.REFERENCE, referrerAndCoordinator, ReferralProcess.Vars.CASE_REFERENCE,
        ReferralProcess.Vars.CENTRE_ID, ReferralProcess.Vars.CENTRE_NAME);
    rows.add(p, Kind.CODE, referrerAndCoordinator, ReferralProcess.Vars.REFERRING_GROUP,
        ReferralProcess.Vars.AGE_BAND, ReferralProcess.Vars.CONCERNS, ReferralProcess.Vars.URGENCY,
        ReferralProcess.Vars.LOCAL_OFFERS, ReferralProcess.Vars.ROUTING_CANDIDATES, ReferralProcess.Vars.TARGET_SERVICE,
        ReferralProcess.Vars.TARGET_SERVICE_NAME, ReferralProcess.Vars.TARGET_GROUPS,
        ReferralProcess.Vars.ROUTE_OUTCOME, ReferralProcess.Vars.DECLINED_SERVICES,
        ReferralProcess.Vars.COORDINATOR_TARGET_SERVICE, ReferralProcess.Vars.WORK_OUTCOME,
        ReferralProcess.Vars.RECEIVER_ANSWER);
    rows.add(p, Kind.NUMBER, referrerAndCoordinator, ReferralProcess.Vars.DECLINE_COUNT,
        ReferralProcess.Vars.CHILD_AGE_MONTHS);
    rows.add(p, Kind.CODE, referrer, ReferralProcess.Vars.ACTIVITY, ReferralProcess.Vars.REFERRED_BY,
        ReferralProcess.Vars.REPORT_OF_CONCERN, ReferralProcess.Vars.VIOLENCE, ReferralProcess.Vars.CHILD_MUNICIPALITY,
        ReferralProcess.Vars.INVESTIGATION_OPENED, ReferralProcess.Vars.CONSENT_MISSING_FOR,
        ReferralProcess.Vars.OUTCOME, ReferralProcess.Vars.CONSENT_WITHDRAWN_BY);
    rows.add(p, Kind.DATE, referrer, ReferralProcess.Vars.INVESTIGATION_DECISION_DATE);
    rows.add(p, Kind.FREE_TEXT, referrer, ReferralProcess.Vars.DESCRIPTION, ReferralProcess.Vars.REPORT_TEXT);
    rows.add(p, Kind.PERSONAL_IDENTITY, referrer, ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    rows.add(p, Kind.CONSENT, referrer, ReferralProcess.Vars.CONSENT_GIVEN, ReferralProcess.Vars.CONSENT_ORGANISATIONS,
        ReferralProcess.Vars.CONSENT_SHARED_INFORMATION, ReferralProcess.Vars.CONSENT_PURPOSE,
        ReferralProcess.Vars.CONSENT_VALID_UNTIL, ReferralProcess.Vars.JOINT_CUSTODY,
        ReferralProcess.Vars.BOTH_GUARDIANS_CONSENTED);
  }

  private static void support(Rows rows) {
    String p = ReferralSupportProcess.KEY;
    List<Role> receiver = List.of(RECEIVER);
    rows.add(p, Kind.REFERENCE, receiver, ReferralSupportProcess.Vars.CASE_REFERENCE,
        ReferralSupportProcess.Vars.CENTRE_ID, ReferralSupportProcess.Vars.CENTRE_NAME);
    rows.add(p, Kind.CODE, receiver, ReferralSupportProcess.Vars.TARGET_SERVICE,
        ReferralSupportProcess.Vars.TARGET_SERVICE_NAME, ReferralSupportProcess.Vars.TARGET_GROUPS,
        ReferralSupportProcess.Vars.AGE_BAND, ReferralSupportProcess.Vars.CONCERNS, ReferralSupportProcess.Vars.URGENCY,
        ReferralSupportProcess.Vars.ACCEPTED, ReferralSupportProcess.Vars.RECEIVER_ANSWER,
        ReferralSupportProcess.Vars.WORK_OUTCOME);
    rows.add(p, Kind.DATE, receiver, ReferralSupportProcess.Vars.FIRST_CONTACT_DATE,
        ReferralSupportProcess.Vars.FOLLOW_UP_ON);
    rows.add(p, Kind.FREE_TEXT, receiver, ReferralSupportProcess.Vars.DESCRIPTION,
        ReferralSupportProcess.Vars.DECLINE_REASON, ReferralSupportProcess.Vars.SUPPORT_SUMMARY,
        ReferralSupportProcess.Vars.FOLLOW_UP_RESULT);
    rows.add(p, Kind.CONSENT, receiver, ReferralSupportProcess.Vars.CONSENT_ORGANISATIONS,
        ReferralSupportProcess.Vars.CONSENT_SHARED_INFORMATION, ReferralSupportProcess.Vars.CONSENT_PURPOSE,
        ReferralSupportProcess.Vars.CONSENT_VALID_UNTIL);
  }

  /**
   * The family's identity and contact details (issue 13 §1): in the referral for the referrer who recorded them
   * (the child's number has its row above, shared with the report of concern), and in the receiver's own process
   * for the receiver whom the consent covers (the call passes them only then); until the consent is withdrawn or
   * expires, when they are removed there ({@code referral/ContactDetailsSharing}).
   */
  private static void contactDetails(Rows rows) {
    rows.add(ReferralProcess.KEY, Kind.PERSONAL_IDENTITY, List.of(REFERRER),
        ContactDetails.Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, ContactDetails.Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER);
    rows.add(ReferralProcess.KEY, Kind.CONTACT, List.of(REFERRER), ContactDetails.Vars.CONTACT.toArray(String[]::new));
    rows.add(ReferralSupportProcess.KEY, Kind.PERSONAL_IDENTITY, List.of(RECEIVER),
        ContactDetails.Vars.IDENTITY.toArray(String[]::new));
    rows.add(ReferralSupportProcess.KEY, Kind.CONTACT, List.of(RECEIVER),
        ContactDetails.Vars.CONTACT.toArray(String[]::new));
  }

  private static void reportOfConcern(Rows rows) {
    String p = ReportOfConcernProcess.KEY;
    List<Role> intake = List.of(INTAKE);
    rows.add(p, Kind.REFERENCE, intake, ReportOfConcernProcess.Vars.CASE_REFERENCE,
        ReportOfConcernProcess.Vars.CENTRE_ID, ReportOfConcernProcess.Vars.CENTRE_NAME);
    rows.add(p, Kind.CODE, intake, ReportOfConcernProcess.Vars.REFERRING_GROUP, ReportOfConcernProcess.Vars.AGE_BAND,
        ReportOfConcernProcess.Vars.VIOLENCE, ReportOfConcernProcess.Vars.CHILD_MUNICIPALITY,
        ReportOfConcernProcess.Vars.IMMEDIATE_PROTECTION_NEEDED, ReportOfConcernProcess.Vars.EXTEND_DECISION,
        ReportOfConcernProcess.Vars.OPEN_INVESTIGATION, ReportOfConcernProcess.Vars.INVESTIGATION_OPENED);
    rows.add(p, Kind.DATE, intake, ReportOfConcernProcess.Vars.REPORT_RECEIVED_AT,
        ReportOfConcernProcess.Vars.PROTECTION_DUE_AT, ReportOfConcernProcess.Vars.DECISION_DUE_AT,
        ReportOfConcernProcess.Vars.IMMEDIATE_PROTECTION_DUE_AT,
        ReportOfConcernProcess.Vars.HANDED_OVER_AT, ReportOfConcernProcess.Vars.INVESTIGATION_DECISION_DATE);
    rows.add(p, Kind.PERSONAL_IDENTITY, intake, ReportOfConcernProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    rows.add(p, Kind.FREE_TEXT, intake, ReportOfConcernProcess.Vars.REPORT_TEXT,
        ReportOfConcernProcess.Vars.PROTECTION_ASSESSMENT, ReportOfConcernProcess.Vars.EXTENSION_REASON,
        ReportOfConcernProcess.Vars.IMMEDIATE_PROTECTION_MEASURE,
        ReportOfConcernProcess.Vars.DECISION_REASONING);
  }

  private static void escalation(Rows rows) {
    String p = EscalationProcess.KEY;
    List<Role> coordinator = List.of(COORDINATOR);
    rows.add(p, Kind.REFERENCE, coordinator, EscalationProcess.Vars.CASE_REFERENCE, EscalationProcess.Vars.CENTRE_ID,
        EscalationProcess.Vars.CENTRE_NAME);
    rows.add(p, Kind.CODE, coordinator, EscalationProcess.Vars.ESCALATION_KIND, EscalationProcess.Vars.ESCALATION_TEXT);
    rows.add(p, Kind.DATE, coordinator, EscalationProcess.Vars.MISSED_DUE_DATE);
    rows.add(p, Kind.FREE_TEXT, coordinator, EscalationProcess.Vars.ESCALATION_ACTION);
  }

  /**
   * Establishing a centre is a public decision trail without family data: every party of the establishment reads
   * all of it; its texts (the investigation, reasons) are public documents, not personal data, but are still kept
   * from ledning and revision like every variable.
   */
  private static void establishment(Rows rows) {
    String p = EstablishmentProcess.KEY;
    List<Role> parties = List.of(ESTABLISHMENT_PARTIES);
    rows.add(p, Kind.REFERENCE, parties, Vars.CASE_REFERENCE, Vars.CENTRE_ID, Vars.CENTRE_NAME);
    rows.add(p, Kind.PUBLIC_TEXT, parties, Vars.RAISED_BY, Vars.LOCATION, Vars.STAFFING, Vars.FAMILY_NEEDS,
        Vars.LOCAL_ACTORS, Vars.CONSEQUENCES_FOR_CHILDREN, Vars.ECONOMIC_CONSEQUENCES, Vars.FOLLOW_UP_ACTION,
        Vars.DECISION_REASON, Vars.NOT_ESTABLISHED_REASON, Vars.AGREEMENT_REASON, Vars.PREMISES, Vars.SESSION_NOTE,
        Vars.EVALUATION_NOTE, Vars.MATERNITY_CARE_ORGANISATION, Vars.CHILD_HEALTH_CARE_ORGANISATION,
        Vars.OPEN_PRESCHOOL_ORGANISATION, Vars.PREVENTIVE_SOCIAL_SERVICES_ORGANISATION, Vars.AGREEMENT_PROVIDER,
        Vars.MINUTE_REFERENCE);
    rows.add(p, Kind.DATE, parties, Vars.REPORT_BACK_DATE, Vars.DECISION_DATE, Vars.APPLICATION_DATE,
        Vars.AGREEMENT_FROM, Vars.LAUNCH_DATE);
    rows.add(p, Kind.NUMBER, parties, Vars.ESTIMATED_COSTS, Vars.DECISION_ROUND, Vars.FAMILIES_REACHED,
        Vars.BIRTHS_IN_AREA, Vars.FIRST_TIME_PARENTS_REACHED, Vars.JOINT_ACTIVITIES_PER_WEEK, Vars.VISITS_PER_ACTIVITY,
        Vars.REFERRALS_TO_TARGETED, Vars.PARENT_SURVEY_SCORE, "nrOfInstances", "nrOfActiveInstances",
        "nrOfCompletedInstances", "loopCounter");
    rows.add(p, Kind.CODE, parties, Vars.INITIATIVE_KIND, Vars.MUNICIPALITY, Vars.REGION, Vars.AREA,
        Vars.MATERNITY_CARE_PLANNED, Vars.CHILD_HEALTH_CARE_PLANNED, Vars.OPEN_PRESCHOOL_PLANNED,
        Vars.PREVENTIVE_SOCIAL_SERVICES_PLANNED, Vars.COMMITTEES, Vars.COMMITTEE, Vars.DECISION,
        Vars.COMMITTEE_OUTCOME, Vars.HOLDS_BASIC_CONTRACT, Vars.APPLICATION_COVERS_MATERNITY_CARE,
        Vars.APPLICATION_COVERS_CHILD_HEALTH_CARE, Vars.REQUIREMENT_BASIC_CONTRACT, Vars.REQUIREMENT_FOUR_LEGS,
        Vars.REQUIREMENT_CORE_LEGS, Vars.PLANNED_CLASSIFICATION, Vars.COMMITTEE_NAME,
        Vars.REQUIREMENT_TARGET_GROUP, Vars.REQUIREMENT_JOINT_NEEDS_ANALYSIS, Vars.CO_LOCATION_LEVEL,
        Vars.AGREEMENT_DECISION, Vars.MATERNITY_CARE_PRESENT, Vars.CHILD_HEALTH_CARE_PRESENT,
        Vars.OPEN_PRESCHOOL_PRESENT, Vars.PREVENTIVE_SOCIAL_SERVICES_PRESENT, Vars.SIMULTANEOUS_WEEKDAY,
        Vars.AGREEMENT_CHILD_RIGHTS, Vars.AGREEMENT_SIMULTANEOUS_OPENING, Vars.AGREEMENT_PARENTING_SUPPORT,
        Vars.AGREEMENT_PARTICIPATION, Vars.AGREEMENT_JOINT_EVALUATION, Vars.MATERNITY_CARE, Vars.CHILD_HEALTH_CARE,
        Vars.OPEN_PRESCHOOL, Vars.PREVENTIVE_SOCIAL_SERVICES, Vars.CLASSIFICATION, Vars.AFTER_CLASSIFICATION,
        Vars.SESSION_WEEKDAY, Vars.SESSION_FROM, Vars.SESSION_TO, Vars.EVALUATION_OUTCOME);
  }

  private static final class Rows {
    final List<Variable> list = new java.util.ArrayList<>();

    void add(String process, Kind kind, List<Role> readers, String... names) {
      Stream.of(names).forEach(name -> list.add(new Variable(process, name, kind, readers)));
    }
  }
}
