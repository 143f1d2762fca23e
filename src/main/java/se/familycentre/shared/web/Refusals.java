package se.familycentre.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.util.HtmlUtils;

/**
 * How our web filters refuse a request before anything runs: a status and a short Swedish message, as JSON in
 * Camunda's error format ({@code {"type":...,"message":...}}) for the APIs, or as a small HTML page for browsers.
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

  /** A page of its own: a heading and paragraphs of HTML (the caller escapes what it puts in). */
  static void html(HttpServletResponse response, int status, String heading, String... paragraphs)
      throws IOException {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(heading)).append("</title>\n</head>\n<body>\n<h1>")
        .append(escape(heading)).append("</h1>\n");
    for (String paragraph : paragraphs) {
      page.append("<p>").append(paragraph).append("</p>\n");
    }
    page.append("</body>\n</html>\n");
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page.toString());
  }

  /** HTML-escaped for a UTF-8 page: markup characters only, Swedish letters stay as they are. */
  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  /** 429 needs a {@code Retry-After} in whole seconds, rounded up so that a client waiting that long gets in. */
  static void retryAfter(HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", Long.toString(seconds(wait)));
  }

  /** "För många misslyckade inloggningar ... Försök igen om 4 sekunder." */
  static String loginDelayed(Duration wait) {
    long seconds = seconds(wait);
    String when = seconds < 60 ? seconds + (seconds == 1 ? " sekund" : " sekunder")
        : (seconds + 59) / 60 + ((seconds + 59) / 60 == 1 ? " minut" : " minuter");
    return "För många misslyckade inloggningar för den här användaren från din adress. Försök igen om " + when
        + ".";
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
