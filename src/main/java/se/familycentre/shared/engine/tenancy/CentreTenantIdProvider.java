package se.familycentre.shared.engine.tenancy;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import se.familycentre.shared.CaseVariables;

/**
 * Gives every case of a centre's processes ({@link CentreProcesses}: the referral path) its centre's tenant: an
 * instance started directly (a referral, an escalation) gets the tenant named by its {@code centreId} start variable,
 * a called one (social services' intake, the receiving organisation's support) its parent's tenant (the engine
 * already gives a called instance its caller's tenant before it asks a provider; this says the same for any called
 * instance that does reach it), and a decision evaluated inside a case that case's tenant. Every other process (the
 * establishment process) stays tenant-less: null.
 */
public class CentreTenantIdProvider implements TenantIdProvider {

  private final Set<String> centreProcesses;

  public CentreTenantIdProvider(Set<String> centreProcesses) {
    this.centreProcesses = Set.copyOf(centreProcesses);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (!centreProcesses.contains(ctx.getProcessDefinition().getKey())) {
      return null;
    }
    DelegateExecution parent = ctx.getSuperExecution();
    if (parent != null && parent.getTenantId() != null) {
      return parent.getTenantId();
    }
    Object centre = ctx.getVariables() == null ? null : ctx.getVariables().get(CaseVariables.CENTRE_ID);
    return centre instanceof String s && !s.isBlank() ? s : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    DelegateExecution execution = ctx.getExecution();
    return execution == null ? null : execution.getTenantId();
  }
}
