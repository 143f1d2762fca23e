package se.familycentre.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import se.familycentre.escalation.EscalationProcess;
import se.familycentre.escalation.EscalationTenancy;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.reportofconcern.ReportOfConcernTenancy;
import se.familycentre.shared.engine.tenancy.CentreTenantIdProvider;

/**
 * Only the referral path's processes, as their rooms declare them ({@link ReferralTenancy},
 * {@link ReportOfConcernTenancy}, {@link EscalationTenancy}), get a centre's tenant from the engine's tenant id
 * provider; every other process stays tenant-less.
 */
class ReferralTenancyTest {

  static final Set<String> CENTRE_PROCESSES = Stream.of(new ReferralTenancy(), new ReportOfConcernTenancy(),
      new EscalationTenancy()).flatMap(declaration -> declaration.processKeys().stream()).collect(Collectors.toSet());

  final CentreTenantIdProvider provider = new CentreTenantIdProvider(CENTRE_PROCESSES);

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
  void theRoomsDeclareTheFourProcessesOfTheReferralPath() {
    assertThat(CENTRE_PROCESSES).containsExactlyInAnyOrder(ReferralProcess.KEY, ReferralSupportProcess.KEY,
        ReportOfConcernProcess.KEY, EscalationProcess.KEY);
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
