package se.familycentre.shared.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest is open by default in the Camunda starter: this puts HTTP Basic against the engine's users in front
 * of it and of our own endpoints (/api, /handbook). The authenticated user's groups and tenants are set on the
 * engine for the request, so every engine call checks that user's authorizations.
 */
@Configuration
public class RestSecurityConfiguration {

  /** Paths that need an engine user: Camunda's REST API and everything of ours that shows data. */
  /** Early, right after Spring's character encoding, so every later filter knows who the caller is. */
  public static final int AUTHENTICATION_ORDER = org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20;

  public static final String[] PROTECTED_PATHS = {"/engine-rest/*", "/api/*", "/handbook/*", "/handbook"};

  @Bean
  public FilterRegistrationBean<Filter> engineAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineAuthenticationFilter());
    registration.setName("family-centre-engine-authentication");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.addInitParameter(EngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // Our filter decides on the whole path after the context path, not after a servlet path.
    registration.addInitParameter(EngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }
}
