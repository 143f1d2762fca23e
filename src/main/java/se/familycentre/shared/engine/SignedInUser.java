package se.familycentre.shared.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.Caller;

/**
 * The user the engine has authenticated for the current request (REST with HTTP Basic, or the webapps' session),
 * for our own controllers: who is calling, with groups and centres, and a way to let the system act for them.
 */
@Component
public class SignedInUser {

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public SignedInUser(IdentityService identityService, ProcessEngine processEngine) {
    this.identityService = identityService;
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /** The signed-in caller, or empty when the engine knows of none. */
  public Optional<Caller> current() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(authentication.getUserId(), authentication.getGroupIds(),
        authentication.getTenantIds(), isAdmin(authentication)));
  }

  /**
   * Runs {@code work} as the system, without the caller's authentication (for a step the caller may ask for but
   * has no engine right to do, after our own check), and restores the caller's authentication afterwards.
   */
  public <T> T asSystem(Supplier<T> work) {
    Authentication authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }

  /** The engine's notion of an administrator: a member of an admin group, or an admin user. */
  private boolean isAdmin(Authentication authentication) {
    boolean adminGroup = authentication.getGroupIds() != null && configuration.getAdminGroups() != null
        && authentication.getGroupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
    return adminGroup || configuration.getAdminUsers() != null
        && configuration.getAdminUsers().contains(authentication.getUserId());
  }
}
