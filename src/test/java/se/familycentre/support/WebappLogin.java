package se.familycentre.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A browser's view of the Camunda webapps without a browser: its own cookies (the webapps' session and XSRF token),
 * the login form Tasklist and Cockpit post, and plain requests in that session.
 */
public final class WebappLogin {

  private final CookieManager cookies = new CookieManager();
  private final Rest rest;

  public WebappLogin(int port) {
    this.rest = new Rest(port, HttpClient.newBuilder().cookieHandler(cookies).build());
  }

  /**
   * A demo user signed in to one webapp ({@code cockpit}, {@code tasklist}, {@code admin}) as the browser is after
   * the login page: the app's page opened, the login posted, and the new session's first read done (which gives the
   * new session its XSRF token).
   */
  public static WebappLogin as(int port, String user, String app) {
    WebappLogin browser = new WebappLogin(port).open();
    Rest.Answer login = browser.login(app, user, Rest.demoPassword(user));
    if (login.status() != 200) {
      throw new IllegalStateException(user + " could not log in to " + app + ": " + login.status());
    }
    browser.get("/camunda/api/admin/auth/user/default");
    return browser;
  }

  /** A read in this session, as the webapps' scripts make it (JSON). */
  public Rest.Answer read(String path) {
    return send(HttpRequest.newBuilder(rest.uri(path)).header("Accept", "application/json").GET().build());
  }

  /** A JSON post in this session with its XSRF token, as the webapps' scripts make it. */
  public Rest.Answer postJson(String path, String json) {
    return send(HttpRequest.newBuilder(rest.uri(path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }

  /** Opens Tasklist's page, as a browser does before the login: the session and its XSRF token. */
  public WebappLogin open() {
    Rest.Answer page = get("/camunda/app/tasklist/default/");
    if (page.status() != 200) {
      throw new IllegalStateException("Tasklist's page answered " + page.status());
    }
    return this;
  }

  /** The login form of the webapps: {@code app} is tasklist, cockpit or admin. */
  public Rest.Answer login(String app, String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(rest.uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** Signs out as the webapps do; a login starts a new session, whose token the webapps' next call fetches. */
  public Rest.Answer logout() {
    get("/camunda/api/admin/auth/user/default");
    return send(HttpRequest.newBuilder(rest.uri("/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  public Rest.Answer get(String path) {
    return send(HttpRequest.newBuilder(rest.uri(path)).GET().build());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private Rest.Answer send(HttpRequest request) {
    return rest.send(request);
  }
}
