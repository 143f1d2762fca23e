package se.familycentre.shared.engine.guard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A refused answer is a 400 through every REST door that starts or completes: Camunda's {@code submit-form} and
 * {@code complete} already answer a form validation failure (our {@code InputRefused}) with 400, but
 * {@code POST /process-definition/.../start} wraps every engine exception into a 500, and
 * {@code POST /task/{id}/resolve} lets it through to Camunda's mapper of engine exceptions, which answers 500 too.
 * These mappers answer such a validation failure with 400 and its message, in Camunda's error format, and so a
 * wrapped {@link BadUserRequestException} (the engine's own word that the request is wrong, e.g. a start at the
 * start event that skips listeners, ENGINE-13024, refused before anything runs); every other {@link RestException}
 * is answered exactly as Camunda's own mapper does. Registered with a rank that wins over Camunda's mapper (see
 * {@code UnreadableJson}).
 *
 * <p>The message is the refusal's own Swedish sentence ({@code InputRefused}), without the text Camunda's resources
 * put around it ("Cannot submit task form 452eab96-…: ", "Cannot instantiate process definition …: "): Tasklist shows
 * it to the official next to the button as it comes. The same mappers answer in the webapps' engine API
 * ({@code /camunda/api/engine}, Tasklist's own door), which is a Jersey application of its own: see
 * {@link WebappEngineApi}.
 */
@Component
public class RefusedInputAnswer implements ResourceConfigCustomizer {

  static final int RANK = 100;

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class, RANK);
    config.register(Unwrapped.class, RANK);
  }

  /** The mapper Jersey instantiates for Camunda's wrapped answers. */
  public static class Mapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          // the refusal's own Swedish sentence, not Camunda's "Cannot submit task form <id>: ..." around it
          return badRequest((Exception) cause, cause.getMessage());
        }
        if (cause instanceof BadUserRequestException && (exception.getStatus() == null
            || exception.getStatus().getStatusCode() >= 500)) {
          return badRequest((Exception) cause, cause.getMessage());
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** A form validation failure a resource does not wrap (resolve): a 400 with its message, not a 500. */
  public static class Unwrapped implements ExceptionMapper<FormFieldValidationException> {
    @Override
    public Response toResponse(FormFieldValidationException exception) {
      return badRequest(exception, exception.getMessage());
    }
  }

  private static Response badRequest(Exception cause, String message) {
    return ExceptionHandlerHelper.getInstance().getResponse(
        new InvalidRequestException(Response.Status.BAD_REQUEST, cause, message));
  }
}
