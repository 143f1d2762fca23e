package se.familycentre.shared.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An answer the process refuses, with a Swedish message for the official. It is a form validation failure, so the
 * engine does not wrap it: Tasklist shows the message, the REST API answers 400 on submit-form/complete, and the
 * whole command (the start, or the task completion) rolls back, so nothing is half saved and the task stays open.
 */
public class InputRefused extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public InputRefused(String field, String message) {
    super(field, message);
  }
}
