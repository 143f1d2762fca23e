package se.familycentre.shared.engine.guard;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import se.familycentre.secrecy.Door;

/**
 * Runs the {@link CommandGuard}s around the outermost command of a signed-in user. Sits after the engine's command
 * context interceptor, so the guards run inside the command's context and transaction. Commands run inside another
 * command (the engine's own, or a delegate's) pass unguarded: the outer command was guarded already.
 */
class CommandGuardInterceptor extends CommandInterceptor {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final Supplier<List<CommandGuard>> guards;

  CommandGuardInterceptor(Supplier<List<CommandGuard>> guards) {
    this.guards = guards;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context == null ? null : context.getAuthentication();
      if (depth[0] > 1 || authentication == null || authentication.getUserId() == null) {
        return next.execute(command);
      }
      Caller caller = new Caller(authentication.getUserId(), authentication.getGroupIds(),
          authentication.getTenantIds(), context.getAuthorizationManager().isCamundaAdmin(authentication));
      GuardedCommand guarded = new GuardedCommand(command, caller, context, Door.current());
      List<CommandGuard> all = guards.get();
      for (CommandGuard guard : all) {
        guard.before(guarded);
      }
      Object result = next.execute(command);
      for (CommandGuard guard : all) {
        result = guard.after(guarded, result);
      }
      @SuppressWarnings("unchecked")
      T typed = (T) result;
      return typed;
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }
}
