package se.familycentre.referral;

import java.util.List;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.FormAnswers;

/**
 * The referral's start form ({@code referralStart}) answered as Tasklist submits it: the one place that builds a
 * referral's start variables, for the demo cases, the tests and the benchmark alike.
 *
 * <pre>{@code
 * runtimeService.startProcessInstanceByKey(ReferralProcess.KEY, ReferralStart.at("danderyd-morby").by("bvc")
 *     .activity("CHILD_HEALTH_VISIT").ageBand("AGE_1_3").concerns("PARENTING").urgency("NORMAL").variables());
 * }</pre>
 */
public final class ReferralStart extends FormAnswers<ReferralStart> {

  private ReferralStart(String centreId) {
    put(Typed.CENTRE_ID, centreId);
  }

  /** A referral at the family centre with this id (its tenant, e.g. danderyd-morby). */
  public static ReferralStart at(String centreId) {
    return new ReferralStart(centreId);
  }

  /** The starter's own organisation (a starter group: mvc, bvc, oppen-forskola, socialtjanst-forebyggande). */
  public ReferralStart by(String referringGroup) {
    return put(Typed.REFERRING_GROUP, referringGroup);
  }

  /** Where staff met the family (OPEN_PRESCHOOL, CHILD_HEALTH_VISIT, ...). */
  public ReferralStart activity(String activity) {
    return put(Typed.ACTIVITY, activity);
  }

  /** One of {@link AgeBand}. */
  public ReferralStart ageBand(String ageBand) {
    return put(Typed.AGE_BAND, ageBand);
  }

  /** What the concern is about, {@link ConcernCategory} names: the checklist. */
  public ReferralStart concerns(String... concerns) {
    return concerns(List.of(concerns));
  }

  public ReferralStart concerns(List<String> concerns) {
    return put(Typed.CONCERNS, concerns);
  }

  /** A child of 1–3 years: the age in months, 12–35 (home visits are routed up to 15 months). */
  public ReferralStart childAgeMonths(int months) {
    return put(Typed.CHILD_AGE_MONTHS, months);
  }

  /** NORMAL or URGENT. */
  public ReferralStart urgency(String urgency) {
    return put(Typed.URGENCY, urgency);
  }

  /** The short description (optional, no personal data). */
  public ReferralStart description(String description) {
    return put(Typed.DESCRIPTION, description);
  }
}
