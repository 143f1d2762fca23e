package se.familycentre.shared.engine.secrecy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.familycentre.shared.engine.WebappSessions;

/**
 * {@link FailureTextGuard}'s rule on Cockpit's own incident list ({@code /camunda/api/cockpit/plugin/base/{engine}/
 * incident}, GET and POST), which Cockpit runs through its own database session, outside the engine's command
 * chain: for a signed-in user who is no administrator, the incidents' messages (and their root causes') are
 * answered as {@link FailureTextGuard#HIDDEN}, and sorting by the message is refused with a Swedish 403.
 */
@Configuration
public class CockpitIncidentFilter {

  static final List<String> MESSAGES = List.of("incidentMessage", "rootCauseIncidentMessage");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> cockpitIncidentMessageFilter(@Lazy ProcessEngine engine,
      WebappSessions sessions) {
    return CockpitSearchFilter.forNonAdministrators("cockpit-incident-messages", CockpitIncidentFilter::incidents,
        engine, sessions, (body, response, chain, user) -> {
          if (MESSAGES.get(0).equals(sortBy(body))) {
            CockpitSearchFilter.refuse(response, FailureTextGuard.NO_SEARCH);
            return;
          }
          ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
          chain.doFilter(body, answer);
          byte[] content = answer.getContentAsByteArray();
          if (answer.getStatus() == HttpServletResponse.SC_OK) {
            content = hidden(content);
          }
          response.setContentLength(content.length);
          response.getOutputStream().write(content);
        });
  }

  /** Cockpit's incident list (not its count, which carries no text). */
  static boolean incidents(String path) {
    return path.matches(CockpitSearchFilter.BASE + "[^/]+/incident/?");
  }

  private static String sortBy(CockpitSearchFilter.CachedBody request) {
    String sortBy = request.getParameter("sortBy");
    if (sortBy == null && request.body.length > 0) {
      try {
        sortBy = JSON.readTree(request.body).path("sortBy").asText(null);
      } catch (IOException notJson) {
        return null; // Cockpit answers malformed bodies itself
      }
    }
    return sortBy;
  }

  /** The answer with every incident's messages hidden; an answer that is not a JSON list is not Cockpit's list. */
  static byte[] hidden(byte[] content) throws IOException {
    JsonNode incidents;
    try {
      incidents = JSON.readTree(content);
    } catch (IOException notJson) {
      return content;
    }
    if (incidents == null || !incidents.isArray()) {
      return content;
    }
    for (JsonNode incident : incidents) {
      for (String field : MESSAGES) {
        if (incident instanceof ObjectNode object && object.hasNonNull(field)) {
          object.put(field, FailureTextGuard.HIDDEN);
        }
      }
    }
    return JSON.writeValueAsString(incidents).getBytes(StandardCharsets.UTF_8);
  }
}
