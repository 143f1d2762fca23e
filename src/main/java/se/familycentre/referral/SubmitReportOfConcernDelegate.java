package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Checks the written report of concern before it goes to social services: a report text, and, if given, a valid
 * personal identity number of the child (format, date, Luhn check digit), stored in normalised form. No consent is
 * asked for and nothing else can stop the report.
 */
@Component
public class SubmitReportOfConcernDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Typed.REPORT_TEXT.get(execution, "Skriv vad du har sett eller hört som väcker oro.");
    String number = Typed.CHILD_PERSONAL_IDENTITY_NUMBER.getOrNull(execution);
    if (number != null) {
      try {
        Typed.CHILD_PERSONAL_IDENTITY_NUMBER.set(execution,
            PersonalIdentityNumber.validate(number, SwedishTime.today()));
      } catch (IllegalArgumentException e) {
        throw new InputRefused(Typed.CHILD_PERSONAL_IDENTITY_NUMBER.name(), e.getMessage());
      }
    } else {
      Typed.CHILD_MUNICIPALITY.get(execution,
          "Ange barnets personnummer eller i vilken kommun barnet bor, så att anmälan når rätt socialtjänst.");
    }
  }
}
