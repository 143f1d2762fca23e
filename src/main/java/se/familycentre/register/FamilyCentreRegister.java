package se.familycentre.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import se.familycentre.register.RegisterRecords.Agreement;
import se.familycentre.register.RegisterRecords.AreaCoverage;
import se.familycentre.register.RegisterRecords.ExistingCentre;
import se.familycentre.register.RegisterRecords.Municipality;
import se.familycentre.register.RegisterRecords.Region;
import se.familycentre.register.RegisterRecords.Centre;
import se.familycentre.register.RegisterRecords.CentreDetail;
import se.familycentre.register.RegisterRecords.CommitteeDecision;
import se.familycentre.register.RegisterRecords.Coverage;
import se.familycentre.register.RegisterRecords.Escalation;
import se.familycentre.register.RegisterRecords.Evaluation;
import se.familycentre.register.RegisterRecords.LegPlan;
import se.familycentre.register.RegisterRecords.LegRow;
import se.familycentre.register.RegisterRecords.MunicipalityCoverage;
import se.familycentre.register.RegisterRecords.NewCentre;
import se.familycentre.register.RegisterRecords.StatusChange;
import se.familycentre.register.RegisterRecords.WeeklySession;
import se.familycentre.shared.engine.EngineClock;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * The family centre register: the only code that writes its tables (fc_centre and friends, see V10). It runs on the
 * engine's datasource and transaction, so when a process step fails, its register change is rolled back with it.
 * Who changed what is taken from the engine's current authentication ("system" for timers and demo data).
 */
@Service
public class FamilyCentreRegister {

  public static final String AGREEMENT_APPLIED = "APPLIED";
  public static final String AGREEMENT_GRANTED = "GRANTED";
  public static final String AGREEMENT_REJECTED = "REJECTED";
  /** Classifications that count as a centre in the coverage view (the DMN's outputs). */
  public static final List<String> COUNTED_CLASSIFICATIONS = List.of("FAMILY_CENTRE", "FAMILY_CENTRE_LIKE");

  private final JdbcTemplate jdbc;
  private final SignedInUser signedInUser;

  public FamilyCentreRegister(JdbcTemplate jdbc, SignedInUser signedInUser) {
    this.jdbc = jdbc;
    this.signedInUser = signedInUser;
  }

  // ---- reference data -------------------------------------------------------------------------------------------

  /** The region a municipality belongs to, if it is in the reference list. */
  public Optional<String> regionOf(String municipality) {
    return jdbc.query("SELECT region_id FROM fc_municipality WHERE name = ?",
        (rs, i) -> rs.getString(1), municipality).stream().findFirst();
  }

  public List<String> municipalities(String regionId) {
    return jdbc.queryForList("SELECT name FROM fc_municipality WHERE region_id = ? ORDER BY name", String.class,
        regionId);
  }

  /** All 290 municipalities with their SCB codes, regions and districts, by code. */
  public List<Municipality> allMunicipalities() {
    Map<String, List<String>> areas = areasByMunicipality();
    return jdbc.query("SELECT code, name, region_id FROM fc_municipality ORDER BY code", (rs, i) -> new Municipality(
        rs.getString("code"), rs.getString("name"), rs.getString("region_id"),
        areas.getOrDefault(rs.getString("name"), List.of())));
  }

  /** The municipality as the register spells it, found by its name or its SCB code (0180, 1401). */
  public Optional<Municipality> municipality(String nameOrCode) {
    return allMunicipalities().stream()
        .filter(m -> m.name().equals(nameOrCode) || m.code().equals(nameOrCode)).findFirst();
  }

  /** The districts (areas) of a municipality that works by districts, by name; empty for every other. */
  public List<String> areas(String municipality) {
    return jdbc.queryForList("SELECT name FROM fc_area WHERE municipality = ? ORDER BY name", String.class,
        municipality);
  }

  /** The 21 regions with their SCB county codes, by county code. */
  public List<Region> regions() {
    return jdbc.query("SELECT r.id, r.name, r.county_code, r.county_name, "
        + "(SELECT COUNT(*) FROM fc_municipality m WHERE m.region_id = r.id) AS n FROM fc_region r "
        + "ORDER BY r.county_code", (rs, i) -> new Region(rs.getString("id"), rs.getString("name"),
        rs.getString("county_code"), rs.getString("county_name"), rs.getInt("n")));
  }

