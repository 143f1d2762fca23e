package se.familycentre.shared.engine.tenancy;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.CaseVariables;

/**
 * Gives every case of the referral path its centre's tenant, so that "staff see their own centre only" is the
 * engine's tenant check: a referral or escalation gets the tenant named by its {@code centreId} start variable, a
 * called process (social services' intake, the receiving organisation's support) its parent's tenant (the engine
 * already gives a called instance its caller's tenant before it asks a provider; this says the same for any called
 * instance that does reach it), and a decision evaluated inside a case that case's tenant. Every other process (the
 * establishment process) stays tenant-less: null.
 */
public class ReferralTenantIdProvider implements TenantIdProvider {

  static final Set<String> REFERRAL_PROCESSES = Set.of(ReferralProcess.KEY, ReportOfConcernProcess.KEY,
      ReferralSupportProcess.KEY, EscalationProcess.KEY);

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (!REFERRAL_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
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
