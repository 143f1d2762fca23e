package se.familycentre.shared.engine.guard;

/**
 * One rule the engine applies to every command it runs for a signed-in user, whatever the door (Camunda's REST API,
 * the webapps' own API, our code acting for a user). Never applied to the engine's own work (the job executor, or
 * commands that another command runs inside itself), nor to our code running without a user.
 *
 * <p>Guards are Spring beans; {@link CommandGuardPlugin} puts them into the engine's command chain, inside the
 * command's transaction: a guard that throws refuses the command and nothing it did is saved. Administrators pass
 * through the same guards: a rule that does not apply to them checks {@link Caller#admin()} itself.
 */
public interface CommandGuard {

  /** Before the command runs; throw to refuse it (an {@code AuthorizationException}, or {@code InputRefused}). */
  default void before(GuardedCommand command) {
  }

  /** After the command ran: the result to give the caller (e.g. with variables the caller may not read removed). */
  default Object after(GuardedCommand command, Object result) {
    return result;
  }
}
