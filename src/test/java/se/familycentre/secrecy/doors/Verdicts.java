package se.familycentre.secrecy.doors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.familycentre.organisation.Groups;

/**
 * What each policy expects of one answer, for one role: the secrets rule for every answer, and per policy and probe
 * (the probe's label says what it tries) the refusals and the allowed work. Returns the reasons a door fails; none
 * when it holds.
 */
final class Verdicts {

  /** What the role is in the secret case, found from the engine (candidate groups, the model's starters, centres). */
  record Facts(boolean holdsIntakeTask, boolean starter, boolean atCentre, boolean seesAllFigures,
      boolean mayWithdrawConsent, boolean readsAccessLog, boolean usesTasklistFilters, List<String> groups,
      List<String> foreignCentreNames) {
  }

  /**
   * Camunda's REST API answers a saved filter's single result with this 400 for every engine exception, the
   * engine's refusals included (FilterResourceImpl#executeFilterSingleResult): a refusal there cannot be a 403.
   * That it tells nothing is checked by the probe with a value nobody has (decoy), which must answer alike.
   */
  static final String SINGLE_RESULT_REFUSAL = "Filter does not returns a valid single result";

  /** The engine's own refusal of a start at the start event that skips listeners or mappings (ENGINE-13024). */
  static final String SKIP_AT_START_EVENT = "ENGINE-13024";

  /** How the search guard words its refusal (a 403 for a filter one may not read is the engine's, not this). */
  static final String SEARCH_REFUSAL = "Du får inte söka";

  private Verdicts() {
  }

  /** The secrets the answer shows that the role may not read. */
  static List<String> leaks(Roles.Role role, Set<String> shown, String body) {
    List<String> leaks = new ArrayList<>();
    for (String secret : shown) {
      if (!role.mayRead(secret)) {
        leaks.add("shows " + secret);
      }
    }
    if (role.overseer() && Secrets.showsAnySecretText(body) && leaks.isEmpty()) {
      leaks.add("shows a secret case's text (" + Secrets.ANY_SECRET + "...)");
    }
    return leaks;
  }

