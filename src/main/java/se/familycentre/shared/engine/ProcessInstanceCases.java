package se.familycentre.shared.engine;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which case a process instance belongs to: its business key (the case reference; a called instance such as social
 * services' intake carries its referral's id already), its tenant (the centre) and its definition's key. One lookup
 * per instance and command:
 * <ul>
 *   <li>inside an engine command, through the command's entity cache: the historic instance (one select, then
 *       cached for the rest of the command), else the runtime instance, which also finds an instance the same
 *       command has just started and not yet written;</li>
 *   <li>outside any command, one select on {@code ACT_HI_PROCINST} (with full history every instance, running or
 *       ended, has its row there).</li>
 * </ul>
 */
@Component
public class ProcessInstanceCases {

  /** What the access log keeps of a process instance besides its id. */
  public record CaseOf(String caseReference, String centreId, String processDefinitionKey) {
  }

  private final JdbcTemplate jdbc;

  public ProcessInstanceCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CaseOf> find(String processInstanceId) {
    CommandContext context = Context.getCommandContext();
    return context == null ? fromHistoryTable(processInstanceId) : inCommand(context, processInstanceId);
  }

  private static Optional<CaseOf> inCommand(CommandContext context, String processInstanceId) {
    HistoricProcessInstanceEntity history = context.getHistoricProcessInstanceManager()
        .findHistoricProcessInstance(processInstanceId);
    if (history != null) {
      return Optional.of(new CaseOf(history.getBusinessKey(), history.getTenantId(),
          history.getProcessDefinitionKey()));
    }
    ExecutionEntity execution = context.getExecutionManager().findExecutionById(processInstanceId);
    if (execution == null) {
      return Optional.empty();
    }
    ExecutionEntity instance = execution.getProcessInstance();
    return Optional.of(new CaseOf(instance.getBusinessKey(), instance.getTenantId(),
        instance.getProcessDefinition().getKey()));
  }

  private Optional<CaseOf> fromHistoryTable(String processInstanceId) {
    return jdbc.query("SELECT BUSINESS_KEY_, TENANT_ID_, PROC_DEF_KEY_ FROM ACT_HI_PROCINST WHERE ID_ = ?",
        (rs, i) -> new CaseOf(rs.getString(1), rs.getString(2), rs.getString(3)), processInstanceId)
        .stream().findFirst();
  }
}
