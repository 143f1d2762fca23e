package se.familycentre.referral;

import java.time.LocalDate;
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
 * lives, so that the report reaches the right social services. The number's date of birth fits the age band the
 * referral was started with ({@link AgeBand#admits}). No consent is asked for.
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
    String normalised;
    try {
      normalised = PersonalIdentityNumber.validate(number, SwedishTime.today());
    } catch (IllegalArgumentException e) {
      throw new InputRefused(Typed.CHILD_PERSONAL_IDENTITY_NUMBER.name(), e.getMessage());
    }
    String band = Typed.AGE_BAND.getOrNull(answers);
    if (band != null) {
      AgeBand ageBand = AgeBand.valueOf(band);
      LocalDate born = PersonalIdentityNumber.bornOn(normalised);
      if (!ageBand.admits(born, SwedishTime.today())) {
        throw new InputRefused(Typed.CHILD_PERSONAL_IDENTITY_NUMBER.name(), "Barnets personnummer (född " + born
            + ") stämmer inte med åldern som angavs när ärendet startades (" + ageBand.label
            + "). Kontrollera personnumret.");
      }
    }
    Typed.CHILD_PERSONAL_IDENTITY_NUMBER.set(answers, normalised);
  }
}
