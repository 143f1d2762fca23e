package se.familycentre.secrecy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.familycentre.FamilyCentreApplication;
import se.familycentre.shared.engine.EngineClock;
import se.familycentre.shared.engine.ProcessInstanceCases;
import se.familycentre.shared.engine.ProcessInstanceCases.CaseOf;

/**
 * The access log in our own table {@code fc_access_log} (Flyway V30): one row per entry, written with Spring's
 * JdbcTemplate on the engine's DataSource, so inside an engine command it joins the command's transaction (a
 * refused or failed command leaves no row, a committed one always has its row). The case reference and the centre
 * come from the process instance ({@link ProcessInstanceCases}: one lookup, from the command's entity cache where
 * there is one). Times are Swedish wall-clock time from the engine's clock.
 *
 * <p>Rows live as long as their process instance's history: {@link #purgeRowsOfRemovedCases()} deletes the rows
 * whose instance is no longer in {@code ACT_HI_PROCINST} (removed by history cleanup after the case's
 * time-to-live); see {@link AccessLogPurge}.
 */
@Component
public class JdbcAccessLog implements AccessLog {

  public static final ZoneId SWEDISH_TIME = ZoneId.of(FamilyCentreApplication.ZONE);
  /** Longer doors (a path can be as long as a client likes) are cut, so that logging never fails a command. */
  static final int DOOR_LENGTH = 500;

  private static final String INSERT = "INSERT INTO fc_access_log (logged_at, user_id, action, "
      + "process_definition_key, process_instance_id, case_reference, centre_id, variable_names, door) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String PURGE = "DELETE FROM fc_access_log WHERE NOT EXISTS "
      + "(SELECT 1 FROM ACT_HI_PROCINST h WHERE h.ID_ = fc_access_log.process_instance_id)";

  private final JdbcTemplate jdbc;
  private final ProcessInstanceCases cases;

  public JdbcAccessLog(JdbcTemplate jdbc, ProcessInstanceCases cases) {
    this.jdbc = jdbc;
    this.cases = cases;
  }

  @Override
  public void record(Entry entry) {
    Objects.requireNonNull(entry.userId(), "an access log entry names its user");
    Objects.requireNonNull(entry.action(), "an access log entry names its action");
    Objects.requireNonNull(entry.processInstanceId(), "an access log entry names its process instance");
    CaseOf of = cases.find(entry.processInstanceId()).orElse(new CaseOf(null, null, null));
    String door = entry.door() == null ? Door.current() : entry.door();
    jdbc.update(INSERT, LocalDateTime.ofInstant(EngineClock.now(), SWEDISH_TIME), entry.userId(),
        entry.action().name(),
        entry.processDefinitionKey() == null ? of.processDefinitionKey() : entry.processDefinitionKey(),
        entry.processInstanceId(), of.caseReference(), of.centreId(), names(entry),
        door.length() > DOOR_LENGTH ? door.substring(0, DOOR_LENGTH) : door);
  }

  /**
   * Deletes the rows of process instances no longer in the engine's history, and answers how many. One statement,
   * idempotent: nodes running it at once delete each row once between them.
   */
  public int purgeRowsOfRemovedCases() {
    return jdbc.update(PURGE);
  }

  private static String names(Entry entry) {
    Set<String> names = new LinkedHashSet<>();
    if (entry.variableNames() != null) {
      for (String name : entry.variableNames()) {
        if (name == null || name.isBlank() || name.contains(",")) {
          throw new IllegalArgumentException("not a variable name for the access log: '" + name + "'");
        }
        names.add(name);
      }
    }
    return String.join(",", names);
  }
}
