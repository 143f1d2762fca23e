package se.familycentre.shared.engine.guard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A refused answer is a 400 through every REST door that starts or completes: Camunda's {@code submit-form} and
 * {@code complete} already answer a form validation failure (our {@code InputRefused}) with 400, but
 * {@code POST /process-definition/.../start} wraps every engine exception into a 500. This mapper answers such a
 * wrapped validation failure with 400 and its message, in Camunda's error format; every other {@link RestException}
 * is answered exactly as Camunda's own mapper does. Registered with a rank that wins over Camunda's mapper (see
 * {@code UnreadableJson}).
 */
@Component
public class RefusedInputAnswer implements ResourceConfigCustomizer {

  static final int RANK = 100;

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class, RANK);
  }

  /** The mapper Jersey instantiates. */
  public static class Mapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          return ExceptionHandlerHelper.getInstance().getResponse(
              new InvalidRequestException(Response.Status.BAD_REQUEST, (Exception) cause, exception.getMessage()));
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}
