package se.familycentre.shared.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to the Camunda webapps (Tasklist, Cockpit, Admin) in this request's HTTP session. The webapps
 * keep their login in the session ({@link Authentications} under their own attribute); this reads it the way
 * their own authentication filter does, including its periodic refresh of the user's groups and centres (the
 * starter's {@code camunda.bpm.webapp.auth.cache.*}), so a deleted user or a changed membership counts here as
 * soon as it would there. Webapp internals stay behind this one class.
 */
@Component
public class WebappSessions {

  /** Null: the webapps do not refresh the session's authentication. */
  private final Long cacheTimeToLive;
  private final String engineName;

  public WebappSessions(CamundaBpmProperties properties) {
    AuthenticationProperties.CacheProperties cache = properties.getWebapp().getAuth().getCache();
    this.cacheTimeToLive = cache.isTtlEnabled() ? cache.getTimeToLive() : null;
    this.engineName = properties.getProcessEngineName();
  }

  /** The user signed in to the webapps for our engine, with groups and centres; empty without a session. */
  public Optional<SignedIn> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (cacheTimeToLive != null) {
      AuthenticationUtil.updateCache(authentications, session, cacheTimeToLive);
      AuthenticationUtil.updateSession(session, authentications);
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
    if (!(authentication instanceof UserAuthentication user) || user.getIdentityId() == null) {
      return Optional.empty();
    }
    return Optional.of(new SignedIn(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
  }

  public record SignedIn(String userId, List<String> groupIds, List<String> tenantIds) {
    public SignedIn {
      groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
      tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }
  }
}