  static List<String> judge(Catalogue.Row row, Catalogue.Probe probe, Roles.Role role, Facts facts,
      Http.Answer answer) {
    List<String> failures = new ArrayList<>();
    String label = probe.label();
    boolean admin = role.admin();
    switch (row.policy()) {
      case METADATA, CASE_STATE, VARIABLES -> {
        // what they show is the secrets rule's; a read that changes the case is found by the snapshots
      }
      case START_FORM -> {
        if (answer.ok() && !admin) {
          for (String centre : facts.foreignCentreNames()) {
            if (answer.body().contains(centre)) {
              failures.add("names " + centre + ", a centre the caller does not work at");
            }
          }
        }
        if (answer.ok() && answer.body().contains("valuesKey")) {
          failures.add("a valuesKey is left in the form (the server fills the caller's options)");
        }
      }
      case SEARCH -> {
        if (label.equals("secret") || label.equals("sort")) {
          if (admin) {
            expectOk(failures, answer, "administrators search by anything");
          } else if (!(row.path().endsWith("/singleResult") && answer.status() == 400
              && answer.body().contains(SINGLE_RESULT_REFUSAL))) {
            expectStatus(failures, answer, 403, "a search by a secret is refused with 403");
          }
        } else if (label.equals("ref")) {
          if (!row.path().startsWith("/filter/") || facts.usesTasklistFilters()) {
            expectOk(failures, answer, "the case reference may be searched by");
          } else if (answer.status() == 403 && answer.body().contains(SEARCH_REFUSAL)) {
            failures.add("refused as a search (the case reference may be searched by)");
          }
        }
      }
      case TASK_WORK -> {
        switch (label) {
          case "work" -> {
            if (facts.holdsIntakeTask()) {
              expectOk(failures, answer, "the task's group works on its task");
            } else {
              refused(failures, answer, admin, "only the task's group works on it");
            }
          }
          case "foreign" -> {
            if (facts.holdsIntakeTask()) {
              expectStatus(failures, answer, 400, "a field that is not the form's is a 400");
              if (answer.status() == 400 && !answer.body().contains("investigationOpened")) {
                failures.add("the 400 does not name the field investigationOpened");
              }
            } else {
              refused(failures, answer, admin, "only the task's group completes it");
            }
          }
          // unclaiming is setAssignee(null), which the engine lets only TASK_ASSIGN do; work groups get TASK_WORK
          // (claim and complete, README "What non-administrators may do"), so a claimed task goes back to the
          // group through an administrator
          case "release" -> refused(failures, answer, admin, "giving a claimed task back is the administrators'");
          default -> refused(failures, answer, admin, "claiming or assigning for someone else is the administrators'");
        }
      }
      case START -> {
        if (answer.status() == 404 && row.path().contains("/tenant-id/")) {
          break; // no definition of that centre's own: nothing to start there (definitions are shared)
        }
        switch (label) {
          case "instructions", "skip" -> {
            if (facts.starter() && answer.status() == 400 && answer.body().contains(SKIP_AT_START_EVENT)) {
              // without instructions the engine itself refuses skipping at the start event, before any command
              // runs (a BadUserRequestException: our REST mapper answers 400, nothing is created; the snapshot
              // checks): the guard's 403 is for the same skip with instructions
              break;
            }
            if (facts.starter()) {
              expectStatus(failures, answer, 403, "a start with instructions or skipped listeners is refused with 403");
            } else {
              refused(failures, answer, admin, "only the model's starter groups start a referral");
            }
          }
          case "foreign" -> {
            if (facts.starter()) {
              expectStatus(failures, answer, 400, "a variable that is not the start form's is a 400");
              if (answer.status() == 400 && !answer.body().contains("caseReference")) {
                failures.add("the 400 does not name the field caseReference");
              }
            } else {
              refused(failures, answer, admin, "only the model's starter groups start a referral");
            }
          }
          default -> refused(failures, answer, admin, "a start needs a label saying what it tries");
        }
      }
      case COMMENTS, ATTACHMENTS -> {
        if (label.equals("create")) {
          if (facts.holdsIntakeTask()) {
            expectOk(failures, answer, "the task's group adds to its task");
          } else {
            refused(failures, answer, admin, "only the task's group and assignee add to a task");
          }
        } else if (label.equals("another")) {
          refused(failures, answer, admin, "nobody changes or deletes another's");
        }
      }
      case OWN_ACCOUNT -> {
        if (label.equals("self")) {
          expectOk(failures, answer, "one's own account");
        } else if (label.equals("other") && row.path().equals("/identity/groups") && answer.ok()) {
          // Tasklist's own question; the engine answers only groups the caller may read (a member reads its own
          // group), so another user's groups show only where they are the caller's too, as Tasklist shows anyway
          List<String> foreign = groupIds(answer.body()).stream().filter(g -> !facts.groups().contains(g)).toList();
          if (!admin && !foreign.isEmpty()) {
            failures.add("shows another user's groups " + foreign + " the caller is not in");
          }
        } else if (label.equals("other")) {
          refused(failures, answer, admin, "another user's account is refused");
        }
      }
      case ADMIN_ONLY -> refused(failures, answer, admin, "administrators only");
      case FIGURES -> {
        boolean allowed = facts.seesAllFigures() || label.equals("own") && facts.atCentre();
        if (allowed) {
          expectOk(failures, answer, "the figures of a centre one works at, or all for those who oversee");
        } else {
          expectStatus(failures, answer, 403, "staff see the figures of their own centre only");
        }
      }
      case OVERVIEW -> {
        if (facts.seesAllFigures()) {
          expectOk(failures, answer, "ledning, revision, samordnare and administrators read the overview");
        } else {
          expectStatus(failures, answer, 403, "only ledning, revision, samordnare and administrators");
        }
      }
      case CONSENT_WITHDRAWAL -> {
        if (label.equals("forged")) {
          expectStatus(failures, answer, 403, "a forgeable request changes nothing");
        } else if (!facts.mayWithdrawConsent()) {
          expectStatus(failures, answer, 403, "only referring or receiving staff at the centre");
        }
      }
      case REGISTER_EXISTING -> {
        if (facts.groups().contains(Groups.SAMORDNARE.id)) {
          expectStatus(failures, answer, 400, "a coordinator's empty registration is refused as bad input");
        } else {
          expectStatus(failures, answer, 403, "only coordinators and administrators register existing centres");
        }
      }
      case ACCESS_LOG -> {
        if (facts.readsAccessLog()) {
          expectOk(failures, answer, "revision and administrators read the access log");
        } else {
          expectStatus(failures, answer, 403, "only revision and administrators read the access log");
        }
      }
    }
    return failures;
  }

  /**
   * The same request with the secret and with a value nobody has must answer alike: otherwise the answer tells
   * whether a case holds the secret (an oracle), whatever it shows.
   */
  static List<String> oracle(Roles.Role role, Http.Answer secret, Http.Answer decoy) {
    if (role.admin() || secret.status() == decoy.status()) {
      return List.of();
    }
    return List.of("answers " + secret.status() + " with the secret and " + decoy.status()
        + " with a value nobody has: it tells whether a case holds the secret");
  }

  private static List<String> groupIds(String body) {
    List<String> ids = new ArrayList<>();
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("groups")
          .forEach(g -> ids.add(g.path("id").asText()));
    } catch (Exception notJson) {
      ids.add("(unreadable answer)");
    }
    return ids;
  }

  private static void refused(List<String> failures, Http.Answer answer, boolean admin, String rule) {
    if (!admin && answer.ok()) {
      failures.add("answered " + answer.status() + " (" + rule + ": must be refused)");
    }
  }

  private static void expectOk(List<String> failures, Http.Answer answer, String rule) {
    if (!answer.ok()) {
      failures.add("answered " + answer.status() + " (" + rule + ": must be 2xx)");
    }
  }

  private static void expectStatus(List<String> failures, Http.Answer answer, int status, String rule) {
    if (answer.status() != status) {
      failures.add("answered " + answer.status() + " (" + rule + ")");
    }
  }
}
