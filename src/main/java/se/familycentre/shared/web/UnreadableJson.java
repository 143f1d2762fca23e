package se.familycentre.shared.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A request body that is not JSON, or not JSON of the expected shape, is answered 400 with a message that says
 * what is wrong and where, in Camunda's error format ({@code {"type":"InvalidRequestException","message":...}}).
 *
 * <p>Without this, two exception mappers claim the same exceptions in the REST API: Camunda's own (which answers
 * with an empty message) and Jersey's Jackson feature (which answers with Jackson's English text). Jersey picks
 * between mappers of equal rank by registration order, which differs between starts: the answer changed from one
 * application context to the next. Ours are registered with a rank that wins over both, so the answer is always
 * the same.
 */
@Component
public class UnreadableJson implements ResourceConfigCustomizer {

  /** Jersey chooses the mapper with the lowest rank value; unranked mappers count as 5000. */
  static final int RANK = 100;
  static final String NOT_JSON = "Begäran är inte giltig JSON";

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(NotJson.class, RANK);
    config.register(WrongShape.class, RANK);
  }

  static Response refuse(JsonProcessingException exception, String what) {
    JsonLocation at = exception.getLocation();
    String where = at == null ? "" : " (rad " + at.getLineNr() + ", kolumn " + at.getColumnNr() + ")";
    // Jackson names the source as "REDACTED (... disabled)"; that says nothing to the caller
    String detail = String.valueOf(exception.getOriginalMessage()).replaceAll("Source: REDACTED \\([^)]*\\); ", "");
    String message = what + where + ": " + detail;
    return ExceptionHandlerHelper.getInstance()
        .getResponse(new InvalidRequestException(Response.Status.BAD_REQUEST, exception, message));
  }

  /** Malformed JSON: a missing bracket, a stray comma, a cut-off body. */
  public static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return refuse(exception, NOT_JSON);
    }
  }

  /** Valid JSON of the wrong shape: a text where an object is expected, an unknown field. */
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      // a body cut off or broken while being read into an object still is not JSON
      boolean broken = exception.getCause() instanceof JsonParseException
          || String.valueOf(exception.getOriginalMessage()).startsWith("Unexpected end-of-input");
      return refuse(exception, broken ? NOT_JSON : "Begäran har inte den form som väntas");
    }
  }
}
