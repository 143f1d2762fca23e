package se.familycentre.secrecy.doors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/**
 * Puts back what an open door changed outside the case, so that the next role (and the other tests sharing the
 * database) meet the organisation as it was: what a door added is removed, what it suspended is activated, changed
 * retention and names are set back, and the organisation's own setup (demo users, groups and grants, filters, the
 * catalogue's targets) is run again, idempotently, for what a door removed.
 */
final class Restore {

  private Restore() {
  }

  static void everything(Engine engine, Set<String> before, Set<String> after, Runnable setUpAgain) {
    Map<String, String> beforeById = byId(before);
    for (String line : after) {
      if (before.contains(line)) {
        continue;
      }
      String[] w = line.split(" ");
      String kind = w[0];
      String id = w.length > 1 ? w[1] : "";
      boolean isNew = !beforeById.containsKey(kind + " " + id);
      try {
        switch (kind) {
          case "user" -> {
            if (isNew) {
              engine.identity().deleteUser(id);
            } else {
              String[] was = beforeById.get(kind + " " + id).split(" ", 5);
              User user = engine.identity().createUserQuery().userId(id).singleResult();
              user.setFirstName(was[2]);
              user.setLastName(was[3]);
              user.setEmail(was.length > 4 ? was[4] : null);
              engine.identity().saveUser(user);
            }
          }
          case "group" -> {
            if (isNew) {
              engine.identity().deleteGroup(id);
            }
          }
          case "membership" -> engine.identity().deleteMembership(id, w[2]);
          case "tenant" -> {
            if (isNew) {
              engine.identity().deleteTenant(id);
            } else {
              Tenant tenant = engine.identity().createTenantQuery().tenantId(id).singleResult();
              tenant.setName(beforeById.get(kind + " " + id).split(" ", 3)[2]);
              engine.identity().saveTenant(tenant);
            }
          }
          case "tenant-user" -> engine.identity().deleteTenantUserMembership(id, w[2]);
          case "tenant-group" -> engine.identity().deleteTenantGroupMembership(id, w[2]);
          case "authorization" -> {
            if (isNew) {
              engine.authorizations().deleteAuthorization(id);
            }
          }
          case "filter" -> {
            if (isNew) {
              engine.filters().deleteFilter(id);
            }
          }
          case "deployment" -> engine.repository().deleteDeployment(id, true);
          case "process-definition" -> {
            if (!isNew) {
              if (line.contains("suspended=true")) {
                engine.repository().activateProcessDefinitionById(id, true, null);
              }
              engine.repository().updateProcessDefinitionHistoryTimeToLive(id,
                  ttl(beforeById.get(kind + " " + id)));
            }
          }
          case "decision-definition" -> {
            if (!isNew) {
              engine.repository().updateDecisionDefinitionHistoryTimeToLive(id,
                  ttl(beforeById.get(kind + " " + id)));
            }
          }
          case "job-definition" -> {
            if (!isNew) {
              if (line.contains("suspended=true")) {
                engine.management().activateJobDefinitionById(id, true);
              }
              engine.management().clearOverridingJobPriorityForJobDefinition(id);
            }
          }
          default -> {
            // batches: run by no job executor in the tests; nothing to put back
          }
        }
      } catch (RuntimeException gone) {
        // already removed together with something else (a deployment's definitions, a user's memberships)
      }
    }
    setUpAgain.run();
  }

  private static Map<String, String> byId(Set<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] w = line.split(" ");
      if (w.length > 1) {
        map.put(w[0] + " " + w[1], line);
      }
    }
    return map;
  }

  private static Integer ttl(String line) {
    String value = line.substring(line.indexOf("ttl=") + 4).split(" ")[0];
    return value.equals("null") ? null : Integer.valueOf(value);
  }
}
