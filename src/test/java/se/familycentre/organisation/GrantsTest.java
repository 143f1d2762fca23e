package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * Grants and its batch (one read of the existing grants per resource type, for the start-up setup) make the same
 * decisions: a grant is created once, brought to exactly the given permissions, and withdrawn when the code or the
 * model no longer gives it.
 */
@FamilyCentreSpringTest
class GrantsTest {

  @Autowired Grants grants;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationSetup authorizationSetup;

  @Test
  void aBatchCreatesOnceBringsARightToExactlyTheGivenPermissionsAndRevokes() {
    String group = "grants-test-a";
    String other = "grants-test-b";
    Grants.Batch batch = grants.batch(List.of(group), PROCESS_DEFINITION);
    batch.grant(group, PROCESS_DEFINITION, "grantsTestKey", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    // the same right again in the same batch sees the first one: no second row, nothing written
    Authorization first = only(group, PROCESS_DEFINITION, "grantsTestKey");
    batch.grant(group, PROCESS_DEFINITION, "grantsTestKey", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertThat(revision(only(group, PROCESS_DEFINITION, "grantsTestKey"))).isEqualTo(revision(first));

    // a later batch: unchanged rights are not written; a right granted too much is withdrawn
    Grants.Batch later = grants.batch(List.of(group), PROCESS_DEFINITION);
    later.grant(group, PROCESS_DEFINITION, "grantsTestKey", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertThat(revision(only(group, PROCESS_DEFINITION, "grantsTestKey"))).isEqualTo(revision(first));
    later.grant(group, PROCESS_DEFINITION, "grantsTestKey", ProcessDefinitionPermissions.READ);
    Authorization narrowed = only(group, PROCESS_DEFINITION, "grantsTestKey");
    assertThat(narrowed.isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
    assertThat(narrowed.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    // ... and given back in the same batch, on the row it has just written
    later.grant(group, PROCESS_DEFINITION, "grantsTestKey", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    assertThat(only(group, PROCESS_DEFINITION, "grantsTestKey")
        .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();

    // a group or resource type outside the batch is read when it is granted, as Grants.grant does
    later.grant(other, APPLICATION, "grants-test-app", Permissions.ACCESS);
    later.grant(other, APPLICATION, "grants-test-app", Permissions.ACCESS);
    assertThat(only(other, APPLICATION, "grants-test-app").isPermissionGranted(Permissions.ACCESS)).isTrue();

    later.revoke(group, PROCESS_DEFINITION, "grantsTestKey");
    assertThat(rows(group, PROCESS_DEFINITION, "grantsTestKey")).isEmpty();
    later.revoke(group, PROCESS_DEFINITION, "grantsTestKey");
    assertThat(rows(group, PROCESS_DEFINITION, "grantsTestKey")).isEmpty();
  }

  @Test
  void aGroupThatANewerModelNoLongerNamesLosesItsRightOnTheDefinitionAtTheNextStart() {
    String key = "grantsTestRevokedProcess";
    deploy(key, Groups.BVC.id);
    authorizationSetup.setUp();
    assertThat(rows(Groups.BVC.id, PROCESS_DEFINITION, key)).hasSize(1);
    assertThat(rows(Groups.MVC.id, PROCESS_DEFINITION, key)).isEmpty();

    deploy(key, Groups.MVC.id);
    authorizationSetup.setUp();
    assertThat(rows(Groups.BVC.id, PROCESS_DEFINITION, key)).isEmpty();
    assertThat(only(Groups.MVC.id, PROCESS_DEFINITION, key).isPermissionGranted(ProcessDefinitionPermissions.READ))
        .isTrue();
  }

  private void deploy(String key, String candidateGroup) {
    repositoryService.createDeployment().name("grants-test").addModelInstance("grants.bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("userTask_work")
            .camundaCandidateGroups(candidateGroup).endEvent().done()).deploy();
  }

  private static int revision(Authorization authorization) {
    return ((AuthorizationEntity) authorization).getRevision();
  }

  private Authorization only(String group, Resource resource, String resourceId) {
    List<Authorization> rows = rows(group, resource, resourceId);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private List<Authorization> rows(String group, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
  }
}
