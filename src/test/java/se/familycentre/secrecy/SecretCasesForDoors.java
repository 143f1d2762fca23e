package se.familycentre.secrecy;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The secret cases of {@link SecretCases} for the door catalogue (package {@code secrecy.doors}), which drives the
 * same cases through every door: one place builds the cases, so both tests hold the same secrets.
 */
public final class SecretCasesForDoors {

  /** A report of concern: the referral id, the instances of the case and its secrets. */
  public record Report(String reference, List<String> instanceIds, String childNumber, String reportText,
      String protectionAssessment) {
  }

  /** A voluntary referral that has been given support: its id, instances and the receiver's notes. */
  public record Referral(String reference, List<String> instanceIds, String description, String supportSummary,
      List<String> familyNumbers, List<String> familyContact) {
  }

  private final SecretCases cases;

  public SecretCasesForDoors(RuntimeService runtime, TaskService tasks, HistoryService history,
      IdentityService identity) {
    this.cases = new SecretCases(runtime, tasks, history, identity);
  }

  public Report reportOfConcern() {
    SecretCases.Case c = cases.reportOfConcern();
    return new Report(c.reference(), c.instanceIds(), c.childNumber(), c.reportText(), c.protectionAssessment());
  }

  public Referral supportedReferral() {
    SecretCases.Referral r = cases.supportedReferral();
    return new Referral(r.reference(), r.instanceIds(), r.description(), r.supportSummary(), r.familyNumbers(),
        r.familyContact());
  }

  /** Another valid personal identity number (a decoy: no case holds it). */
  public static String decoyNumber(int serial) {
    return SecretCases.childNumber(900, serial);
  }
}
