package se.familycentre.register;

/** Where a centre stands in its lifecycle; every change is kept, dated, in the status history. */
public enum CentreStatus {
  /** The initiative is registered. */
  INITIATED,
  /** The administration investigates (costs, location, staffing, needs, local actors). */
  INVESTIGATING,
  /** The committees concerned decide. */
  DECIDING,
  /** Every committee concerned has approved. */
  DECIDED,
  /** Premises, legs present and the local collaboration agreement are being arranged. */
  CO_LOCATING,
  /** The centre is open and followed up. */
  ACTIVE,
  /** The centre was closed after an evaluation. */
  CLOSED,
  /** The case ended without a centre (a committee rejected it, or too few legs). */
  NOT_ESTABLISHED
}
