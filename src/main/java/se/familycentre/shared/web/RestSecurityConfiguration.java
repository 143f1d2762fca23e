package se.familycentre.shared.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /engine-rest is open by default in the Camunda starter: this puts HTTP Basic against the engine's users in front
 * of it and of our own endpoints (/api, /handbook). The authenticated user's groups and tenants are set on the
 * engine for the request, so every engine call checks that user's authorizations. Before that,
 * {@link ForgedRequestFilter} refuses state changes that a foreign web page could have sent.
 */
@Configuration
public class RestSecurityConfiguration {

  /** Refusing forged requests comes first: nothing else, not even a password check, runs for them. */
  public static final int FORGERY_ORDER = org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10;
  /** Early, right after Spring's character encoding, so every later filter knows who the caller is. */
  public static final int AUTHENTICATION_ORDER = org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20;

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
