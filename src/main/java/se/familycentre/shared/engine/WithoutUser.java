package se.familycentre.shared.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a piece of our own code as the engine itself, without the signed-in user's authorization checks, and puts
 * the user's authentication back afterwards (also when the work fails). For checks our code makes on the user's
 * behalf before deciding what the user may learn.
 */
public final class WithoutUser {

  private WithoutUser() {
  }

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(user);
    }
  }
}
