package se.familycentre.shared.engine;

import org.camunda.bpm.engine.impl.context.Context;

/**
 * The engine command that our delegates and listeners run in: the one place where they step outside the signed-in
 * user's rights for a step that is the system's job.
 */
public final class CurrentCommand {

  private CurrentCommand() {
  }

  /**
   * Runs {@code work} inside the current engine command without the signed-in user's authorization checks (for
   * example: registering a centre's tenant, which the official who starts the case may not do). Only inside a
   * command (a delegate, a listener).
   */
  public static void withoutAuthorization(Runnable work) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      work.run();
      return null;
    });
  }
}
