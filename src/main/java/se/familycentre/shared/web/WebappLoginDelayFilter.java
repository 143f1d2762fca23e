package se.familycentre.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The growing login delay ({@link LoginDelays}) in front of the webapps' own login,
 * {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}} (a form with {@code username} and
 * {@code password}): while this client address must wait for that user, 429 with {@code Retry-After} and a
 * Swedish message, which Tasklist and Cockpit show on their login page; the webapps never check the password.
 * Afterwards the webapps' answer tells the outcome: 401 is a wrong password (or unknown user), 200 a success.
 * Other answers (403 for a user without access to that app, or a refused CSRF token) change nothing.
 */
public class WebappLoginDelayFilter extends OncePerRequestFilter {

  /** A login form is a few dozen bytes; more is not a login. */
  static final int MAX_LOGIN_BYTES = 8 * 1024;

  private final LoginDelays delays;
  private final Pattern login;

  public WebappLoginDelayFilter(LoginDelays delays, String webappPath) {
    this.delays = delays;
    this.login = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod()) || !login.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_BYTES + 1);
    if (form.length > MAX_LOGIN_BYTES) {
      Refusals.json(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "LoginTooLarge",
          "Inloggningen är för stor (högst " + MAX_LOGIN_BYTES + " byte); ingen inloggning har gjorts.");
      return;
    }
    Charset charset = charset(request.getCharacterEncoding());
    String user = formValue(new String(form, StandardCharsets.ISO_8859_1), "username", charset);
    String address = request.getRemoteAddr();
    Optional<Duration> wait = delays.remaining(user, address);
    if (wait.isPresent()) {
      Refusals.retryAfter(response, wait.get());
      Refusals.json(response, 429, "LoginDelayed", Refusals.loginDelayed(wait.get()));
      return;
    }
    chain.doFilter(new BodyReadOnce(request, form, charset), response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      delays.failed(user, address);
    } else if (response.getStatus() == HttpServletResponse.SC_OK) {
      delays.succeeded(user, address);
    }
  }

  /** The form's declared character set; UTF-8 (what the webapps send) when none or an unknown one is named. */
  static Charset charset(String name) {
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** One field of an {@code application/x-www-form-urlencoded} body; empty when it is not there. */
  static String formValue(String form, String name, Charset charset) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          return URLDecoder.decode(value, charset);
        } catch (IllegalArgumentException badEscape) {
          return value;
        }
      }
    }
    return "";
  }
}
