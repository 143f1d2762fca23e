package se.familycentre.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What the register holds and answers, as plain records (JSON in the REST API). */
public final class RegisterRecords {

  private RegisterRecords() {
  }

  /** A new centre as the initiative describes it. */
  public record NewCentre(String id, String name, String municipality, String regionId, String area,
      String initiativeKind, String raisedBy, LocalDate reportBackDate) {
  }

  /** One leg as planned by the initiative: who runs it and whether it is meant to take part. */
  public record LegPlan(Leg leg, String organisation, boolean planned) {
  }

  public record LegRow(Leg leg, String name, String organisation, boolean planned, boolean present) {
  }

  public record StatusChange(CentreStatus status, Instant changedAt, String reason, String caseReference,
      String changedBy) {
  }

  public record WeeklySession(String dayOfWeek, String timeFrom, String timeTo, List<Leg> legsPresent, String note) {
  }

  public record CommitteeDecision(String committee, int round, String decision, LocalDate decisionDate,
      String minuteReference, String reason, String recordedBy) {
  }

  public record Escalation(String kind, LocalDate dueDate, Instant raisedAt, String description,
      String caseReference) {
  }

  public record Agreement(String status, String provider, LocalDate from, String reason) {
  }

  public record Evaluation(Instant evaluatedAt, Integer familiesReached, Integer birthsInArea,
      Integer firstTimeParentsReached, Integer jointActivitiesPerWeek, Integer visitsPerActivity,
      Integer referralsToTargeted, Integer parentSurveyScore, String outcome, String note, String evaluatedBy) {
  }

  /** A centre as the list shows it. */
  public record Centre(String id, String name, String municipality, String regionId, String area,
      CentreStatus status, String classification, Integer coLocationLevel, String premises, LocalDate launchDate,
      Agreement agreement, List<LegRow> legs, List<WeeklySession> schedule) {
  }

  /** One centre with everything that happened to it. */
  public record CentreDetail(Centre centre, String initiativeKind, String raisedBy, LocalDate reportBackDate,
      List<StatusChange> statusHistory, List<CommitteeDecision> committeeDecisions, List<Escalation> escalations,
      List<Evaluation> evaluations) {
  }

  /**
   * Centres of one municipality counted by classification (centres not yet classified count as in progress); its
   * SCB code, and per district where the municipality works by districts (Stockholm, Göteborg, Malmö; else empty).
   */
  public record MunicipalityCoverage(String municipality, Map<String, Integer> centresByClassification,
      int activeCentres, String code, List<AreaCoverage> perArea) {
  }

  /** Active centres of one district (a centre counts where its area names the district). */
  public record AreaCoverage(String area, Map<String, Integer> centresByClassification, int activeCentres) {
  }

  /**
   * A region's coverage: the Skåne goal is at least one active centre per municipality; where a municipality works
   * by districts, also the districts without one ("Stockholm: Farsta").
   */
  public record Coverage(String regionId, String regionName, int municipalities, int municipalitiesWithCentre,
      List<MunicipalityCoverage> perMunicipality, List<String> municipalitiesWithoutCentre, String countyCode,
      int areas, List<String> areasWithoutCentre) {
  }

  /** A region of the reference list: its id (a slug), name, SCB county code and county, and how many municipalities. */
  public record Region(String id, String name, String countyCode, String countyName, int municipalities) {
  }

  /** A municipality of the reference list with its SCB code, region and districts (only where it has any). */
  public record Municipality(String code, String name, String region,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> areas) {
  }

  /** A centre that already runs, entered into the register as it is (see establishment/ExistingCentres). */
  public record ExistingCentre(String id, String name, String municipality, String regionId, String area,
      List<Leg> legsPresent, String classification, LocalDate startDate) {
  }
}
