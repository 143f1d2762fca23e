package se.familycentre.referral;

import java.time.LocalDate;
import java.util.List;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.FormAnswers;

/**
 * The task "Dokumentera samtycke" ({@code referralRecordConsent}) answered as Tasklist submits it: the guardians'
 * consent, per receiving organisation, for the demo cases, the tests and the benchmark alike.
 *
 * <pre>{@code
 * ConsentAnswers.given("SOCIAL_SERVICES").sharing("Oro för föräldraskapet").purpose("Föräldraskapsstöd")
 *     .validUntil(SwedishTime.today().plusMonths(6)).jointCustody(true).variables()
 * }</pre>
 */
public final class ConsentAnswers extends FormAnswers<ConsentAnswers> {

  private ConsentAnswers(boolean given) {
    put(Typed.CONSENT_GIVEN, given);
  }

  /**
   * The guardians consent to sharing with these receiving organisations
   * ({@link TargetService.ReceivingOrganisation} names).
   */
  public static ConsentAnswers given(String... organisations) {
    return new ConsentAnswers(true).put(Typed.CONSENT_ORGANISATIONS, List.of(organisations));
  }

  /** The guardians do not consent: the family keeps the universal offer and nothing is shared. */
  public static ConsentAnswers withheld() {
    return new ConsentAnswers(false);
  }

  /** What may be shared. */
  public ConsentAnswers sharing(String information) {
    return put(Typed.CONSENT_SHARED_INFORMATION, information);
  }

  /** For what purpose. */
  public ConsentAnswers purpose(String purpose) {
    return put(Typed.CONSENT_PURPOSE, purpose);
  }

  /** The last day the consent is valid. */
  public ConsentAnswers validUntil(LocalDate day) {
    return put(Typed.CONSENT_VALID_UNTIL, day);
  }

  /** Joint custody, and whether both guardians consented. */
  public ConsentAnswers jointCustody(boolean bothConsented) {
    put(Typed.JOINT_CUSTODY, true);
    return put(Typed.BOTH_GUARDIANS_CONSENTED, bothConsented);
  }

  /** One guardian has custody (both checkboxes left unticked). */
  public ConsentAnswers soleCustody() {
    put(Typed.JOINT_CUSTODY, false);
    return put(Typed.BOTH_GUARDIANS_CONSENTED, false);
  }

  // ----- the family's identity and contact details (ContactDetails), shared under the consent

  /** The child's personal identity or coordination number (ÅÅÅÅMMDD-NNNN); none for a pregnancy. */
  public ConsentAnswers child(String personalIdentityNumber) {
    return put(ContactDetails.Typed.CHILD_PERSONAL_IDENTITY_NUMBER, personalIdentityNumber);
  }

  /** Guardian {@code n} (1 or 2): name, personal identity or coordination number, phone (may be null). */
  public ConsentAnswers guardian(int n, String name, String personalIdentityNumber, String phone) {
    ContactDetails.Guardian guardian = ContactDetails.Typed.GUARDIANS.get(n - 1);
    put(guardian.name(), name);
    put(guardian.personalIdentityNumber(), personalIdentityNumber);
    return put(guardian.phone(), phone);
  }

  /** Guardian {@code n}'s address (street, postal code and town). */
  public ConsentAnswers address(int n, String address) {
    return put(ContactDetails.Typed.GUARDIANS.get(n - 1).address(), address);
  }

  /** Guardian {@code n}'s preferred language (a code of the form's list, e.g. "ar") and whether an interpreter is needed. */
  public ConsentAnswers language(int n, String language, boolean interpreterNeeded) {
    ContactDetails.Guardian guardian = ContactDetails.Typed.GUARDIANS.get(n - 1);
    put(guardian.language(), language);
    return put(guardian.interpreterNeeded(), interpreterNeeded);
  }
}
