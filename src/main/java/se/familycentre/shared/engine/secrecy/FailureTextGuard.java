package se.familycentre.shared.engine.secrecy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.HistoricExternalTaskLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricIncidentQueryImpl;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.IncidentQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.CommandFields;
import se.familycentre.shared.engine.guard.CommandGuard;
import se.familycentre.shared.engine.guard.GuardedCommand;

/**
 * The failure texts of the engine (an incident's message, a job's exception message and stack trace, an external
 * task's error message and details, at runtime and in history) are written by whatever failed: an external
 * system's error may quote the child's personal identity number, a delegate's exception a value of the case. So
 * they are the administrators', who fix incidents and jobs: for everyone else (ledning and revision read incidents
 * in Cockpit) the engine answers with {@link #HIDDEN} in their place, and a search or sorting by them is refused
 * (it would tell the text by difference). That there is an incident, of which type, where, stays readable.
 *
 * <p>The engine's objects are cached entities of the command: the texts are hidden in views of them (the API's
 * interface with one getter answering {@link #HIDDEN}), never by changing the entity, which the engine would save.
 * Cockpit's own incident list runs outside the engine's command chain; {@link CockpitIncidentFilter} holds it to
 * the same rule.
 */
@Component
@Order(105)
public class FailureTextGuard implements CommandGuard {

  /** What a non-administrator reads in place of a failure text. */
  public static final String HIDDEN = "(Felmeddelandet visas bara för administratörer: det kan innehålla "
      + "personuppgifter.)";
  /** The refusal of a search or sorting by a failure text. */
  public static final String NO_SEARCH = "Du får inte söka eller sortera på felmeddelanden (incidenters, jobbs och "
      + "externa uppgifters): de kan innehålla personuppgifter och visas bara för administratörer.";

  /** The API interfaces of the engine's objects that carry a failure text, and the getter that returns it. */
  private static final Map<Class<?>, String> TEXTS = Map.of(
      Incident.class, "getIncidentMessage",
      HistoricIncident.class, "getIncidentMessage",
      Job.class, "getExceptionMessage",
      HistoricJobLog.class, "getJobExceptionMessage",
      ExternalTask.class, "getErrorMessage",
      HistoricExternalTaskLog.class, "getErrorMessage");

  /** The query fields that search by a failure text (Camunda 7.24's names, see CommandFieldsTest). */
  static final Map<Class<?>, List<String>> CRITERIA = Map.of(
      IncidentQueryImpl.class, List.of("incidentMessage", "incidentMessageLike"),
      HistoricIncidentQueryImpl.class, List.of("incidentMessage", "incidentMessageLike"),
      JobQueryImpl.class, List.of("exceptionMessage"),
      HistoricJobLogQueryImpl.class, List.of("jobExceptionMessage"),
      HistoricExternalTaskLogQueryImpl.class, List.of("errorMessage"));

  /** The column an incident query sorts by for {@code orderByIncidentMessage}, at runtime and in history. */
  static final String MESSAGE_COLUMN = "INCIDENT_MSG_";

  @Override
  public void before(GuardedCommand guarded) {
    if (guarded.caller().admin()) {
      return;
    }
    Object command = guarded.command();
    List<String> criteria = CRITERIA.get(command.getClass());
    if (criteria == null) {
      return;
    }
    for (String field : criteria) {
      if (CommandFields.read(command, field) != null) {
        throw new AuthorizationException(NO_SEARCH);
      }
    }
    List<QueryOrderingProperty> ordering = ((AbstractQuery<?, ?>) command).getOrderingProperties();
    if (ordering != null && ordering.stream().anyMatch(o -> o.getQueryProperty() != null
        && MESSAGE_COLUMN.equals(o.getQueryProperty().getName()))) {
      throw new AuthorizationException(NO_SEARCH);
    }
  }

  @Override
  public Object after(GuardedCommand guarded, Object result) {
    if (result == null || guarded.caller().admin()) {
      return result;
    }
    Object command = guarded.command();
    if (command instanceof GetJobExceptionStacktraceCmd || command instanceof GetHistoricJobLogExceptionStacktraceCmd
        || command instanceof GetExternalTaskErrorDetailsCmd
        || command instanceof GetHistoricExternalTaskLogErrorDetailsCmd) {
      return HIDDEN;
    }
    if (result instanceof List<?> rows && !rows.isEmpty() && carriesText(rows.get(0)) != null) {
      return rows.stream().map(FailureTextGuard::hidden).toList();
    }
    return hidden(result);
  }

  private static Class<?> carriesText(Object row) {
    for (Class<?> type : TEXTS.keySet()) {
      if (type.isInstance(row)) {
        return type;
      }
    }
    return null;
  }

  /** The row as its API interface with the failure text hidden; anything else as it is. */
  static Object hidden(Object row) {
    Class<?> type = row == null ? null : carriesText(row);
    if (type == null) {
      return row;
    }
    String getter = TEXTS.get(type);
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals(getter) && method.getParameterCount() == 0) {
        return method.invoke(row) == null ? null : HIDDEN;
      }
      try {
        return method.invoke(row, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
