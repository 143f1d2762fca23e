package se.familycentre.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The organisation's start-up, on every start (prod too, with or without demo data), in this order: the groups and
 * their rights ({@link AuthorizationSetup}, which reads the deployed models), then the Tasklist filters shared with
 * those groups ({@link TasklistFilters}). Both are idempotent. An {@link ApplicationRunner}: Spring Boot runs it
 * before it announces the application ready, so whatever waits for {@code ApplicationReadyEvent} (the demo data,
 * the readiness probe) finds the organisation in place.
 */
@Component
public class OrganisationStartup implements ApplicationRunner {

  private final AuthorizationSetup authorizationSetup;
  private final TasklistFilters tasklistFilters;

  public OrganisationStartup(AuthorizationSetup authorizationSetup, TasklistFilters tasklistFilters) {
    this.authorizationSetup = authorizationSetup;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void run(ApplicationArguments args) {
    authorizationSetup.setUp();
    tasklistFilters.createFilters();
  }
}
