package se.familycentre.shared.engine.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every {@link CommandGuard} bean into the engine's command chains (transaction required and requires-new),
 * after the engine's command context interceptor. The guards are looked up when the first command runs, so they
 * may depend on beans that themselves need the engine.
 */
@Component
public class CommandGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CommandGuard> guardBeans;
  private volatile List<CommandGuard> guards;

  public CommandGuardPlugin(ObjectProvider<CommandGuard> guardBeans) {
    this.guardBeans = guardBeans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new CommandGuardInterceptor(this::guards)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new CommandGuardInterceptor(this::guards)));
  }

  List<CommandGuard> guards() {
    List<CommandGuard> current = guards;
    if (current == null) {
      current = List.copyOf(guardBeans.orderedStream().toList());
      guards = current;
    }
    return current;
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(added);
    return list;
  }
}
