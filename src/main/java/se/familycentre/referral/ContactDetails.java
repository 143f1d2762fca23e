package se.familycentre.referral;

import static se.familycentre.shared.CaseVariable.bool;
import static se.familycentre.shared.CaseVariable.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.familycentre.shared.CaseVariable;

/**
 * The family's identity and contact details (issue 13 §1): recorded by the referrer with the consent (task
 * "Dokumentera samtycke"), passed by the call activity to the receiving organisation's own process
 * ({@code referralSupportProcess}, same names) and shown read-only on its task "Ta emot och kontakta familjen".
 * The child's personal identity or coordination number, and per guardian: name, personal identity or coordination
 * number, phone, address, preferred language and whether an interpreter is needed. Guardian 2 is recorded with
 * joint custody.
 *
 * <p>Who reads them is the visibility matrix's ({@code secrecy/VisibilityMatrix}: the referrer in the referral, the
 * receiver in its own process, nobody else); when the consent is withdrawn or expires they are removed from the
 * receiver's process ({@link ContactDetailsSharing}). The form fields are generated from
 * {@code tools/models/contact_details.py}; its names equal these.
 */
public final class ContactDetails {

  private ContactDetails() {
  }

  /** Variables (form field keys), in the referral and in the receiver's process alike. */
  public static final class Vars {
    public static final String CHILD_PERSONAL_IDENTITY_NUMBER = ReferralProcess.Vars.CHILD_PERSONAL_IDENTITY_NUMBER;
    public static final String GUARDIAN_1_NAME = "guardian1Name";
    public static final String GUARDIAN_1_PERSONAL_IDENTITY_NUMBER = "guardian1PersonalIdentityNumber";
    public static final String GUARDIAN_1_PHONE = "guardian1Phone";
    public static final String GUARDIAN_1_ADDRESS = "guardian1Address";
    public static final String GUARDIAN_1_LANGUAGE = "guardian1Language";
    public static final String GUARDIAN_1_INTERPRETER_NEEDED = "guardian1InterpreterNeeded";
    public static final String GUARDIAN_2_NAME = "guardian2Name";
    public static final String GUARDIAN_2_PERSONAL_IDENTITY_NUMBER = "guardian2PersonalIdentityNumber";
    public static final String GUARDIAN_2_PHONE = "guardian2Phone";
    public static final String GUARDIAN_2_ADDRESS = "guardian2Address";
    public static final String GUARDIAN_2_LANGUAGE = "guardian2Language";
    public static final String GUARDIAN_2_INTERPRETER_NEEDED = "guardian2InterpreterNeeded";

    /** The identity numbers (kind "personnummer" in the matrix). */
    public static final List<String> IDENTITY = List.of(CHILD_PERSONAL_IDENTITY_NUMBER,
        GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, GUARDIAN_2_PERSONAL_IDENTITY_NUMBER);
    /** Whom to contact and how (kind "kontaktuppgift" in the matrix). */
    public static final List<String> CONTACT = List.of(GUARDIAN_1_NAME, GUARDIAN_1_PHONE, GUARDIAN_1_ADDRESS,
        GUARDIAN_1_LANGUAGE, GUARDIAN_1_INTERPRETER_NEEDED, GUARDIAN_2_NAME, GUARDIAN_2_PHONE, GUARDIAN_2_ADDRESS,
        GUARDIAN_2_LANGUAGE, GUARDIAN_2_INTERPRETER_NEEDED);
    /**
     * All of them, in the order the call activity passes them ({@code camunda:in}), as
     * {@code tools/models/contact_details.py} writes it.
     */
    public static final List<String> ALL = List.of(CHILD_PERSONAL_IDENTITY_NUMBER,
        GUARDIAN_1_NAME, GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, GUARDIAN_1_PHONE, GUARDIAN_1_ADDRESS,
        GUARDIAN_1_LANGUAGE, GUARDIAN_1_INTERPRETER_NEEDED,
        GUARDIAN_2_NAME, GUARDIAN_2_PERSONAL_IDENTITY_NUMBER, GUARDIAN_2_PHONE, GUARDIAN_2_ADDRESS,
        GUARDIAN_2_LANGUAGE, GUARDIAN_2_INTERPRETER_NEEDED);

    private Vars() {
    }
  }

  /** One guardian's variables, typed and labelled as the form labels them. */
  public record Guardian(int number, CaseVariable<String> name, CaseVariable<String> personalIdentityNumber,
      CaseVariable<String> phone, CaseVariable<String> address, CaseVariable<String> language,
      CaseVariable<Boolean> interpreterNeeded) {

    private static Guardian of(int n, String name, String number, String phone, String address, String language,
        String interpreter) {
      String who = "Vårdnadshavare " + n;
      return new Guardian(n, text(name, who + ": namn"),
          text(number, who + ": personnummer eller samordningsnummer"), text(phone, who + ": telefon"),
          text(address, who + ": adress"), text(language, who + ": föredraget språk"),
          bool(interpreter, who + ": behöver tolk"));
    }

    /** Every variable of this guardian. */
    public List<CaseVariable<?>> all() {
      return List.of(name, personalIdentityNumber, phone, address, language, interpreterNeeded);
    }
  }

  /** The variables our code reads and writes, typed ({@link CaseVariable}), labelled as the forms label them. */
  public static final class Typed {
    public static final CaseVariable<String> CHILD_PERSONAL_IDENTITY_NUMBER = text(
        Vars.CHILD_PERSONAL_IDENTITY_NUMBER, "Barnets personnummer eller samordningsnummer");
    public static final Guardian GUARDIAN_1 = Guardian.of(1, Vars.GUARDIAN_1_NAME,
        Vars.GUARDIAN_1_PERSONAL_IDENTITY_NUMBER, Vars.GUARDIAN_1_PHONE, Vars.GUARDIAN_1_ADDRESS,
        Vars.GUARDIAN_1_LANGUAGE, Vars.GUARDIAN_1_INTERPRETER_NEEDED);
    public static final Guardian GUARDIAN_2 = Guardian.of(2, Vars.GUARDIAN_2_NAME,
        Vars.GUARDIAN_2_PERSONAL_IDENTITY_NUMBER, Vars.GUARDIAN_2_PHONE, Vars.GUARDIAN_2_ADDRESS,
        Vars.GUARDIAN_2_LANGUAGE, Vars.GUARDIAN_2_INTERPRETER_NEEDED);
    public static final List<Guardian> GUARDIANS = List.of(GUARDIAN_1, GUARDIAN_2);

    /** Every variable, typed. */
    public static List<CaseVariable<?>> all() {
      List<CaseVariable<?>> all = new ArrayList<>();
      all.add(CHILD_PERSONAL_IDENTITY_NUMBER);
      GUARDIANS.forEach(g -> all.addAll(g.all()));
      return Collections.unmodifiableList(all);
    }

    private Typed() {
    }
  }

  /** Values. */
  public static final class Values {
    /** The age band of an unborn child: no personal identity number yet (values of {@code ageBand}). */
    public static final String PREGNANCY = "PREGNANCY";

    private Values() {
    }
  }
}
