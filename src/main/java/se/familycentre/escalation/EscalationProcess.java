package se.familycentre.escalation;

/**
 * Names of the coordinator's escalation ({@code referralEscalationProcess}): a missed deadline becomes a task for
 * {@code samordnare} in an instance of its own that carries only the case reference, the centre, what was missed
 * and when it was due, never case data of either side of the secrecy boundary.
 */
public final class EscalationProcess {

  public static final String KEY = "referralEscalationProcess";
  public static final String HANDLE_ESCALATION = "userTask_handleEscalation";

  public static final String ESCALATION_KIND = "escalationKind";
  public static final String ESCALATION_TEXT = "escalationText";
  public static final String MISSED_DUE_DATE = "missedDueDate";
  public static final String ESCALATION_ACTION = "escalationAction";

  /** What was missed (values of {@link #ESCALATION_KIND}). */
  public static final String PROTECTION_ASSESSMENT = "PROTECTION_ASSESSMENT";
  public static final String INVESTIGATION_DECISION = "INVESTIGATION_DECISION";
  public static final String FIRST_CONTACT = "FIRST_CONTACT";

  private EscalationProcess() {
  }
}
