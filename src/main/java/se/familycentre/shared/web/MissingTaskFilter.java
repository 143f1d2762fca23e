package se.familycentre.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import se.familycentre.shared.engine.WithoutUser;

/**
 * Camunda's REST API answers completing a task that no longer exists (for instance one cancelled when the guardians
 * withdrew their consent) with 500 "Cannot find task". This answers such a request with 404 and a clear Swedish
 * message instead, before anything runs. It only acts for an authenticated caller and only when the task does not
 * exist at all; everything else passes through unchanged to Camunda's REST API.
 */
@Configuration
public class MissingTaskFilter {

  static final Pattern TASK_ACTION = Pattern.compile("^/engine-rest/task/([^/]+)/(complete|submit-form|resolve)$");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> missingTaskNotFoundFilter(@Lazy TaskService taskService,
      @Lazy IdentityService identityService) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
              FilterChain chain) throws ServletException, IOException {
            Matcher m = TASK_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if ("POST".equals(request.getMethod()) && m.matches() && !exists(m.group(1))
                && authenticated(request)) {
              Refusals.json(response, HttpServletResponse.SC_NOT_FOUND, "NotFoundException", "Uppgiften "
                  + m.group(1) + " finns inte längre (den är klar eller avbruten, t.ex. för att samtycket"
                  + " återkallades); ingenting har ändrats.");
              return;
            }
            chain.doFilter(request, response);
          }

          /** The engine authentication filter runs first (see RestSecurityConfiguration) and sets the user. */
          private boolean authenticated(HttpServletRequest request) {
            return identityService.getCurrentAuthentication() != null;
          }

          private boolean exists(String taskId) {
            return WithoutUser.call(identityService, () -> taskService.createTaskQuery().taskId(taskId).count() > 0);
          }
        });
    registration.setName("missing-task-not-found");
    registration.addUrlPatterns("/engine-rest/task/*");
    // after the engine authentication filter, so only signed-in callers learn that a task is gone
    registration.setOrder(RestSecurityConfiguration.AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
