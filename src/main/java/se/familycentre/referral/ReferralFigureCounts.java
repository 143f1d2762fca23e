package se.familycentre.referral;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import se.familycentre.referral.ReferralFigures.ConsentOutcome;
import se.familycentre.referral.ReferralFigures.OfferAnswer;
import se.familycentre.referral.ReferralFigures.ReferralPath;

/**
 * Counts the follow-up figures of one centre (or all) over one period from the figures' tables (V21). The exact
 * counts stay inside the application: whoever shows them (our {@code /api/referral/figures}, the Cockpit plugin
 * Familjecentraler) shows them as {@link se.familycentre.shared.SmallCount}s.
 */
@Service
public class ReferralFigureCounts {

  private final NamedParameterJdbcTemplate jdbc;

  public ReferralFigureCounts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Offers of one source group to one target service. */
  public record FlowCount(String sourceGroup, String targetService, long offered, long accepted, long declined) {
  }

  /** The exact counts of a period; {@code daysToFirstContact} per accepted offer with a first contact. */
  public record Counts(long referrals, long voluntaryReferrals, List<FlowCount> flows, long routed, long accepted,
      long declined, List<Long> daysToFirstContact, long firstContactsWithinDeadline, long consentGiven,
      long consentWithheld, long consentWithdrawn, long firstContactBreaches, long reportsOfConcern,
      long reportsAssessed, long reportsAssessedWithinDeadline, long protectionBreaches, long decisionBreaches,
      long decisionsExtended, long investigationsOpened) {

    /** Deadlines kept: protection assessments the same day and first contacts within the deadline. */
    public long deadlinesMet() {
      return reportsAssessedWithinDeadline + firstContactsWithinDeadline;
    }

    /** Deadlines missed: protection assessments, investigation decisions, first contacts. */
    public long deadlinesMissed() {
      return protectionBreaches + decisionBreaches + firstContactBreaches;
    }
  }

  /** The counts of {@code centre} (null: every centre) in {@code period}. */
  public Counts count(String centre, FigurePeriod period) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("centre", centre)
        .addValue("from", java.sql.Date.valueOf(period.from())).addValue("to", java.sql.Date.valueOf(period.to()));
    String centreFilter = centre == null ? "" : " AND centre_id = :centre";

    String cases = "FROM fc_referral_case WHERE started_on BETWEEN :from AND :to" + centreFilter;
    long referrals = count("SELECT COUNT(*) " + cases, p);
    long voluntary = count("SELECT COUNT(*) " + cases + " AND path = '" + ReferralPath.VOLUNTARY + "'", p);
    long consentGiven = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.GIVEN + "'", p);
    long withheld = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.WITHHELD + "'", p);
    long withdrawn = count("SELECT COUNT(*) " + cases + " AND consent = '" + ConsentOutcome.WITHDRAWN + "'", p);

    String offers = "FROM fc_referral_offer WHERE offered_on BETWEEN :from AND :to" + centreFilter;
    List<FlowCount> flows = jdbc.query("SELECT source_group, target_service, COUNT(*) AS offered,"
        + " SUM(CASE WHEN answer = '" + OfferAnswer.ACCEPTED + "' THEN 1 ELSE 0 END) AS accepted,"
        + " SUM(CASE WHEN answer = '" + OfferAnswer.DECLINED + "' THEN 1 ELSE 0 END) AS declined " + offers
        + " GROUP BY source_group, target_service ORDER BY source_group, target_service", p,
        (rs, i) -> new FlowCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    long routed = flows.stream().mapToLong(FlowCount::offered).sum();
    long accepted = flows.stream().mapToLong(FlowCount::accepted).sum();
    long declined = flows.stream().mapToLong(FlowCount::declined).sum();
    List<Long> days = new ArrayList<>(jdbc.query("SELECT offered_on, first_contact_on " + offers
        + " AND first_contact_on IS NOT NULL", p, (rs, i) -> ChronoUnit.DAYS.between(
            rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())));
    long withinDeadline = count("SELECT COUNT(*) " + offers
        + " AND first_contact_on IS NOT NULL AND first_contact_breached = FALSE", p);
    long firstContactBreaches = count("SELECT COUNT(*) " + offers + " AND first_contact_breached = TRUE", p);

    String reports = "FROM fc_report_of_concern WHERE reported_on BETWEEN :from AND :to" + centreFilter;
    long reportCount = count("SELECT COUNT(*) " + reports, p);
    long assessed = count("SELECT COUNT(*) " + reports + " AND assessed_within_deadline IS NOT NULL", p);
    long assessedInTime = count("SELECT COUNT(*) " + reports + " AND assessed_within_deadline = TRUE", p);
    long protectionBreaches = count("SELECT COUNT(*) " + reports + " AND protection_breached = TRUE", p);
    long decisionBreaches = count("SELECT COUNT(*) " + reports + " AND decision_breached = TRUE", p);
    long extended = count("SELECT COUNT(*) " + reports + " AND extended = TRUE", p);
    long opened = count("SELECT COUNT(*) " + reports + " AND investigation_opened = TRUE", p);

    return new Counts(referrals, voluntary, flows, routed, accepted, declined, days, withinDeadline, consentGiven,
        withheld, withdrawn, firstContactBreaches, reportCount, assessed, assessedInTime, protectionBreaches,
        decisionBreaches, extended, opened);
  }

  private long count(String sql, MapSqlParameterSource p) {
    Long value = jdbc.queryForObject(sql, p, Long.class);
    return value == null ? 0 : value;
  }
}
