package se.familycentre.shared.engine.tenancy;

import java.util.Set;

/**
 * Names process definitions whose cases belong to one family centre: each of their instances gets that centre's
 * engine tenant (see {@link CentreTenantIdProvider}), so that "staff see their own centre only" is the engine's
 * tenant check. A process room declares its own processes with a bean of this type; a process that no bean names
 * (the establishment process) stays tenant-less.
 */
public interface CentreProcesses {

  /** The keys of the process definitions whose cases belong to a centre. */
  Set<String> processKeys();
}
