package se.familycentre.shared.engine.guard;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.EngineCommands.Classification;

/**
 * Everything but reading and the officials' own work is the administrators': a command of a non-administrator is
 * refused (403, Swedish) when {@link EngineCommands} lists it as administrators' only, or does not know it at all
 * (a lambda, a command of a newer engine). Of the officials' own work, what is done on someone else's behalf is
 * the administrators' too: claiming a task for another user, assigning it to another, changing another user's
 * account.
 */
@Component
@Order(GuardOrder.ADMINISTRATORS_ONLY)
public class AdministratorsOnlyGuard implements CommandGuard {

  private final EngineCommands commands = EngineCommands.get();

  @Override
  public void before(GuardedCommand command) {
    if (command.caller().admin()) {
      return;
    }
    Classification classification = commands.of(command.command().getClass());
    if (classification == null) {
      throw new AuthorizationException("Åtgärden " + command.command().getClass().getSimpleName()
          + " är inte prövad för handläggare; bara administratörer får utföra den.");
    }
    switch (classification.kind()) {
      case ADMIN_ONLY -> throw new AuthorizationException("Bara administratörer får " + classification.adminAction()
          + ".");
      case USER_WORK -> refuseOnSomeoneElsesBehalf(command);
      default -> {
        // READ and SYSTEM pass
      }
    }
  }

  private static void refuseOnSomeoneElsesBehalf(GuardedCommand command) {
    String self = command.caller().userId();
    if (command.command() instanceof ClaimTaskCmd claim) {
      String userId = (String) CommandFields.read(claim, "userId");
      if (userId != null && !userId.equals(self)) {
        throw new AuthorizationException("Du kan bara ta en uppgift själv, inte åt någon annan.");
      }
    } else if (command.command() instanceof AssignTaskCmd assign) {
      Object assignee = CommandFields.read(assign, "userId");
      if (assignee != null && !assignee.equals(self)) {
        throw new AuthorizationException("Bara administratörer får tilldela en uppgift till någon annan.");
      }
    } else if (command.command() instanceof SaveUserCmd save) {
      User user = (User) CommandFields.read(save, "user");
      boolean newUser = user instanceof UserEntity entity && entity.getRevision() == 0;
      if (user == null || newUser || !Objects.equals(user.getId(), self)) {
        throw ownAccountOnly();
      }
    } else if (command.command() instanceof SetUserPictureCmd || command.command() instanceof DeleteUserPictureCmd
        || command.command() instanceof SetUserInfoCmd || command.command() instanceof DeleteUserInfoCmd) {
      if (!Objects.equals(CommandFields.read(command.command(), "userId"), self)) {
        throw ownAccountOnly();
      }
    }
  }

  private static AuthorizationException ownAccountOnly() {
    return new AuthorizationException("Du kan bara ändra ditt eget konto (lösenord och profil); andras konton och nya "
        + "användare sköter administratörerna.");
  }
}
