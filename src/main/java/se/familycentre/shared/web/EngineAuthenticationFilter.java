package se.familycentre.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;
import se.familycentre.shared.engine.WebappSessions;
import se.familycentre.shared.engine.WebappSessions.SignedIn;

/**
 * Signs the caller in against the engine's users for Camunda's REST API and our own endpoints, and lets nothing
 * through anonymously (not even the list of engine names). The user's groups and centres (tenants) are set on the
 * engine for the request, so every engine call checks that user's authorizations.
 * <ul>
 *   <li>{@code /engine-rest}: HTTP Basic, answered as Camunda's own filter does (401 with a Basic challenge).</li>
 *   <li>{@code /api}: HTTP Basic; 401 with a Swedish JSON message and no challenge (curl sends credentials
 *       unasked; a challenge would only make browsers remember them for any page that calls us).</li>
 *   <li>{@code /handbook}: the webapps' session (someone signed in to Tasklist or Cockpit reads it without a
 *       password prompt), else HTTP Basic; without either a small Swedish page with links to the webapps'
 *       login, 401 without a challenge.</li>
 * </ul>
 * Every password check goes through {@link LoginDelays} first: while a client address must wait after failed
 * attempts for a user, it gets 429 with {@code Retry-After}, and the engine never sees the attempt.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

  enum Door { ENGINE_REST, API, HANDBOOK }

  private final IdentityService identityService;
  private final LoginDelays delays;
  private final WebappSessions sessions;
  private final String engineName;
  private final String webappPath;

  public EngineAuthenticationFilter(IdentityService identityService, LoginDelays delays, WebappSessions sessions,
      String engineName, String webappPath) {
    this.identityService = identityService;
    this.delays = delays;
    this.sessions = sessions;
    this.engineName = engineName;
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Door door = door(request.getRequestURI().substring(request.getContextPath().length()));
    if (door == Door.HANDBOOK) {
      Optional<SignedIn> session = sessions.signedIn(request);
      if (session.isPresent()) {
        SignedIn user = session.get();
        continueAs(user.userId(), user.groupIds(), user.tenantIds(), request, response, chain);
        return;
      }
    }
    Credentials credentials = Credentials.basic(request.getHeader("Authorization"));
    if (credentials == null) {
      unauthenticated(door, request, response, false);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = delays.remaining(credentials.user(), address);
    if (wait.isPresent()) {
      delayed(door, request, response, wait.get());
      return;
    }
    identityService.clearAuthentication();
    if (!identityService.checkPassword(credentials.user(), credentials.password())) {
      delays.failed(credentials.user(), address);
      unauthenticated(door, request, response, true);
      return;
    }
    delays.succeeded(credentials.user(), address);
    String userId = credentials.user();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    continueAs(userId, groups, tenants, request, response, chain);
  }

  private void continueAs(String userId, List<String> groups, List<String> tenants, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    identityService.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Door door(String path) {
    if (path.startsWith("/api/")) {
      return Door.API;
    }
    return path.equals("/handbook") || path.startsWith("/handbook/") ? Door.HANDBOOK : Door.ENGINE_REST;
  }

  private void unauthenticated(Door door, HttpServletRequest request, HttpServletResponse response,
      boolean wrongCredentials) throws IOException {
    switch (door) {
      case ENGINE_REST -> {
        // Camunda's own answer, which its clients know
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + engineName + "\"");
      }
      case API -> Refusals.json(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationRequired",
          wrongCredentials ? "Fel användarnamn eller lösenord."
              : "Inloggning krävs: skicka användarnamn och lösenord med HTTP Basic.");
      case HANDBOOK -> {
        String app = request.getContextPath() + webappPath + "/app/";
        Refusals.html(response, HttpServletResponse.SC_UNAUTHORIZED, "Logga in för att läsa handboken",
            wrongCredentials ? "Användarnamnet eller lösenordet stämde inte." : "Handboken är till för inloggade.",
            "Logga in i <a href=\"" + Refusals.escape(app) + "tasklist/\">Tasklist</a> eller <a href=\""
                + Refusals.escape(app) + "cockpit/\">Cockpit</a> och öppna sedan <a href=\""
                + Refusals.escape(request.getContextPath()) + "/handbook\">handboken</a> igen.");
      }
    }
  }

  private void delayed(Door door, HttpServletRequest request, HttpServletResponse response, Duration wait)
      throws IOException {
    Refusals.retryAfter(response, wait);
    if (door == Door.HANDBOOK) {
      Refusals.html(response, 429, "Vänta en stund", Refusals.escape(Refusals.loginDelayed(wait)));
    } else {
      Refusals.json(response, 429, "LoginDelayed", Refusals.loginDelayed(wait));
    }
  }

  /** User name and password of an HTTP Basic {@code Authorization} header (RFC 7617). */
  record Credentials(String user, String password) {

    static Credentials basic(String header) {
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** Never the password, should this end up in a log. */
    @Override
    public String toString() {
      return "Credentials[user=" + user + "]";
    }
  }
}