  private Map<String, List<String>> areasByMunicipality() {
    Map<String, List<String>> areas = new LinkedHashMap<>();
    jdbc.query("SELECT municipality, name FROM fc_area ORDER BY municipality, name", rs -> {
      areas.computeIfAbsent(rs.getString("municipality"), m -> new ArrayList<>()).add(rs.getString("name"));
    });
    return areas;
  }

  public Optional<String> regionName(String regionId) {
    return jdbc.query("SELECT name FROM fc_region WHERE id = ?", (rs, i) -> rs.getString(1), regionId).stream()
        .findFirst();
  }

  // ---- writes ---------------------------------------------------------------------------------------------------

  public boolean exists(String centreId) {
    return count("SELECT COUNT(*) FROM fc_centre WHERE id = ?", centreId) > 0;
  }

  /** Registers a new centre with its planned legs, status INITIATED. */
  public void register(NewCentre centre, List<LegPlan> legs, String caseReference) {
    Timestamp now = now();
    jdbc.update("INSERT INTO fc_centre (id, name, municipality, region_id, area, initiative_kind, raised_by, "
            + "report_back_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        centre.id(), centre.name(), centre.municipality(), centre.regionId(), centre.area(),
        centre.initiativeKind(), centre.raisedBy(), date(centre.reportBackDate()), CentreStatus.INITIATED.name(),
        now, now);
    for (LegPlan leg : legs) {
      jdbc.update("INSERT INTO fc_centre_leg (centre_id, leg, organisation, planned, present) VALUES (?, ?, ?, ?, ?)",
          centre.id(), leg.leg().name(), leg.organisation(), leg.planned(), false);
    }
    history(centre.id(), CentreStatus.INITIATED, "Initiativ registrerat (" + centre.initiativeKind() + ")",
        caseReference);
  }

  /**
   * Enters a centre that already runs: ACTIVE since its start date, with its legs present (each also counted as
   * planned), its classification and a dated history row saying it was registered as it is.
   */
  public void registerExisting(ExistingCentre centre, String initiativeKind, String caseReference) {
    Timestamp now = now();
    jdbc.update("INSERT INTO fc_centre (id, name, municipality, region_id, area, initiative_kind, status, "
            + "classification, launch_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        centre.id(), centre.name(), centre.municipality(), centre.regionId(), centre.area(), initiativeKind,
        CentreStatus.ACTIVE.name(), centre.classification(), date(centre.startDate()), now, now);
    for (Leg leg : Leg.values()) {
      boolean present = centre.legsPresent().contains(leg);
      jdbc.update("INSERT INTO fc_centre_leg (centre_id, leg, organisation, planned, present) VALUES (?, ?, ?, ?, ?)",
          centre.id(), leg.name(), null, present, present);
    }
    history(centre.id(), CentreStatus.ACTIVE, "Befintlig verksamhet registrerad, i gång sedan " + centre.startDate()
        + " som " + centre.classification(), caseReference);
  }

  /** Changes the status and keeps the change in the history; the same status again changes nothing. */
  public void changeStatus(String centreId, CentreStatus status, String reason, String caseReference) {
    if (status(centreId) == status) {
      return;
    }
    jdbc.update("UPDATE fc_centre SET status = ?, updated_at = ? WHERE id = ?", status.name(), now(), centreId);
    history(centreId, status, reason, caseReference);
  }

  public void updateReportBackDate(String centreId, LocalDate reportBackDate) {
    jdbc.update("UPDATE fc_centre SET report_back_date = ?, updated_at = ? WHERE id = ?", date(reportBackDate),
        now(), centreId);
  }

