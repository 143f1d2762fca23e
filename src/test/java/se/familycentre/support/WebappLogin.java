package se.familycentre.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A signed-in session of the Camunda webapps, as the browser has one: the session cookie and the CSRF token, got by
 * logging in through the webapps' own login; then the webapps' own API ({@code /camunda/api/...}) can be called as
 * that user.
 */
public final class WebappLogin {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;
  /** The browser's cookie jar: the session and the CSRF token, which the webapps renew on some answers. */
  private final java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();

  private WebappLogin(String base) {
    this.base = base;
  }

  /** Logs the demo user in to one webapp ({@code cockpit}, {@code tasklist}, {@code admin}). */
  public static WebappLogin as(int port, String user, String app) {
    WebappLogin browser = new WebappLogin("http://localhost:" + port);
    browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/camunda/app/" + app + "/default/")));
    String password = "admin".equals(user) ? "admin" : "demo";
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(browser.base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to " + app + ": " + login.statusCode());
    }
    // as the app does after the login: the new session's first read gets its CSRF token
    browser.get("/camunda/api/admin/auth/user/default");
    return browser;
  }

  /** The session cookie header a browser would send (e.g. for the handbook). */
  public String cookies() {
    return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  public Rest.Answer get(String path) {
    return answer(send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET()));
  }

  public Rest.Answer post(String path, String json) {
    return answer(send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))));
  }

  private static Rest.Answer answer(HttpResponse<String> response) {
    return new Rest.Answer(response.statusCode(), response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!jar.isEmpty()) {
      request.header("Cookie", cookies());
    }
    if (jar.containsKey("XSRF-TOKEN")) {
      request.header("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
    }
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";")[0];
        if (pair.contains("=")) {
          jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
      }
      return response;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
