package se.familycentre.shared.engine.guard.form;

import java.util.List;
import se.familycentre.shared.engine.guard.Caller;

/**
 * The options of a form's select that depend on who is signed in, named by the select's {@code valuesKey} (e.g. the
 * referral start form's centres: those the official works at). A form declares such a select with a
 * {@code valuesKey} and no {@code values}; {@link SignedInFormOptions} fills it in the form the engine hands out
 * ({@code deployed-start-form}, {@code deployed-form}) and {@link FormFieldsGuard} accepts exactly these values from
 * that caller. Implementations are Spring beans in the room of their process; they run inside the engine command
 * without the caller's authorization checks (they read identity data the caller may not query), so they must
 * return only what is the caller's own.
 */
public interface SignedInOptions {

  /** The form component's {@code valuesKey} these options are for. */
  String valuesKey();

  /**
   * What the options are, in the words of the auditor's handbook, which cannot show any one caller's list
   * ("familjecentralerna där den inloggade arbetar").
   */
  String inWords();

  /** The options for this caller, in the order shown (empty when the caller has none). */
  List<Option> options(Caller caller);

  /**
   * A second sentence for the refusal of a value that is not among the caller's options (e.g. "Du arbetar inte vid
   * familjecentralen …"), or null.
   */
  default String refusal(Caller caller, String value) {
    return null;
  }

  /** One option as form-js shows it: the label the official reads, the value submitted. */
  record Option(String label, String value) {
  }
}