  public void recordCommitteeDecision(String centreId, int round, String committee, String decision,
      LocalDate decisionDate, String minuteReference, String reason) {
    jdbc.update("INSERT INTO fc_committee_decision (centre_id, round_no, committee, decision, decision_date, "
            + "minute_reference, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        centreId, round, committee, decision, date(decisionDate), minuteReference, reason, currentUser(), now());
  }

  public void recordEscalation(String centreId, String kind, LocalDate dueDate, String description,
      String caseReference) {
    jdbc.update("INSERT INTO fc_escalation (centre_id, kind, due_date, raised_at, description, case_reference) "
        + "VALUES (?, ?, ?, ?, ?, ?)", centreId, kind, date(dueDate), now(), description, caseReference);
  }

  public void recordAgreement(String centreId, String agreementStatus, String provider, LocalDate from,
      Integer coLocationLevel, String reason) {
    jdbc.update("UPDATE fc_centre SET agreement_status = ?, agreement_provider = ?, agreement_from = ?, "
            + "agreement_reason = ?, co_location_level = COALESCE(?, co_location_level), updated_at = ? WHERE id = ?",
        agreementStatus, provider, date(from), reason, coLocationLevel, now(), centreId);
  }

  /** Premises and which legs are actually present at the centre. */
  public void recordCoLocation(String centreId, String premises, Map<Leg, Boolean> present) {
    jdbc.update("UPDATE fc_centre SET premises = ?, updated_at = ? WHERE id = ?", premises, now(), centreId);
    present.forEach((leg, isPresent) -> jdbc.update(
        "UPDATE fc_centre_leg SET present = ? WHERE centre_id = ? AND leg = ?", isPresent, centreId, leg.name()));
  }

  public void recordClassification(String centreId, String classification) {
    jdbc.update("UPDATE fc_centre SET classification = ?, updated_at = ? WHERE id = ?", classification, now(),
        centreId);
  }

  /** The centre opens (or, after a development round, reopens with a new schedule): ACTIVE. */
  public void activate(String centreId, LocalDate launchDate, String classification, WeeklySession session,
      String caseReference) {
    jdbc.update("UPDATE fc_centre SET launch_date = COALESCE(launch_date, ?), classification = ?, updated_at = ? "
        + "WHERE id = ?", date(launchDate), classification, now(), centreId);
    jdbc.update("DELETE FROM fc_weekly_session WHERE centre_id = ?", centreId);
    jdbc.update("INSERT INTO fc_weekly_session (centre_id, day_of_week, time_from, time_to, legs_present, note) "
            + "VALUES (?, ?, ?, ?, ?, ?)", centreId, session.dayOfWeek(), session.timeFrom(), session.timeTo(),
        String.join(",", session.legsPresent().stream().map(Leg::name).toList()), session.note());
    changeStatus(centreId, CentreStatus.ACTIVE, "Startad " + launchDate + " som " + classification, caseReference);
  }

  public void recordEvaluation(String centreId, Evaluation e) {
    jdbc.update("INSERT INTO fc_evaluation (centre_id, evaluated_at, families_reached, births_in_area, "
            + "first_time_parents_reached, joint_activities_per_week, visits_per_activity, referrals_to_targeted, "
            + "parent_survey_score, outcome, note, evaluated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        centreId, now(), e.familiesReached(), e.birthsInArea(), e.firstTimeParentsReached(),
        e.jointActivitiesPerWeek(), e.visitsPerActivity(), e.referralsToTargeted(), e.parentSurveyScore(),
        e.outcome(), e.note(), currentUser());
  }

  // ---- reads ----------------------------------------------------------------------------------------------------

  public CentreStatus status(String centreId) {
    List<String> s = jdbc.queryForList("SELECT status FROM fc_centre WHERE id = ?", String.class, centreId);
    return s.isEmpty() ? null : CentreStatus.valueOf(s.get(0));
  }

  public List<CommitteeDecision> committeeDecisions(String centreId, int round) {
    return jdbc.query("SELECT * FROM fc_committee_decision WHERE centre_id = ? AND round_no = ? ORDER BY id",
        (rs, i) -> committeeDecision(rs), centreId, round);
  }

  /** The date of the latest committee decision of the case (a launch may not come before it). */
  public Optional<LocalDate> lastCommitteeDecisionDate(String centreId) {
    Date d = jdbc.queryForObject("SELECT MAX(decision_date) FROM fc_committee_decision WHERE centre_id = ?",
        Date.class, centreId);
    return Optional.ofNullable(d).map(Date::toLocalDate);
  }

  public List<Escalation> escalations(String centreId) {
    return jdbc.query("SELECT * FROM fc_escalation WHERE centre_id = ? ORDER BY id", (rs, i) -> new Escalation(
        rs.getString("kind"), localDate(rs, "due_date"), rs.getTimestamp("raised_at").toInstant(),
        rs.getString("description"), rs.getString("case_reference")), centreId);
  }

  public List<LegRow> legs(String centreId) {
    List<LegRow> legs = jdbc.query("SELECT * FROM fc_centre_leg WHERE centre_id = ?", (rs, i) -> {
      Leg leg = Leg.valueOf(rs.getString("leg"));
      return new LegRow(leg, leg.swedishName, rs.getString("organisation"), rs.getBoolean("planned"),
          rs.getBoolean("present"));
    }, centreId);
    return legs.stream().sorted((a, b) -> a.leg().compareTo(b.leg())).toList();
  }

  public List<Centre> centres() {
    return jdbc.query("SELECT * FROM fc_centre ORDER BY region_id, municipality, id", (rs, i) -> centre(rs));
  }

  public Optional<Centre> centre(String centreId) {
    return jdbc.query("SELECT * FROM fc_centre WHERE id = ?", (rs, i) -> centre(rs), centreId).stream().findFirst();
  }

  /** The report-back date the register holds for the centre (moved when the investigation moves it). */
  public Optional<LocalDate> reportBackDate(String centreId) {
    return jdbc.query("SELECT report_back_date FROM fc_centre WHERE id = ?",
        (rs, i) -> Optional.ofNullable(localDate(rs, "report_back_date")), centreId).stream().findFirst()
        .flatMap(d -> d);
  }

  public Optional<CentreDetail> centreDetail(String centreId) {
    return jdbc.query("SELECT * FROM fc_centre WHERE id = ?", (rs, i) -> new CentreDetail(centre(rs),
        rs.getString("initiative_kind"), rs.getString("raised_by"), localDate(rs, "report_back_date"),
        statusHistory(centreId), jdbc.query("SELECT * FROM fc_committee_decision WHERE centre_id = ? ORDER BY id",
            (r, j) -> committeeDecision(r), centreId), escalations(centreId), evaluations(centreId)), centreId)
        .stream().findFirst();
  }

  public List<StatusChange> statusHistory(String centreId) {
    return jdbc.query("SELECT * FROM fc_centre_status WHERE centre_id = ? ORDER BY id", (rs, i) -> new StatusChange(
        CentreStatus.valueOf(rs.getString("status")), rs.getTimestamp("changed_at").toInstant(),
        rs.getString("reason"), rs.getString("case_reference"), rs.getString("changed_by")), centreId);
  }

  public List<Evaluation> evaluations(String centreId) {
    return jdbc.query("SELECT * FROM fc_evaluation WHERE centre_id = ? ORDER BY id", (rs, i) -> new Evaluation(
        rs.getTimestamp("evaluated_at").toInstant(), integer(rs, "families_reached"), integer(rs, "births_in_area"),
        integer(rs, "first_time_parents_reached"), integer(rs, "joint_activities_per_week"),
        integer(rs, "visits_per_activity"), integer(rs, "referrals_to_targeted"),
        integer(rs, "parent_survey_score"), rs.getString("outcome"), rs.getString("note"),
        rs.getString("evaluated_by")), centreId);
  }

  public List<WeeklySession> schedule(String centreId) {
    return jdbc.query("SELECT * FROM fc_weekly_session WHERE centre_id = ? ORDER BY id", (rs, i) ->
        new WeeklySession(rs.getString("day_of_week"), rs.getString("time_from"), rs.getString("time_to"),
            Arrays.stream(rs.getString("legs_present").split(",")).filter(s -> !s.isBlank()).map(Leg::valueOf)
                .toList(), rs.getString("note")), centreId);
  }

  /**
   * Coverage of a region: per municipality the active centres by classification, and the municipalities with no
   * active family centre or family-centre-like activity (Skåne's goal: at least one in every municipality).
   */
  public Optional<Coverage> coverage(String regionId) {
    Optional<Region> region = regions().stream().filter(r -> r.id().equals(regionId)).findFirst();
    if (region.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Integer>>> areaCounts = new LinkedHashMap<>();
    Map<String, List<String>> areas = areasByMunicipality();
    Map<String, String> codes = new LinkedHashMap<>();
    jdbc.query("SELECT name, code FROM fc_municipality WHERE region_id = ? ORDER BY name", rs -> {
      String municipality = rs.getString("name");
      codes.put(municipality, rs.getString("code"));
      counts.put(municipality, new LinkedHashMap<>());
      Map<String, Map<String, Integer>> perArea = new LinkedHashMap<>();
      areas.getOrDefault(municipality, List.of()).forEach(a -> perArea.put(a, new LinkedHashMap<>()));
      areaCounts.put(municipality, perArea);
    }, regionId);
    jdbc.query("SELECT municipality, area, classification, COUNT(*) AS n FROM fc_centre WHERE region_id = ? "
            + "AND status = ? AND classification IS NOT NULL GROUP BY municipality, area, classification", rs -> {
              String municipality = rs.getString("municipality");
              String classification = rs.getString("classification");
              int n = rs.getInt("n");
              counts.get(municipality).merge(classification, n, Integer::sum);
              Map<String, Integer> area = areaCounts.get(municipality).get(rs.getString("area"));
              if (area != null) {
                area.merge(classification, n, Integer::sum);
              }
            }, regionId, CentreStatus.ACTIVE.name());
    List<MunicipalityCoverage> per = new ArrayList<>();
    List<String> without = new ArrayList<>();
    List<String> areasWithout = new ArrayList<>();
    counts.forEach((municipality, byClass) -> {
      List<AreaCoverage> perArea = new ArrayList<>();
      areaCounts.get(municipality).forEach((area, byAreaClass) -> {
        int counted = counted(byAreaClass);
        perArea.add(new AreaCoverage(area, byAreaClass, counted));
        if (counted == 0) {
          areasWithout.add(municipality + ": " + area);
        }
      });
      int counted = counted(byClass);
      per.add(new MunicipalityCoverage(municipality, byClass, counted, codes.get(municipality), perArea));
      if (counted == 0) {
        without.add(municipality);
      }
    });
    int areaCount = areaCounts.values().stream().mapToInt(Map::size).sum();
    return Optional.of(new Coverage(regionId, region.get().name(), counts.size(), counts.size() - without.size(),
        per, without, region.get().countyCode(), areaCount, areasWithout));
  }

  private static int counted(Map<String, Integer> byClassification) {
    return COUNTED_CLASSIFICATIONS.stream().mapToInt(c -> byClassification.getOrDefault(c, 0)).sum();
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private Centre centre(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Agreement agreement = rs.getString("agreement_status") == null ? null : new Agreement(
        rs.getString("agreement_status"), rs.getString("agreement_provider"), localDate(rs, "agreement_from"),
        rs.getString("agreement_reason"));
    return new Centre(id, rs.getString("name"), rs.getString("municipality"), rs.getString("region_id"),
        rs.getString("area"), CentreStatus.valueOf(rs.getString("status")), rs.getString("classification"),
        integer(rs, "co_location_level"), rs.getString("premises"), localDate(rs, "launch_date"), agreement, legs(id),
        schedule(id));
  }

  private static CommitteeDecision committeeDecision(ResultSet rs) throws SQLException {
    return new CommitteeDecision(rs.getString("committee"), rs.getInt("round_no"), rs.getString("decision"),
        localDate(rs, "decision_date"), rs.getString("minute_reference"), rs.getString("reason"),
        rs.getString("recorded_by"));
  }

  private void history(String centreId, CentreStatus status, String reason, String caseReference) {
    jdbc.update("INSERT INTO fc_centre_status (centre_id, status, changed_at, reason, case_reference, changed_by) "
        + "VALUES (?, ?, ?, ?, ?, ?)", centreId, status.name(), now(), reason, caseReference, currentUser());
  }

  private String currentUser() {
    return signedInUser.current().map(Caller::userId).orElse("system");
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  /** Engine time, so that register timestamps and the engine's history agree (and tests can move the clock). */
  private static Timestamp now() {
    return Timestamp.from(EngineClock.now());
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
