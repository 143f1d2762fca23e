package se.familycentre.organisation;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants a group exactly the given rights on a resource, idempotently: a second start finds the grant and brings it
 * to the desired permissions (adding what is missing, withdrawing what the code no longer grants), so no duplicate
 * authorization rows appear and a right removed from the code is removed from the database too.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Every permission of the same resource family as the given ones, to spot a right that is granted too much. */
  private static Permission[] allOf(Permission[] permissions) {
    if (permissions.length == 0) {
      return permissions;
    }
    return java.util.Arrays.stream(permissions[0].getClass().getEnumConstants())
        .filter(p -> !"NONE".equals(p.getName()) && !"ALL".equals(p.getName())).toArray(Permission[]::new);
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
    Authorization authorization;
    if (existing.isEmpty()) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else {
      authorization = existing.get(0);
      if (authorization.getPermissions(allOf(permissions)).length == permissions.length
          && java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
        return;
      }
    }
    authorization.setPermissions(permissions);
    authorizationService.saveAuthorization(authorization);
  }
}
