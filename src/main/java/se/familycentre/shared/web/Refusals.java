package se.familycentre.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How our web filters refuse a request before anything runs: a status and a short Swedish message, as JSON in
 * Camunda's error format ({@code {"type":...,"message":...}}).
 */
final class Refusals {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Refusals() {
  }

  static void json(HttpServletResponse response, int status, String type, String message) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("type", type).put("message", message);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
