package se.familycentre.escalation;

import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.CaseVariables;

/**
 * Names of the coordinator's escalation ({@code referralEscalationProcess}): a missed deadline becomes a task for
 * {@code samordnare} in an instance of its own that carries only the case reference, the centre, what was missed
 * and when it was due, never case data of either side of the secrecy boundary.
 *
 * <p>In the shape every process's names have: the process key, then {@link Ids} (element ids), {@link Vars}
 * (variable names; form field keys equal them), {@link Typed} and {@link Values} (values of variables).
 */
public final class EscalationProcess {

  private EscalationProcess() {
  }

  public static final String KEY = "referralEscalationProcess";

  /** Element ids. */
  public static final class Ids {
    public static final String HANDLE_ESCALATION = "userTask_handleEscalation";

    private Ids() {
    }
  }

  /** Variables (form field keys). */
  public static final class Vars {
    public static final String CASE_REFERENCE = CaseVariables.CASE_REFERENCE;
    public static final String CENTRE_ID = CaseVariables.CENTRE_ID;
    public static final String CENTRE_NAME = CaseVariables.CENTRE_NAME;

    public static final String ESCALATION_KIND = "escalationKind";
    public static final String ESCALATION_TEXT = "escalationText";
    public static final String MISSED_DUE_DATE = "missedDueDate";
    public static final String ESCALATION_ACTION = "escalationAction";

    private Vars() {
    }
  }

  /** The variables our code reads, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<String> ESCALATION_ACTION = CaseVariable.text(Vars.ESCALATION_ACTION,
        "Vad har du gjort?");

    private Typed() {
    }
  }

  /**
   * What was missed: the values of {@link Vars#ESCALATION_KIND}, and of the field {@code kind} of every service task
   * that calls {@link EscalateMissedDeadlineDelegate}.
   */
  public static final class Values {
    public static final String PROTECTION_ASSESSMENT = "PROTECTION_ASSESSMENT";
    public static final String IMMEDIATE_PROTECTION = "IMMEDIATE_PROTECTION";
    public static final String INVESTIGATION_DECISION = "INVESTIGATION_DECISION";
    public static final String FIRST_CONTACT = "FIRST_CONTACT";

    private Values() {
    }
  }
}
