package se.familycentre.referral;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import se.familycentre.shared.WritesAtCommit;

/**
 * Writes the follow-up figures of the referral path (tables fc_referral_case, fc_referral_offer,
 * fc_report_of_concern): codes, dates and yes/no only, never personal data. Runs in the engine's transaction, so a
 * step that fails leaves no figure behind, and is written at its commit ({@link WritesAtCommit}), so a JVM killed in
 * the middle of a step leaves none either.
 */
@Service
public class ReferralFigures {

  /** How a referral went on from the universal activity (the codes of {@code fc_referral_case.path}). */
  public enum ReferralPath { VOLUNTARY, REPORT_OF_CONCERN }

  /**
   * What became of the guardians' consent, as the figures count it (the codes of {@code fc_referral_case.consent});
   * not the referral's consent variables.
   */
  public enum ConsentOutcome { GIVEN, WITHHELD, WITHDRAWN }

  /** Where an offer to a receiving organisation stands (the codes of {@code fc_referral_offer.answer}). */
  public enum OfferAnswer { OPEN, ACCEPTED, DECLINED, CANCELLED }

  private final JdbcTemplate jdbc;
  private final WritesAtCommit writes;

  public ReferralFigures(JdbcTemplate jdbc, WritesAtCommit writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  public void referralStarted(String reference, String centreId, String sourceGroup, String activity,
      String ageBand, ReferralPath path, LocalDate startedOn) {
    writes.update("INSERT INTO fc_referral_case (case_reference, centre_id, source_group, activity, age_band, path,"
        + " started_on) VALUES (?, ?, ?, ?, ?, ?, ?)", reference, centreId, sourceGroup, activity, ageBand,
        path.name(), Date.valueOf(startedOn));
  }

  public void consent(String reference, ConsentOutcome consent) {
    writes.update("UPDATE fc_referral_case SET consent = ? WHERE case_reference = ?", consent.name(), reference);
  }

  public void closed(String reference, String outcome, LocalDate closedOn) {
    writes.update("UPDATE fc_referral_case SET outcome = ?, closed_on = ? WHERE case_reference = ?", outcome,
        Date.valueOf(closedOn), reference);
  }

  public void offered(String reference, String centreId, String sourceGroup, String targetService,
      LocalDate offeredOn) {
    writes.update("INSERT INTO fc_referral_offer (case_reference, centre_id, source_group, target_service, offered_on,"
        + " answer) VALUES (?, ?, ?, ?, ?, ?)", reference, centreId, sourceGroup, targetService,
        Date.valueOf(offeredOn), OfferAnswer.OPEN.name());
  }

  /** The day the case's open offer reached the receiving organisation, if the case has one. */
  public java.util.Optional<LocalDate> openOfferSince(String reference) {
    writes.flush();
    return jdbc.queryForList("SELECT offered_on FROM fc_referral_offer WHERE case_reference = ? AND answer = ?",
        Date.class, reference, OfferAnswer.OPEN.name()).stream().map(Date::toLocalDate).findFirst();
  }

  /** Answers the open offer of the case: accepted (with the first contact date) or declined. */
  public void answered(String reference, boolean accepted, LocalDate answeredOn, LocalDate firstContactOn) {
    writes.update("UPDATE fc_referral_offer SET answer = ?, answered_on = ?, first_contact_on = ?"
        + " WHERE case_reference = ? AND answer = ?", (accepted ? OfferAnswer.ACCEPTED : OfferAnswer.DECLINED).name(),
        Date.valueOf(answeredOn), firstContactOn == null ? null : Date.valueOf(firstContactOn), reference,
        OfferAnswer.OPEN.name());
  }

  public void openOfferCancelled(String reference, LocalDate on) {
    writes.update("UPDATE fc_referral_offer SET answer = ?, answered_on = ? WHERE case_reference = ? AND answer = ?",
        OfferAnswer.CANCELLED.name(), Date.valueOf(on), reference, OfferAnswer.OPEN.name());
  }

  public void firstContactBreached(String reference) {
    writes.update("UPDATE fc_referral_offer SET first_contact_breached = TRUE WHERE case_reference = ? AND answer = ?",
        reference, OfferAnswer.OPEN.name());
  }

  public void reportReceived(String reference, String centreId, String sourceGroup, boolean violence,
      LocalDate reportedOn, java.util.Date protectionDueAt) {
    writes.update("INSERT INTO fc_report_of_concern (case_reference, centre_id, source_group, violence, reported_on,"
        + " protection_due_at) VALUES (?, ?, ?, ?, ?, ?)", reference, centreId, sourceGroup, violence,
        Date.valueOf(reportedOn), new Timestamp(protectionDueAt.getTime()));
  }

  public void protectionAssessed(String reference, java.util.Date at, boolean withinDeadline,
      java.util.Date decisionDueAt) {
    writes.update("UPDATE fc_report_of_concern SET protection_assessed_at = ?, assessed_within_deadline = ?,"
        + " decision_due_at = ? WHERE case_reference = ?", new Timestamp(at.getTime()), withinDeadline,
        decisionDueAt == null ? null : new Timestamp(decisionDueAt.getTime()), reference);
  }

  public void protectionBreached(String reference) {
    writes.update("UPDATE fc_report_of_concern SET protection_breached = TRUE WHERE case_reference = ?", reference);
  }

  public void decisionExtended(String reference, java.util.Date newDueAt) {
    writes.update("UPDATE fc_report_of_concern SET extended = TRUE, decision_due_at = ? WHERE case_reference = ?",
        new Timestamp(newDueAt.getTime()), reference);
  }

  public void decisionBreached(String reference) {
    writes.update("UPDATE fc_report_of_concern SET decision_breached = TRUE WHERE case_reference = ?", reference);
  }

  public void investigationDecided(String reference, boolean opened, LocalDate decidedOn) {
    writes.update("UPDATE fc_report_of_concern SET investigation_opened = ?, decided_on = ? WHERE case_reference = ?",
        opened, Date.valueOf(decidedOn), reference);
  }

  public void handedOver(String reference, java.util.Date at) {
    writes.update("UPDATE fc_report_of_concern SET handed_over_at = ? WHERE case_reference = ?",
        new Timestamp(at.getTime()), reference);
  }
}
