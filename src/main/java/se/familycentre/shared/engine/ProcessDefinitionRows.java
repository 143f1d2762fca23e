package se.familycentre.shared.engine;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

/**
 * The engine's process definition query, returning the rows (id, key, version, tenant, time to live) without
 * parsing a single model. The engine's own {@code ProcessDefinitionQuery.list()} reads the documentation of every
 * definition it returns through the BPMN model API ({@code enableFetchProcessDefinitionDescription}, on by default,
 * for the description REST and Cockpit show): it loads each model's XML and parses it with that API (some 650
 * classes and the BPMN schemas, loaded and validated the first time) into its model cache. Our start-up code
 * (AuthorizationSetup, RetentionPlugin) only reads the rows, on every start, so it uses this query: the same
 * criteria, SQL, authorization and tenant checks and order, only that step left out. The engine still reads a
 * model when a case, Tasklist or Cockpit first needs it.
 */
public final class ProcessDefinitionRows {

  private ProcessDefinitionRows() {
  }

  /** Like {@code repositoryService.createProcessDefinitionQuery()}, but its results are rows only. */
  public static ProcessDefinitionQuery query(RepositoryService repositoryService) {
    return new RowsOnlyQuery(((ServiceImpl) repositoryService).getCommandExecutor());
  }

  private static final class RowsOnlyQuery extends ProcessDefinitionQueryImpl {

    private static final long serialVersionUID = 1L;

    RowsOnlyQuery(CommandExecutor commandExecutor) {
      super(commandExecutor);
    }

    @Override
    protected void addProcessDefinitionToCacheAndRetrieveDocumentation(List<ProcessDefinition> list) {
      // rows only: no BPMN model API
    }
  }
}
