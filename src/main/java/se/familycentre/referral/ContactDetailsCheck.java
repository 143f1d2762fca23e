package se.familycentre.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.familycentre.referral.ContactDetails.Guardian;
import se.familycentre.referral.ContactDetails.Typed;
import se.familycentre.referral.ContactDetails.Values;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * The checks of the family's identity and contact details on "Dokumentera samtycke" (called by
 * {@link RecordConsentValidation}), each refusal in Swedish naming the field:
 * <ul>
 *   <li>without consent nothing of them is kept: whatever the case holds of them is removed (nothing is recorded
 *       that may not be shared, also when the guardians are asked again and now say no);</li>
 *   <li>with consent: the child's personal identity or coordination number (not for a pregnancy), guardian 1's
 *       name, number and phone, and with joint custody guardian 2's name and number, are required;</li>
 *   <li>numbers are valid personal identity or coordination numbers (day + 60), check digit included, and stored
 *       as ÅÅÅÅMMDD-NNNN; no two persons share one;</li>
 *   <li>phones are Swedish numbers, stored as +46…; an address holds a postal code (NNN NN) and a town;</li>
 *   <li>a name holds letters and no digits, at most 100 characters;</li>
 *   <li>an interpreter needs a language.</li>
 * </ul>
 * The form states the same rules (required, patterns with their format as help text, guardian 2 with joint custody).
 */
@Component
public class ContactDetailsCheck {

  static final int NAME_MAX = 100;
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} .'\\-]*$");
  private static final Pattern ADDRESS = Pattern.compile("^.+[ ,]\\d{3} ?\\d{2} +\\S.*$");
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

  /** Checks (and normalises) the answers of the consent task; removes every detail when there is no consent. */
  public void check(VariableScope answers, boolean consentGiven, boolean jointCustody, String ageBand) {
    if (!consentGiven) {
      Typed.all().forEach(v -> answers.removeVariable(v.name()));
      return;
    }
    List<String> numbers = new ArrayList<>();
    if (!Values.PREGNANCY.equals(ageBand)) {
      numbers.add(identity(answers, Typed.CHILD_PERSONAL_IDENTITY_NUMBER, true));
    }
    for (Guardian guardian : Typed.GUARDIANS) {
      guardian(answers, guardian, guardian.number() == 1 || jointCustody, numbers);
    }
  }

  private void guardian(VariableScope answers, Guardian guardian, boolean required, List<String> numbers) {
    String name = required ? guardian.name().get(answers, fillIn(guardian.name()) + ".")
        : guardian.name().getOrNull(answers);
    if (name != null && (name.length() > NAME_MAX || !NAME.matcher(name).matches())) {
      throw new InputRefused(guardian.name().name(), "\"" + guardian.name().label() + "\" ska vara ett namn med "
          + "bokstäver, utan siffror, högst " + NAME_MAX + " tecken.");
    }
    String number = identity(answers, guardian.personalIdentityNumber(), required);
    if (number != null) {
      if (numbers.contains(number)) {
        throw new InputRefused(guardian.personalIdentityNumber().name(), "\""
            + guardian.personalIdentityNumber().label() + "\" är samma nummer som en annan person i ärendet har.");
      }
      numbers.add(number);
    }
    String phone = guardian.number() == 1 ? guardian.phone().get(answers,
        fillIn(guardian.phone()) + ", så att mottagaren kan nå familjen.") : guardian.phone().getOrNull(answers);
    if (phone != null) {
      try {
        guardian.phone().set(answers, SwedishPhoneNumber.validate(phone));
      } catch (IllegalArgumentException e) {
        throw new InputRefused(guardian.phone().name(), guardian.phone().label() + ": " + e.getMessage());
      }
    }
    String address = guardian.address().getOrNull(answers);
    if (address != null && (address.length() > 200 || !ADDRESS.matcher(address).matches())) {
      throw new InputRefused(guardian.address().name(), guardian.address().label() + ": skriv gata, postnummer "
          + "och ort, t.ex. Storgatan 1, 182 30 Danderyd.");
    }
    String language = guardian.language().getOrNull(answers);
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new InputRefused(guardian.language().name(), "\"" + language + "\" är inget giltigt svar på \""
          + guardian.language().label() + "\".");
    }
    if (guardian.interpreterNeeded().getOrDefault(answers, false) && language == null) {
      throw new InputRefused(guardian.language().name(), fillIn(guardian.language())
          + ": tolken behöver veta vilket språk.");
    }
  }

  /** A personal identity or coordination number, normalised; required or null when absent. */
  private static String identity(VariableScope answers, CaseVariable<String> variable, boolean required) {
    String input = required ? variable.get(answers, fillIn(variable) + ".") : variable.getOrNull(answers);
    if (input == null) {
      return null;
    }
    try {
      String number = PersonalIdentityNumber.validate(input, SwedishTime.today());
      variable.set(answers, number);
      return number;
    } catch (IllegalArgumentException e) {
      throw new InputRefused(variable.name(), variable.label() + ": " + e.getMessage());
    }
  }

  private static String fillIn(CaseVariable<?> variable) {
    return "Fyll i \"" + variable.label() + "\"";
  }
}
