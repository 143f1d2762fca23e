package se.familycentre.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Runs a piece of test code as a real engine user, with that user's groups and centres (tenants), exactly as the
 * REST API and the webapps authenticate them; the engine's authorization and tenant checks apply.
 */
public final class AsUser {

  private AsUser() {
  }

  public static <T> T call(IdentityService identityService, String userId, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public static void run(IdentityService identityService, String userId, Runnable work) {
    call(identityService, userId, () -> {
      work.run();
      return null;
    });
  }
}
