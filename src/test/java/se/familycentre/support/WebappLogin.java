package se.familycentre.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's view of the Camunda webapps without a browser: its own cookies (the webapps' session and XSRF token),
 * the login form Tasklist and Cockpit post, and plain requests in that session.
 */
public final class WebappLogin {

  private final CookieManager cookies = new CookieManager();
  private final RestClient rest;

  public WebappLogin(int port) {
    this.rest = new RestClient(port, HttpClient.newBuilder().cookieHandler(cookies).build());
  }

  /** Opens Tasklist's page, as a browser does before the login: the session and its XSRF token. */
  public WebappLogin open() {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/");
    if (page.statusCode() != 200) {
      throw new IllegalStateException("Tasklist's page answered " + page.statusCode());
    }
    return this;
  }

  /** The login form of the webapps: {@code app} is tasklist, cockpit or admin. */
  public HttpResponse<String> login(String app, String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(rest.baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** Signs out as the webapps do; a login starts a new session, whose token the webapps' next call fetches. */
  public HttpResponse<String> logout() {
    get("/camunda/api/admin/auth/user/default");
    return send(HttpRequest.newBuilder(URI.create(rest.baseUrl() + "/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(rest.baseUrl() + path)).GET().build());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> send(HttpRequest request) {
    return rest.send(request);
  }
}
