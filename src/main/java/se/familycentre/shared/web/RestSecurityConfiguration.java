package se.familycentre.shared.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import se.familycentre.shared.engine.WebappSessions;

/**
 * The doors of the application and what stands in front of them. /engine-rest is open by default in the Camunda
 * starter: {@link EngineAuthenticationFilter} puts HTTP Basic against the engine's users in front of it and of our
 * own endpoints (/api, /handbook, which also accepts the webapps' session). Before it, {@link ForgedRequestFilter}
 * refuses state changes that a foreign web page could have sent. {@link WebappLoginDelayFilter} puts the same
 * growing login delay as on HTTP Basic in front of the webapps' own login.
 */
@Configuration
public class RestSecurityConfiguration {

  /** Refusing forged requests comes first: nothing else, not even a password check, runs for them. */
  public static final int FORGERY_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
  /** Early, right after Spring's character encoding, so every later filter knows who the caller is. */
  public static final int AUTHENTICATION_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  /** Paths that need an engine user: Camunda's REST API and everything of ours that shows data. */
  public static final String[] PROTECTED_PATHS = {"/engine-rest/*", "/api/*", "/handbook/*", "/handbook"};

  @Bean
  public FilterRegistrationBean<Filter> forgedRequestFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ForgedRequestFilter());
    registration.setName("family-centre-forged-requests");
    registration.setOrder(FORGERY_ORDER);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }

  /** The engine is built after the web server starts: the filter reaches it lazily, at the first request. */
  @Bean
  public FilterRegistrationBean<Filter> engineAuthenticationFilter(@Lazy IdentityService identityService,
      LoginDelays delays, WebappSessions sessions, CamundaBpmProperties camunda) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter(
        identityService, delays, sessions, camunda.getProcessEngineName(), camunda.getWebapp().getApplicationPath()));
    registration.setName("family-centre-engine-authentication");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addUrlPatterns(PROTECTED_PATHS);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> webappLoginDelayFilter(LoginDelays delays, CamundaBpmProperties camunda) {
    String webappPath = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new WebappLoginDelayFilter(delays, webappPath));
    registration.setName("family-centre-webapp-login-delay");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    return registration;
  }
}
