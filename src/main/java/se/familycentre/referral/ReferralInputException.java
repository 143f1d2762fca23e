package se.familycentre.referral;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input in a referral step, refused with a clear Swedish message. It is the engine's form validation exception,
 * thrown from the synchronous step right after the form, so the whole start or task completion rolls back (nothing
 * is saved) and Camunda's REST API answers 400 with the message.
 */
public class ReferralInputException extends FormFieldValidationException {

  public ReferralInputException(String field, String message) {
    super(field, message);
  }
}
