package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Vars;
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
    String text = ReferralValues.string(execution, Vars.REPORT_TEXT);
    if (text == null || text.isEmpty()) {
      throw new InputRefused(Vars.REPORT_TEXT, "Skriv vad du har sett eller hört som väcker oro.");
    }
    String number = ReferralValues.string(execution, Vars.CHILD_PERSONAL_IDENTITY_NUMBER);
    if (number != null && !number.isEmpty()) {
      try {
        execution.setVariable(Vars.CHILD_PERSONAL_IDENTITY_NUMBER,
            PersonalIdentityNumber.validate(number, SwedishTime.today()));
      } catch (IllegalArgumentException e) {
        throw new InputRefused(Vars.CHILD_PERSONAL_IDENTITY_NUMBER, e.getMessage());
      }
    } else {
      String municipality = ReferralValues.string(execution, Vars.CHILD_MUNICIPALITY);
      if (municipality == null || municipality.isEmpty()) {
        throw new InputRefused(Vars.CHILD_MUNICIPALITY,
            "Ange barnets personnummer eller i vilken kommun barnet bor, så att anmälan når rätt socialtjänst.");
      }
    }
  }
}
