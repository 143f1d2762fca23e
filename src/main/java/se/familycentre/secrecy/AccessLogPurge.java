package se.familycentre.secrecy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.familycentre.FamilyCentreApplication;

/**
 * Keeps the access log exactly as long as the history of its cases: every night, inside the engine's history
 * cleanup window (22:00–05:00 Swedish time, see application.yaml), after that night's cleanup has removed the
 * expired cases from the history, the rows of those cases are deleted. Every node of a cluster runs it; the delete
 * is idempotent, and a node that meets another node's delete of the same rows (a lock timeout or deadlock) leaves
 * them to it.
 */
@Component
public class AccessLogPurge {

  /** When the purge runs (Spring cron, Swedish time): 04:30, late in the cleanup window. */
  public static final String CRON = "${familycentre.access-log.purge-cron:0 30 4 * * *}";

  private static final Logger LOG = LoggerFactory.getLogger(AccessLogPurge.class);

  private final JdbcAccessLog accessLog;

  public AccessLogPurge(JdbcAccessLog accessLog) {
    this.accessLog = accessLog;
  }

  /** Deletes the rows of removed cases; answers how many this node deleted (0 when another node was at it). */
  @Scheduled(cron = CRON, zone = FamilyCentreApplication.ZONE)
  public int purge() {
    try {
      int deleted = accessLog.purgeRowsOfRemovedCases();
      LOG.info("Access log: {} rows of cases removed from the history deleted", deleted);
      return deleted;
    } catch (ConcurrencyFailureException e) {
      LOG.info("Access log: another node is deleting the same rows ({}); left to it", e.getMessage());
      return 0;
    }
  }
}
