package se.familycentre.referral;

/**
 * Names of the receiving organisation's work on a referral ({@code referralSupportProcess}): accepting the referral,
 * the first contact, the support and its follow-up. A process of its own, called by the referral once the consent
 * covers the receiver, so that the receiver's notes never live in an instance where the referring organisation
 * has a task: the referral passes in only what the guardians agreed may be shared and gets back only whether the
 * referral was accepted and the support given.
 */
public final class ReferralSupportProcess {

  public static final String KEY = "referralSupportProcess";

  private ReferralSupportProcess() {
  }
}
