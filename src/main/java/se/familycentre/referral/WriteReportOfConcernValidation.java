package se.familycentre.referral;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ReferralProcess.Ids;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.TaskValidation;
import se.familycentre.shared.engine.InputRefused;

/**
 * userTask_writeReportOfConcern: a report text, and either a valid personal identity number of the child (format, a
 * real date of birth, the Luhn check digit; stored normalised, YYYYMMDD-NNNN) or the municipality where the child
 * lives, so that the report reaches the right social services. No consent is asked for.
 */
@Component
public class WriteReportOfConcernValidation extends TaskValidation {

  public WriteReportOfConcernValidation() {
    super(Ids.WRITE_REPORT);
  }

  @Override
  public void check(VariableScope answers) {
    Typed.REPORT_TEXT.get(answers, "Skriv vad du har sett eller hört som väcker oro.");
    String number = Typed.CHILD_PERSONAL_IDENTITY_NUMBER.getOrNull(answers);
    if (number == null) {
      Typed.CHILD_MUNICIPALITY.get(answers,
          "Ange barnets personnummer eller i vilken kommun barnet bor, så att anmälan når rätt socialtjänst.");
      return;
    }
    try {
      Typed.CHILD_PERSONAL_IDENTITY_NUMBER.set(answers, PersonalIdentityNumber.validate(number, SwedishTime.today()));
    } catch (IllegalArgumentException e) {
      throw new InputRefused(Typed.CHILD_PERSONAL_IDENTITY_NUMBER.name(), e.getMessage());
    }
  }
}
