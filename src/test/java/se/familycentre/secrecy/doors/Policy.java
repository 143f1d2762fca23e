package se.familycentre.secrecy.doors;

/**
 * The rule that governs a door (an operation of an API). Every operation in the catalogue names exactly one; the
 * explanation is what the test holds it to, for every demo role, against a case holding secrets. Whatever the
 * policy, no answer may carry a secret the caller may not read (scanned in the raw body).
 */
enum Policy {

  METADATA("Definitions, diagrams, forms, deployments, groups, tenants, versions, counts: the engine's "
      + "authorizations decide who reads them; they carry no case data."),
  CASE_STATE("The state of cases without variable values (instances, activities, tasks, incidents, jobs, logs): "
      + "the engine's authorizations and the centre's tenant decide; the answer never carries a secret (failure "
      + "texts, which may quote one, are the administrators')."),
  VARIABLES("Variable values (runtime, history, details, task forms, decision inputs): exactly what the visibility "
      + "matrix lets the caller's groups read, in history as at runtime."),
  SEARCH("Takes criteria or sorting on variable values: only the searchable references (caseReference, centreId); "
      + "any other criterion is refused with 403 (an emptied answer would still tell by difference). Failure texts "
      + "(incident, job and external task messages) show and are searched or sorted by only for administrators."),
  TASK_WORK("Claim a task of one's own group; complete it with its form's fields only (anything else is a 400 "
      + "naming the field, nothing saved); giving a claimed task back, claiming or assigning for someone else is "
      + "the administrators'."),
  START_FORM("The referral's start form as the engine hands it out (deployed-start-form): the engine's "
      + "authorizations decide who reads it; its centres and organisations are filled for the caller (their own, "
      + "administrators every centre), so it never names a centre the caller does not work at, and no valuesKey is "
      + "left for Tasklist to resolve."),
  START("Start a case at its start event with the start form's fields: start instructions or skipped listeners "
      + "and mappings are refused (403), other variables too (400)."),
  COMMENTS("A task's comments: read and written by the task's group and assignee only, never by ledning or "
      + "revision; nobody changes or deletes another's."),
  ATTACHMENTS("A task's attachments: as comments."),
  OWN_ACCOUNT("One's own account: profile, password, groups, permissions; another user's account is refused "
      + "(another user's groups show only where they are the caller's own, as Tasklist shows them)."),
  ADMIN_ONLY("Changes state outside the officials' own work (variables, modification, migration, restart, "
      + "deletion, suspension, jobs, deployments, messages, signals, batches, identity, authorizations, filters): "
      + "administrators only; everyone else is refused, never 2xx."),
  FIGURES("Our follow-up figures: aggregated, no personal data; staff for a centre they work at (403 otherwise), "
      + "ledning, revision, samordnare and administrators for every centre."),
  OVERVIEW("The Cockpit plugin Familjecentraler: coverage, register, figures per month, open escalations, the "
      + "coordinator's overview; counts and centres, no personal data; ledning, revision, samordnare and "
      + "administrators only, a Swedish 403 for everyone else."),
  CONSENT_WITHDRAWAL("Our consent withdrawal: referring or receiving staff at the referral's centre only (403 "
      + "otherwise), never from a request a foreign page can forge."),
  ACCESS_LOG("Our access log: who read which case, never the data; revision and administrators only, 403 for "
      + "everyone else."),
  REGISTER_EXISTING("Our registration of existing centres (one, or a CSV import): coordinators (samordnare) and "
      + "administrators only (403 for everyone else), never from a request a foreign page can forge; a coordinator's "
      + "empty registration is refused as bad input (400) and saves nothing."),
  NOT_SERVED("A resource class on the classpath that no application serves here (a row CLASS name): nothing to "
      + "try; served one day, its operations fail the catalogue until they have rows of their own.");

  final String explanation;

  Policy(String explanation) {
    this.explanation = explanation;
  }
}
