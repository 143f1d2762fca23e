package se.familycentre.establishment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_launchCentre: a launch date not before the committees' last decision, and the weekly session (a weekday,
 * from and to as TT:MM, ending after it starts).
 */
@Component
public class LaunchCentreValidation extends TaskValidation {

  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  private final FamilyCentreRegister register;

  public LaunchCentreValidation(FamilyCentreRegister register) {
    super(Ids.LAUNCH_CENTRE);
    this.register = register;
  }

  @Override
  public void check(VariableScope answers) {
    LocalDate launch = Typed.LAUNCH_DATE.get(answers);
    register.lastCommitteeDecisionDate(Typed.CENTRE_ID.get(answers)).ifPresent(decided -> {
      if (launch.isBefore(decided)) {
        throw new InputRefused(Typed.LAUNCH_DATE.name(), "Familjecentralen kan inte starta " + launch
            + ", före nämndernas sista beslut " + decided + ".");
      }
    });
    oneOf(answers, Typed.SESSION_WEEKDAY, ArrangeCoLocationValidation.WEEKDAYS);
    String from = Typed.SESSION_FROM.get(answers);
    String to = Typed.SESSION_TO.get(answers);
    if (!from.matches(TIME) || !to.matches(TIME)) {
      throw new InputRefused(Typed.SESSION_FROM.name(), "Skriv tiderna som TT:MM, t.ex. 09:30.");
    }
    if (from.compareTo(to) >= 0) {
      throw new InputRefused(Typed.SESSION_TO.name(), "Passet måste sluta (" + to + ") efter att det börjar (" + from
          + ").");
    }
  }
}
