package se.familycentre.secrecy.doors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** The engine's services, for building cases and looking at them as the system (no user, no checks). */
record Engine(RuntimeService runtime, TaskService tasks, HistoryService history, IdentityService identity,
    ManagementService management, RepositoryService repository, FilterService filters,
    AuthorizationService authorizations) {
}
