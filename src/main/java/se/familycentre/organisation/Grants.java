package se.familycentre.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants a group exactly the given rights on a resource, idempotently: a second start finds the grant and brings it
 * to the desired permissions (adding what is missing, withdrawing what the code no longer grants), so no duplicate
 * authorization rows appear and a right removed from the code is removed from the database too.
 * <p>
 * The start-up setup grants some hundred rights; {@link #batch} reads the existing grants of its groups once per
 * resource type instead of once per right (a restart changes nothing and then reads a handful of times, not ~130).
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
    grant(existing(groupId, resource, resourceId), groupId, resource, resourceId, permissions);
  }

  /** The group's grants on the resource, as the database has them now. */
  private List<Authorization> existing(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
  }

  /** Brings the grant to exactly these permissions; true if it wrote. */
  private boolean grant(List<Authorization> existing, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
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
        return false;
      }
    }
    authorization.setPermissions(permissions);
    authorizationService.saveAuthorization(authorization);
    return true;
  }

  /**
   * Grants and revocations for the given groups on the given resource types, against one read per resource type
   * of the grants those groups have: the same decisions as {@link #grant} per right, without its query per right.
   * A right this batch has written (or a group or resource type outside it) is read again from the database, as
   * {@link #grant} would, so a second grant on the same resource sees the first.
   */
  public Batch batch(Collection<String> groupIds, Resource... resourceTypes) {
    return new Batch(groupIds, resourceTypes);
  }

  public final class Batch {

    private final Set<String> groups;
    private final Set<Integer> types = new HashSet<>();
    private final Map<Key, List<Authorization>> read = new HashMap<>();
    private final Set<Key> written = new HashSet<>();

    private Batch(Collection<String> groupIds, Resource... resourceTypes) {
      this.groups = new HashSet<>(groupIds);
      for (Resource type : resourceTypes) {
        types.add(type.resourceType());
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupIds.toArray(String[]::new)).resourceType(type).list()
            .forEach(a -> read.computeIfAbsent(new Key(a.getGroupId(), a.getResourceType(), a.getResourceId()),
                k -> new ArrayList<>()).add(a));
      }
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      Key key = new Key(groupId, resource.resourceType(), resourceId);
      if (Grants.this.grant(existing(key, groupId, resource, resourceId), groupId, resource, resourceId,
          permissions)) {
        written.add(key);
      }
    }

    /** Withdraws every grant the group has on the resource. */
    public void revoke(String groupId, Resource resource, String resourceId) {
      Key key = new Key(groupId, resource.resourceType(), resourceId);
      for (Authorization authorization : existing(key, groupId, resource, resourceId)) {
        authorizationService.deleteAuthorization(authorization.getId());
        written.add(key);
      }
    }

    private List<Authorization> existing(Key key, String groupId, Resource resource, String resourceId) {
      if (written.contains(key) || !groups.contains(groupId) || !types.contains(resource.resourceType())) {
        return Grants.this.existing(groupId, resource, resourceId);
      }
      return read.getOrDefault(key, List.of());
    }
  }

  /** One group's grants on one resource. */
  private record Key(String groupId, int resourceType, String resourceId) {
  }
}
