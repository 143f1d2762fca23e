package se.familycentre.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * How our controllers answer a {@link ResponseStatusException}: JSON with the status, its reason phrase, the
 * Swedish {@code message} and the path (Spring's own error page would leave the message out).
 */
public final class StatusRefusal {

  private StatusRefusal() {
  }

  public static ResponseEntity<Map<String, Object>> answer(ResponseStatusException e, HttpServletRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", e.getStatusCode().value());
    body.put("error", HttpStatus.valueOf(e.getStatusCode().value()).getReasonPhrase());
    body.put("message", e.getReason());
    body.put("path", request.getRequestURI().substring(request.getContextPath().length()));
    return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
