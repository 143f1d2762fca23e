package se.familycentre.shared.engine.guard;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A command the engine is about to run (or has run) for a signed-in user, with the user and the command context
 * it runs in (its transaction: a guard that throws rolls back everything the command did).
 */
public record GuardedCommand(Command<?> command, Caller caller, CommandContext context, String door) {

  /** The command if it is of the given type, else null. */
  public <C> C as(Class<C> type) {
    return type.isInstance(command) ? type.cast(command) : null;
  }
}
