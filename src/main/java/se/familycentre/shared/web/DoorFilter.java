package se.familycentre.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import se.familycentre.secrecy.Door;

/**
 * Names the door of every request to the engine's REST API, the webapps' own API, our API and the handbook
 * ({@link Door}, for the access log): {@code "GET /engine-rest/task/42/form-variables"}, the method and the path
 * after the context path, without query string and without path parameters ({@code ;jsessionid=...}), so that
 * neither searched values nor session ids reach the log. Set for the whole request, cleared when it is done.
 */
public class DoorFilter implements Filter {

  /** Early: before the authentication filters, so that everything a request makes the engine do has its door. */
  public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
  public static final String[] DOORS = {"/engine-rest/*", "/camunda/api/*", "/api/*", "/handbook", "/handbook/*"};

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    try (Door.Scope door = Door.enter(door(http))) {
      chain.doFilter(request, response);
    }
  }

  static String door(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path = context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    return request.getMethod() + " " + path.replaceAll(";[^/]*", "");
  }

  /** Registers the filter on the doors, before everything else of ours. */
  @Configuration(proxyBeanMethods = false)
  public static class Registration {

    @Bean
    public FilterRegistrationBean<DoorFilter> doorFilter() {
      FilterRegistrationBean<DoorFilter> registration = new FilterRegistrationBean<>(new DoorFilter());
      registration.setName("family-centre-door");
      registration.setOrder(ORDER);
      registration.addUrlPatterns(DOORS);
      registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
      return registration;
    }
  }
}
