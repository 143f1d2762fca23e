package se.familycentre.shared.engine.secrecy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.QueryEntityRelationCondition;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import se.familycentre.secrecy.VisibilityMatrix;

/**
 * The engine's authorization manager, which configures every query before it runs (whatever the door: REST,
 * webapps, saved Tasklist filters, our own code acting for a user), with one rule added: a signed-in user may search
 * and sort by a variable's value only where the visibility matrix allows it (the case reference and the centre).
 * Anything else is refused with a clear message rather than answered with an emptied result, which would still tell
 * by difference whether a case with that value exists.
 */
public class SearchGuardAuthorizationManager extends AuthorizationManager {

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    if (guarded()) {
      for (TaskQueryImpl part : withOrQueries(query, query.getQueries())) {
        part.getVariables().forEach(v -> refuseUnlessSearchable(query.getProcessDefinitionKey(), v));
      }
      refuseVariableOrdering(query.getProcessDefinitionKey(), query.getOrderingProperties());
    }
    super.configureTaskQuery(query);
  }

  @Override
  public void configureExecutionQuery(AbstractQuery query) {
    if (guarded()) {
      String process = query instanceof ProcessInstanceQueryImpl instances ? instances.getProcessDefinitionKey() : null;
      List<? extends AbstractQuery> parts = query instanceof ProcessInstanceQueryImpl instances
          ? withOrQueries(instances, instances.getQueries()) : List.of(query);
      for (AbstractQuery part : parts) {
        if (part instanceof AbstractVariableQueryImpl<?, ?> variables) {
          variables.getQueryVariableValues().forEach(v -> refuseUnlessSearchable(process, v));
        }
      }
      refuseVariableOrdering(process, query.getOrderingProperties());
    }
    super.configureExecutionQuery(query);
  }

  @Override
  protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
    if (guarded()) {
      query.getQueryVariableValues().forEach(v -> refuseUnlessSearchable(null, v));
    }
    super.configureVariableInstanceQuery(query);
  }

  /** External tasks are searched by their process's variables ({@code processVariables}) too. */
  @Override
  public void configureExternalTaskQuery(ExternalTaskQueryImpl query) {
    if (guarded()) {
      query.getVariables().forEach(v -> refuseUnlessSearchable(query.getProcessDefinitionKey(), v));
    }
    super.configureExternalTaskQuery(query);
  }

  @Override
  public void configureHistoricProcessInstanceQuery(HistoricProcessInstanceQueryImpl query) {
    if (guarded()) {
      for (HistoricProcessInstanceQueryImpl part : withOrQueries(query, query.getQueries())) {
        part.getQueryVariableValues().forEach(v -> refuseUnlessSearchable(query.getProcessDefinitionKey(), v));
      }
      refuseVariableOrdering(query.getProcessDefinitionKey(), query.getOrderingProperties());
    }
    super.configureHistoricProcessInstanceQuery(query);
  }

  @Override
  public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
    if (guarded()) {
      for (HistoricTaskInstanceQueryImpl part : withOrQueries(query, query.getQueries())) {
        part.getVariables().forEach(v -> refuseUnlessSearchable(query.getProcessDefinitionKey(), v));
      }
      refuseVariableOrdering(query.getProcessDefinitionKey(), query.getOrderingProperties());
    }
    super.configureHistoricTaskInstanceQuery(query);
  }

  @Override
  public void configureHistoricVariableInstanceQuery(HistoricVariableInstanceQueryImpl query) {
    if (guarded() && query.getQueryVariableValue() != null) {
      refuseUnlessSearchable(null, query.getQueryVariableValue());
    }
    super.configureHistoricVariableInstanceQuery(query);
  }

  /** The engine checks this user's authorizations at all, and the user is no administrator. */
  private boolean guarded() {
    return isAuthCheckExecuted() && !isCamundaAdmin(getCurrentAuthentication());
  }

  private void refuseUnlessSearchable(String process, QueryVariableValue criterion) {
    refuseUnlessSearchable(process, criterion.getName(), criterion.isVariableNameIgnoreCase());
  }

  private void refuseUnlessSearchable(String process, String name, boolean ignoreCase) {
    Authentication user = getCurrentAuthentication();
    VisibilityMatrix matrix = VisibilityMatrix.get();
    List<String> names = ignoreCase ? matrix.rows().stream().map(VisibilityMatrix.Variable::name)
        .filter(n -> n.equalsIgnoreCase(name)).distinct().toList() : List.of(name);
    if (names.isEmpty() || names.stream().anyMatch(n -> !matrix.maySearch(process, n, user.getGroupIds()))) {
      throw new AuthorizationException("Du får inte söka eller sortera på innehållet i variabeln \"" + name
          + "\". Sök i stället på ärendenummer (caseReference) eller familjecentral (centreId); personuppgifter, "
          + "fritexter och andra uppgifter i ärenden går inte att söka på.");
    }
  }

  private void refuseVariableOrdering(String process, Collection<QueryOrderingProperty> ordering) {
    if (ordering == null) {
      return;
    }
    for (QueryOrderingProperty property : ordering) {
      if (property.getRelationConditions() == null) {
        continue;
      }
      for (QueryEntityRelationCondition condition : property.getRelationConditions()) {
        if (VariableInstanceQueryProperty.VARIABLE_NAME.equals(condition.getProperty())) {
          refuseUnlessSearchable(process, String.valueOf(condition.getScalarValue()), false);
        }
      }
    }
  }

  private static <Q> List<Q> withOrQueries(Q query, List<Q> orQueries) {
    List<Q> parts = new ArrayList<>();
    parts.add(query);
    if (orQueries != null) {
      orQueries.stream().filter(q -> q != query).forEach(parts::add);
    }
    return parts;
  }
}
