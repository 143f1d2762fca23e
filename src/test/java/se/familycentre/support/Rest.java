package se.familycentre.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import se.familycentre.shared.web.ForgedRequestFilter;

/**
 * Calls the running application's REST API as a real demo user (HTTP Basic, the demo password), as a user with a
 * given password, or anonymously; with a client of the caller's if needed (e.g. one that keeps cookies like a browser).
 */
public record Rest(int port, HttpClient http) {

  public static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  public Rest(int port) {
    this(port, CLIENT);
  }

  /** An answer: its status, body and headers. */
  public record Answer(int status, String body, HttpHeaders headers) {

    public Answer(int status, String body) {
      this(status, body, NO_HEADERS);
    }

    /** The first value of a header, if the answer has it. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException(body, e);
      }
    }
  }

  public Answer get(String user, String path) {
    return get(user, demoPassword(user), path);
  }

  /** A GET as {@code user} with this password (e.g. a wrong one), not the demo password. */
  public Answer get(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A GET without credentials. */
  public Answer anonymousGet(String path) {
    return get(null, path);
  }

  /** A JSON POST as a well-behaved client sends it: with our header against forged requests. */
  public Answer post(String user, String path, String json) {
    return post(user, demoPassword(user), path, json);
  }

  /** A JSON POST as {@code user} with this password, with our header against forged requests. */
  public Answer post(String user, String password, String path, String json) {
    return send(user, password, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header(ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE)
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
  }

  public Answer put(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
  }

  public Answer delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** A POST with exactly these headers and body (besides the user's credentials): e.g. what a foreign page sends. */
  public Answer postRaw(String user, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(builder::header);
    return send(user, builder);
  }

  /** A multipart/form-data POST (e.g. a task attachment): text parts, and a text file as the part {@code file}. */
  public Answer postMultipart(String user, String path, Map<String, String> parts, String file, String fileName,
      String fileContent) {
    String boundary = "familycentre-" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
        .append("\r\n"));
    if (file != null) {
      body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
          .append(file).append("\"; filename=\"").append(fileName).append("\"\r\n")
          .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(fileContent).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header(ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** The demo password of a demo user: "admin" for admin, "demo" for everyone else. */
  public static String demoPassword(String user) {
    return "admin".equals(user) ? "admin" : "demo";
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  /** Sends exactly this request (no credentials added) with this client. */
  public Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Repeats a request while it is refused for a login delay (429, at most 10 s): after a wrong password on purpose,
   * a test's next right one may come within the test profile's 20 ms delay.
   */
  public static <T> T whileDelayed(Supplier<T> request, ToIntFunction<T> status) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    T answer = request.get();
    while (status.applyAsInt(answer) == 429 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      answer = request.get();
    }
    return answer;
  }

  /** Repeats a request of this client's while it is refused for a login delay (429, at most 10 s). */
  public static Answer whileDelayed(Supplier<Answer> request) {
    return whileDelayed(request, Answer::status);
  }

  private Answer send(String user, HttpRequest.Builder builder) {
    return send(user, demoPassword(user), builder);
  }

  private Answer send(String user, String password, HttpRequest.Builder builder) {
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return send(builder.build());
  }
}
