package se.familycentre.shared.engine.guard;

import java.util.List;

/**
 * The signed-in user a command runs for: the engine's authentication of the request (REST, webapps, or our own
 * code acting for a user), with the user's groups and centres (tenants). {@code admin} is the engine's own notion
 * (a member of an administrator group).
 */
public record Caller(String userId, List<String> groups, List<String> tenants, boolean admin) {

  public Caller {
    groups = groups == null ? List.of() : List.copyOf(groups);
    tenants = tenants == null ? List.of() : List.copyOf(tenants);
  }

  public boolean inAnyGroup(java.util.Collection<String> candidates) {
    return groups.stream().anyMatch(candidates::contains);
  }
}
