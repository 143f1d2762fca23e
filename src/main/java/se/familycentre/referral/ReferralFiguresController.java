package se.familycentre.referral;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.ReferralFigureCounts.Counts;
import se.familycentre.referral.ReferralFigureCounts.FlowCount;
import se.familycentre.shared.SmallCount;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * Follow-up figures of the referral path, aggregated, without personal data:
 * {@code GET /api/referral/figures?centre=&from=&to=} (whole calendar months, Swedish time: {@code from} a month
 * {@code 2026-01} or its first day, {@code to} a month or its last day; default this year up to the end of this
 * month; anything shorter is a 400 naming the field, see {@link FigurePeriod}).
 * Referrals by source → target service, accepted/declined, median days to first contact, consent withheld/withdrawn,
 * reports of concern and the share assessed within the deadline, breaches of deadlines. Every count below 5 reads
 * "färre än 5" ({@link SmallCount}); a median or a share of fewer than 5 cases is left out (null).
 * Who may read: management, audit, coordinators and admins for every centre; staff for their own centre only.
 */
@RestController
public class ReferralFiguresController {

  public static final List<String> OVERSEEING = List.of(Groups.LEDNING.id, Groups.REVISION.id,
      Groups.SAMORDNARE.id, Groups.CAMUNDA_ADMIN.id);

  private final ReferralFigureCounts counts;
  private final SignedInUser signedInUser;

  public ReferralFiguresController(ReferralFigureCounts counts, SignedInUser signedInUser) {
    this.counts = counts;
    this.signedInUser = signedInUser;
  }

  public record Flow(String sourceGroup, String targetService, SmallCount offered, SmallCount accepted,
      SmallCount declined) {
  }

  public record Figures(String centre, LocalDate from, LocalDate to, SmallCount referrals,
      SmallCount voluntaryReferrals, List<Flow> bySourceAndTarget, SmallCount routed, SmallCount accepted,
      SmallCount declined, Double medianDaysToFirstContact, SmallCount firstContactsWithinDeadline,
      SmallCount consentGiven, SmallCount consentWithheld, SmallCount consentWithdrawn,
      SmallCount firstContactBreaches, SmallCount reportsOfConcern, SmallCount reportsAssessed,
      SmallCount reportsAssessedWithinDeadline, Double shareAssessedWithinDeadline, SmallCount protectionBreaches,
      SmallCount decisionBreaches, SmallCount decisionsExtended, SmallCount investigationsOpened,
      SmallCount deadlinesMet, SmallCount deadlinesMissed) {
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
    FigurePeriod period = FigurePeriod.of(from, to, SwedishTime.today());
    return figures(centre, period, counts.count(centre, period));
  }

  /** The counts as they may be shown: small counts suppressed, no median or share of fewer than 5 cases. */
  public static Figures figures(String centre, FigurePeriod period, Counts c) {
    List<Flow> flows = c.flows().stream().map(ReferralFiguresController::flow).toList();
    return new Figures(centre, period.from(), period.to(), SmallCount.of(c.referrals()),
        SmallCount.of(c.voluntaryReferrals()), flows, SmallCount.of(c.routed()), SmallCount.of(c.accepted()),
        SmallCount.of(c.declined()),
        SmallCount.showable(c.daysToFirstContact().size()) ? median(c.daysToFirstContact()) : null,
        SmallCount.of(c.firstContactsWithinDeadline()), SmallCount.of(c.consentGiven()),
        SmallCount.of(c.consentWithheld()), SmallCount.of(c.consentWithdrawn()),
        SmallCount.of(c.firstContactBreaches()), SmallCount.of(c.reportsOfConcern()),
        SmallCount.of(c.reportsAssessed()), SmallCount.of(c.reportsAssessedWithinDeadline()),
        SmallCount.showable(c.reportsOfConcern())
            ? (double) c.reportsAssessedWithinDeadline() / c.reportsOfConcern() : null,
        SmallCount.of(c.protectionBreaches()), SmallCount.of(c.decisionBreaches()),
        SmallCount.of(c.decisionsExtended()), SmallCount.of(c.investigationsOpened()),
        SmallCount.of(c.deadlinesMet()), SmallCount.of(c.deadlinesMissed()));
  }

  private static Flow flow(FlowCount f) {
    return new Flow(f.sourceGroup(), f.targetService(), SmallCount.of(f.offered()), SmallCount.of(f.accepted()),
        SmallCount.of(f.declined()));
  }

  @ExceptionHandler(FigurePeriod.Refused.class)
  ResponseEntity<Map<String, Object>> refused(FigurePeriod.Refused e, HttpServletRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 400);
    body.put("error", "Bad Request");
    body.put("field", e.field);
    body.put("message", e.getMessage());
    body.put("path", request.getRequestURI().substring(request.getContextPath().length()));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  static Double median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
