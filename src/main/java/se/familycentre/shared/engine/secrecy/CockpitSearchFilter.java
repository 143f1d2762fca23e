package se.familycentre.shared.engine.secrecy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.filter.OncePerRequestFilter;
import se.familycentre.secrecy.VisibilityMatrix;
import se.familycentre.shared.engine.WebappSessions;
import se.familycentre.shared.web.BodyReadOnce;

/**
 * The search rule of the visibility matrix on Cockpit's own process instance searches
 * ({@code /camunda/api/cockpit/plugin/base/{engine}/process-instance}, its count, and a process instance's called
 * instances), which run through Cockpit's own database session rather than the engine's command chain: a variable
 * criterion is allowed only on a variable the matrix makes searchable for the signed-in user (the case reference,
 * the centre); anything else is answered 403 with a Swedish message before Cockpit runs the query.
 */
@Configuration
public class CockpitSearchFilter {

  static final String BASE = "/camunda/api/cockpit/plugin/base/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> cockpitVariableSearchFilter(@Lazy ProcessEngine engine,
      WebappSessions sessions) {
    return forNonAdministrators("cockpit-variable-search", CockpitSearchFilter::searches, engine, sessions,
        (body, response, chain, user) -> {
          for (String name : criteria(body)) {
            if (!VisibilityMatrix.get().maySearch(null, name, user.groupIds())) {
              refuse(response, "Du får inte söka på innehållet i variabeln \"" + name + "\". Sök i stället "
                  + "på ärendenummer (caseReference) eller familjecentral (centreId).");
              return;
            }
          }
          chain.doFilter(body, response);
        });
  }

  /** What a filter of Cockpit's own API does for a signed-in user who is no administrator. */
  interface ForNonAdministrators {
    void filter(CachedBody request, HttpServletResponse response, FilterChain chain, WebappSessions.SignedIn user)
        throws ServletException, IOException;
  }

  /**
   * A filter on Cockpit's own API ({@value #BASE}...) that applies {@code filter} to the requests of {@code paths}
   * by a signed-in user who is no administrator, and lets everything else through as it is.
   */
  static FilterRegistrationBean<OncePerRequestFilter> forNonAdministrators(String name, Predicate<String> paths,
      ProcessEngine engine, WebappSessions sessions, ForNonAdministrators filter) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            var user = paths.test(path) ? sessions.signedIn(request).orElse(null) : null;
            if (user == null || admin(engine, user)) {
              chain.doFilter(request, response);
              return;
            }
            filter.filter(new CachedBody(request), response, chain, user);
          }
        });
    registration.setName(name);
    registration.addUrlPatterns(BASE + "*");
    return registration;
  }

  /** Cockpit's process instance searches: the list, the count, and the called instances of one instance. */
  static boolean searches(String path) {
    return path.startsWith(BASE) && (path.matches(BASE + "[^/]+/process-instance(/count)?/?")
        || path.matches(BASE + "[^/]+/process-instance/[^/]+/called-process-instances/?"));
  }

  /** A Swedish 403 in Camunda's error format, before Cockpit runs anything. */
  static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.createObjectNode().put("type", "AuthorizationException")
        .put("message", message).toString());
  }

  static boolean admin(ProcessEngine engine, WebappSessions.SignedIn user) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.userId())
        || user.groupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
  }

  /** The variable names a search asks about: {@code variables=name_op_value,...} or a JSON body's "variables". */
  static List<String> criteria(CachedBody request) throws IOException {
    List<String> names = new ArrayList<>();
    String[] params = request.getParameterValues("variables");
    if (params != null) {
      for (String param : params) {
        for (String criterion : param.split(",")) {
          if (!criterion.isBlank()) {
            names.add(criterion.split("_", 2)[0]);
          }
        }
      }
    }
    if (request.body.length > 0) {
      JsonNode variables;
      try {
        variables = JSON.readTree(request.body).path("variables");
      } catch (IOException notJson) {
        return names; // Cockpit answers malformed bodies itself
      }
      for (JsonNode variable : variables) {
        names.add(variable.path("name").asText());
      }
    }
    return names;
  }

  /** The request with its body read once, so that the filter can look at it and Cockpit still gets it. */
  static final class CachedBody extends BodyReadOnce {
    final byte[] body;

    CachedBody(HttpServletRequest request) throws IOException {
      this(request, "POST".equals(request.getMethod()) ? request.getInputStream().readAllBytes() : new byte[0]);
    }

    private CachedBody(HttpServletRequest request, byte[] body) {
      super(request, body, StandardCharsets.UTF_8);
      this.body = body;
    }
  }
}
