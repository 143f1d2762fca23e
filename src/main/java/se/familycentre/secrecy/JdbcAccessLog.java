package se.familycentre.secrecy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
  private static final int EXPORT_FETCH_SIZE = 500;

  private static final String INSERT = "INSERT INTO fc_access_log (logged_at, user_id, action, "
      + "process_definition_key, process_instance_id, case_reference, centre_id, variable_names, door) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COLUMNS = "SELECT logged_at, user_id, action, process_definition_key, "
      + "process_instance_id, case_reference, centre_id, variable_names, door FROM fc_access_log";
  private static final String PURGE = "DELETE FROM fc_access_log WHERE NOT EXISTS "
      + "(SELECT 1 FROM ACT_HI_PROCINST h WHERE h.ID_ = fc_access_log.process_instance_id)";

  /** One logged access as auditors see it: names and references only, never a value. */
  public record Logged(OffsetDateTime loggedAt, String userId, Action action, String caseReference, String centreId,
      String processDefinitionKey, String processInstanceId, List<String> variables, String door) {
  }

  /** Which rows to read: the days {@code from} to {@code to} (both included, Swedish time), optionally narrowed. */
  public record Selection(LocalDate from, LocalDate to, String caseReference, String userId) {
  }

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final NamedParameterJdbcTemplate streaming;
  private final TransactionTemplate readOnly;
  private final ProcessInstanceCases cases;

  public JdbcAccessLog(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, DataSource dataSource,
      PlatformTransactionManager transactionManager, ProcessInstanceCases cases) {
    this.jdbc = jdbc;
    this.named = named;
    JdbcTemplate fetching = new JdbcTemplate(dataSource);
    fetching.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(fetching);
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
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

  /** One page of the rows of a period, oldest first. */
  public List<Logged> list(Selection selection, int firstResult, int maxResults) {
    MapSqlParameterSource parameters = parameters(selection).addValue("first", firstResult)
        .addValue("max", maxResults);
    return named.query(select(selection) + " OFFSET :first ROWS FETCH NEXT :max ROWS ONLY", parameters, LOGGED);
  }

  /** Every row of a period, oldest first, one at a time (a year of the log need not fit in memory). */
  public void forEach(Selection selection, Consumer<Logged> each) {
    readOnly.executeWithoutResult(status -> streaming.query(select(selection), parameters(selection),
        rs -> {
          each.accept(LOGGED.mapRow(rs, 0));
        }));
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

  private static String select(Selection selection) {
    StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE logged_at >= :start AND logged_at < :end");
    if (selection.caseReference() != null) {
      sql.append(" AND case_reference = :caseReference");
    }
    if (selection.userId() != null) {
      sql.append(" AND user_id = :userId");
    }
    return sql.append(" ORDER BY logged_at, id").toString();
  }

  private static MapSqlParameterSource parameters(Selection selection) {
    return new MapSqlParameterSource().addValue("start", selection.from().atStartOfDay())
        .addValue("end", selection.to().plusDays(1).atStartOfDay())
        .addValue("caseReference", selection.caseReference()).addValue("userId", selection.userId());
  }

  private static final RowMapper<Logged> LOGGED = (rs, i) -> {
    String names = rs.getString("variable_names");
    return new Logged(rs.getObject("logged_at", LocalDateTime.class).atZone(SWEDISH_TIME).toOffsetDateTime(),
        rs.getString("user_id"), Action.valueOf(rs.getString("action")), rs.getString("case_reference"),
        rs.getString("centre_id"), rs.getString("process_definition_key"), rs.getString("process_instance_id"),
        names.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(names.split(","))), rs.getString("door"));
  };
}
