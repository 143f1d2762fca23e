package se.familycentre.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.ReferralFigures.OfferAnswer;
import se.familycentre.referral.ReferralFigures.ReferralPath;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * Follow-up figures of the referral path, aggregated, without personal data:
 * {@code GET /api/referral/figures?centre=&from=&to=} (dates yyyy-MM-dd, Swedish time; default: this year).
 * Referrals by source → target service, accepted/declined, median days to first contact, consent withheld/withdrawn,
 * reports of concern and the share assessed within the deadline, breaches of deadlines.
 * Who may read: management, audit, coordinators and admins for every centre; staff for their own centre only.
 */
@RestController
public class ReferralFiguresController {

  private static final List<String> OVERSEEING = List.of(Groups.LEDNING.id, Groups.REVISION.id,
      Groups.SAMORDNARE.id, Groups.CAMUNDA_ADMIN.id);

  private final NamedParameterJdbcTemplate jdbc;
  private final SignedInUser signedInUser;

  public ReferralFiguresController(NamedParameterJdbcTemplate jdbc, SignedInUser signedInUser) {
    this.jdbc = jdbc;
    this.signedInUser = signedInUser;
  }

  public record Flow(String sourceGroup, String targetService, long offered, long accepted, long declined) {
  }

  public record Figures(String centre, LocalDate from, LocalDate to, long referrals, long voluntaryReferrals,
      List<Flow> bySourceAndTarget, long accepted, long declined, Double medianDaysToFirstContact,
      long consentGiven, long consentWithheld, long consentWithdrawn, long firstContactBreaches,
      long reportsOfConcern, long reportsAssessed, long reportsAssessedWithinDeadline,
      Double shareAssessedWithinDeadline, long protectionBreaches, long decisionBreaches,
      long decisionsExtended, long investigationsOpened) {
  }

  @GetMapping("/api/referral/figures")
  public Figures figures(@RequestParam(required = false) String centre, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Caller user = signedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    boolean overseeing = user.inAnyGroup(OVERSEEING);
    if (!overseeing && (centre == null || !user.tenants().contains(centre))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Du kan bara se uppföljningen för familjecentraler där du arbetar (ange centre).");
    }
    LocalDate today = SwedishTime.today();
    LocalDate fromDate = parse(from, "from", today.withDayOfYear(1));
    LocalDate toDate = parse(to, "to", today);
    if (toDate.isBefore(fromDate)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Perioden slutar före den börjar.");
    }
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("centre", centre)
        .addValue("from", java.sql.Date.valueOf(fromDate)).addValue("to", java.sql.Date.valueOf(toDate));
    String centreFilter = centre == null ? "" : " AND centre_id = :centre";

    String cases = "FROM fc_referral_case WHERE started_on BETWEEN :from AND :to" + centreFilter;
    long referrals = count("SELECT COUNT(*) " + cases, p);
    long voluntary = count("SELECT COUNT(*) " + cases + " AND path = '" + ReferralPath.VOLUNTARY + "'", p);
    long consentGiven = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.GIVEN + "'", p);
    long withheld = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.WITHHELD + "'", p);
    long withdrawn = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.WITHDRAWN + "'", p);

    String offers = "FROM fc_referral_offer WHERE offered_on BETWEEN :from AND :to" + centreFilter;
    List<Flow> flows = jdbc.query("SELECT source_group, target_service, COUNT(*) AS offered,"
        + " SUM(CASE WHEN answer = '" + OfferAnswer.ACCEPTED + "' THEN 1 ELSE 0 END) AS accepted,"
        + " SUM(CASE WHEN answer = '" + OfferAnswer.DECLINED + "' THEN 1 ELSE 0 END) AS declined " + offers
        + " GROUP BY source_group, target_service ORDER BY source_group, target_service", p,
        (rs, i) -> new Flow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    long accepted = flows.stream().mapToLong(Flow::accepted).sum();
    long declined = flows.stream().mapToLong(Flow::declined).sum();
    List<Long> days = new ArrayList<>(jdbc.query("SELECT offered_on, first_contact_on " + offers
        + " AND first_contact_on IS NOT NULL", p, (rs, i) -> ChronoUnit.DAYS.between(
            rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())));
    long firstContactBreaches = count("SELECT COUNT(*) " + offers + " AND first_contact_breached = TRUE", p);

    String reports = "FROM fc_report_of_concern WHERE reported_on BETWEEN :from AND :to" + centreFilter;
    long reportCount = count("SELECT COUNT(*) " + reports, p);
    long assessed = count("SELECT COUNT(*) " + reports + " AND assessed_within_deadline IS NOT NULL", p);
    long withinDeadline = count("SELECT COUNT(*) " + reports + " AND assessed_within_deadline = TRUE", p);
    long protectionBreaches = count("SELECT COUNT(*) " + reports + " AND protection_breached = TRUE", p);
    long decisionBreaches = count("SELECT COUNT(*) " + reports + " AND decision_breached = TRUE", p);
    long extended = count("SELECT COUNT(*) " + reports + " AND extended = TRUE", p);
    long opened = count("SELECT COUNT(*) " + reports + " AND investigation_opened = TRUE", p);

    return new Figures(centre, fromDate, toDate, referrals, voluntary, flows, accepted, declined, median(days),
        consentGiven, withheld, withdrawn, firstContactBreaches, reportCount, assessed, withinDeadline,
        reportCount == 0 ? null : (double) withinDeadline / reportCount, protectionBreaches, decisionBreaches,
        extended, opened);
  }

  private long count(String sql, MapSqlParameterSource p) {
    Long value = jdbc.queryForObject(sql, p, Long.class);
    return value == null ? 0 : value;
  }

  static Double median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    values.sort(Long::compare);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
  }

  private static LocalDate parse(String value, String name, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " ska vara ett datum (ÅÅÅÅ-MM-DD).");
    }
  }
}
