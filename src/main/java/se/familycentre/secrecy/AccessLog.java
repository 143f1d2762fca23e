package se.familycentre.secrecy;

import java.util.Collection;

/**
 * The access log for personal data ("loggkontroll"): every read and change of a case's personal data (identity
 * numbers, free texts, consent, contact details; see {@link VisibilityMatrix.Kind#personal}) through any door,
 * with who, when, which case and which door, never the data itself. Entries are written in the transaction of the
 * command that read or changed the data, and kept as long as that case's history.
 */
public interface AccessLog {

  /** What was done with the data. */
  enum Action {
    /** Personal data was shown to the user (runtime or history, any door). */
    READ,
    /** Personal data was written or changed (a start, a completion, an administrator's variable change). */
    CHANGE,
    /** The guardians' consent was withdrawn (recorded by the official named in the entry). */
    CONSENT_WITHDRAWN
  }

  /**
   * One access: {@code userId} did {@code action} on the variables {@code variableNames} of the process instance
   * {@code processInstanceId} (a case, or a part of one such as social services' intake) of the definition
   * {@code processDefinitionKey}, through {@code door} (see {@link Door}).
   */
  record Entry(String userId, Action action, String processDefinitionKey, String processInstanceId,
      Collection<String> variableNames, String door) {
  }

  void record(Entry entry);
}
