package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.engine.tenancy.CentreTenantIdProvider;

/**
 * Only the referral path's processes ({@link ReferralTenancy}) get a centre's tenant from the engine's tenant id
 * provider; every other process stays tenant-less.
 */
class ReferralTenancyTest {

  final CentreTenantIdProvider provider = new CentreTenantIdProvider(new ReferralTenancy().processKeys());

  static ProcessDefinitionEntity definition(String key) {
    ProcessDefinitionEntity definition = new ProcessDefinitionEntity();
    definition.setKey(key);
    return definition;
  }

  String tenantFor(String key, Object centreId) {
    return provider.provideTenantIdForProcessInstance(new TenantIdProviderProcessInstanceContext(definition(key),
        Variables.createVariables().putValue("centreId", centreId)));
  }

  @Test
  void referralProcessesGetTheCentreOfTheirStartVariable() {
    assertThat(tenantFor(ReferralProcess.KEY, "danderyd-morby")).isEqualTo("danderyd-morby");
    assertThat(tenantFor(EscalationProcess.KEY, "stockholm-rinkeby")).isEqualTo("stockholm-rinkeby");
    assertThat(tenantFor(ReferralProcess.KEY, null)).isNull();
  }

  @Test
  void processesTheReferralCallsGetTheirParentsTenant() {
    ExecutionEntity parent = new ExecutionEntity();
    parent.setTenantId("danderyd-morby");
    for (String key : new String[] {ReportOfConcernProcess.KEY, ReferralSupportProcess.KEY}) {
      assertThat(provider.provideTenantIdForProcessInstance(new TenantIdProviderProcessInstanceContext(
          definition(key), Variables.createVariables().putValue("centreId", "stockholm-rinkeby"), parent)))
          .as(key).isEqualTo("danderyd-morby");
    }
    assertThat(provider.provideTenantIdForProcessInstance(new TenantIdProviderProcessInstanceContext(
        definition("anyOtherProcess"), Variables.createVariables(), parent))).isNull();
  }

  @Test
  void theEstablishmentProcessAndAnyOtherProcessStayTenantLess() {
    assertThat(tenantFor("familyCentreEstablishmentProcess", "danderyd-morby")).isNull();
    assertThat(tenantFor("anyOtherProcess", "danderyd-morby")).isNull();
  }
}
