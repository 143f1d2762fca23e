package se.familycentre.shared.engine.guard;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A non-administrator starts a case only at its start event, as the model runs it: no start instructions
 * ({@code startBeforeActivity}, {@code startAfterActivity}, {@code startTransition}, which land the case in any
 * activity, past every check of the start), and no skipped listeners or input/output mappings (which skip the
 * start's validation, tenant and size checks). Refused with a Swedish 403 before anything is created.
 */
@Component
@Order(GuardOrder.START_AT_START_EVENT)
public class StartAtStartEventGuard implements CommandGuard {

  static final String SKIPPING = "Ett ärende kan inte startas med överhoppade lyssnare eller in- och utmappningar "
      + "(skipCustomListeners, skipIoMappings); det får bara administratörer göra.";
  static final String INSTRUCTIONS = "Ett ärende startas bara vid processens starthändelse, med startformulärets "
      + "fält; startinstruktioner (startBeforeActivity, startAfterActivity, startTransition) får bara administratörer "
      + "använda.";

  @Override
  public void before(GuardedCommand command) {
    if (command.caller().admin()) {
      return;
    }
    ProcessInstantiationBuilderImpl builder = builderOf(command);
    if (builder == null) {
      return;
    }
    ProcessInstanceModificationBuilderImpl instructions = builder.getModificationBuilder();
    if (instructions.isSkipCustomListeners() || instructions.isSkipIoMappings()) {
      throw new AuthorizationException(SKIPPING);
    }
    if (command.command() instanceof StartProcessInstanceAtActivitiesCmd
        || !instructions.getModificationOperations().isEmpty()) {
      throw new AuthorizationException(INSTRUCTIONS);
    }
  }

  private static ProcessInstantiationBuilderImpl builderOf(GuardedCommand command) {
    if (command.command() instanceof StartProcessInstanceAtActivitiesCmd
        || command.command() instanceof StartProcessInstanceCmd) {
      return (ProcessInstantiationBuilderImpl) CommandFields.read(command.command(), "instantiationBuilder");
    }
    return null;
  }
}
