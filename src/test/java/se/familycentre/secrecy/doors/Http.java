package se.familycentre.secrecy.doors;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real HTTP requests against the running application, with any method, body and headers: as an engine user with
 * HTTP Basic (the REST API, our {@code /api}), or as a signed-in webapp session (cookie and CSRF token, as the
 * browser holds them, for {@code /camunda/api/...}).
 */
final class Http {

  /** The header our forged-request rule asks of every state-changing request that is not plain JSON. */
  static final String OUR_HEADER = "X-Requested-By";
  static final String OUR_HEADER_VALUE = "familjecentral";

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A request body with its content type (null for none). */
  record Body(String contentType, byte[] bytes) {
    static final Body NONE = new Body(null, null);

    static Body json(String json) {
      return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Body text(String text) {
      return new Body("text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Who sends: adds the credentials to a request and reads what the answer gives back (cookies). */
  interface Caller {
    void authenticate(HttpRequest.Builder request);

    default void received(HttpResponse<?> response) {
    }
  }

  /** HTTP Basic as an engine user (the demo password; the administrator's own). */
  static Caller basic(String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request -> request.header("Authorization", "Basic " + token);
  }

  /** A webapp session: the cookie jar and the CSRF token, as a browser holds them after the webapps' login. */
  static final class Session implements Caller {
    private final Map<String, String> jar = new LinkedHashMap<>();

    @Override
    public synchronized void authenticate(HttpRequest.Builder request) {
      if (!jar.isEmpty()) {
        request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .toList()));
      }
      if (jar.containsKey("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
      }
    }

    @Override
    public synchronized void received(HttpResponse<?> response) {
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";")[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          jar.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      String path = response.request().uri().getPath();
      if (path.contains("/auth/user/") && path.contains("/login/") && response.statusCode() == 200) {
        // a new login is a new session: as the app does, its first read gets the new session's CSRF token
        URI uri = response.request().uri();
        send(uri.getScheme() + "://" + uri.getAuthority() + "/camunda/api/admin/auth/user/default", "GET",
            Body.NONE, this, Map.of());
      }
    }

    /** Logs in through the webapps' own login page, as the browser does (session, then its first CSRF token). */
    static Session login(String base, String user, String password, String app) {
      Session session = new Session();
      send(base + "/camunda/app/" + app + "/default/", "GET", Body.NONE, session, Map.of());
      Answer login = send(base + "/camunda/api/admin/auth/user/default/login/" + app, "POST",
          new Body("application/x-www-form-urlencoded", ("username=" + user + "&password=" + password)
              .getBytes(StandardCharsets.UTF_8)), session, Map.of());
      if (login.status() != 200) {
        throw new IllegalStateException(user + " could not log in to " + app + ": " + login);
      }
      return session;
    }
  }

  private Http() {
  }

  static Answer send(String url, String method, Body body, Caller caller, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
    HttpRequest.BodyPublisher publisher = body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body.bytes());
    request.method(method, publisher);
    if (body.contentType() != null) {
      request.header("Content-Type", body.contentType());
    }
    headers.forEach(request::header);
    if (caller != null) {
      caller.authenticate(request);
    }
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (caller != null) {
        caller.received(response);
      }
      return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      return new Answer(-1, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A multipart/form-data body from {@code part=value;part=value;@file=filename|content} (as in the catalogue).
   */
  static Body multipart(String spec) {
    String boundary = "----door-catalogue-boundary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : List.of(spec.split(";"))) {
      int eq = part.indexOf('=');
      String name = part.substring(0, eq);
      String value = part.substring(eq + 1);
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      if (name.startsWith("@")) {
        int bar = value.indexOf('|');
        head.append("Content-Disposition: form-data; name=\"").append(name.substring(1)).append("\"; filename=\"")
            .append(value, 0, bar).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        value = value.substring(bar + 1);
      } else {
        head.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n");
      }
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }
}
