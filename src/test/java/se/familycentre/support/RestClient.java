package se.familycentre.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import se.familycentre.shared.web.ForgedRequestFilter;

/** A plain HTTP client for tests against the real server: HTTP Basic as a given user, or anonymous. */
public final class RestClient {

  private final HttpClient http;
  private final String baseUrl;

  public RestClient(int port) {
    this(port, HttpClient.newHttpClient());
  }

  /** With a client of the caller's, e.g. one that keeps cookies like a browser. */
  public RestClient(int port, HttpClient http) {
    this.baseUrl = "http://localhost:" + port;
    this.http = http;
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(request(path, user, password).GET().build());
  }

  /** A JSON POST as a well-behaved client sends it: with our header against forged requests. */
  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    return send(request(path, user, password).header("Content-Type", "application/json")
        .header(ForgedRequestFilter.HEADER, ForgedRequestFilter.VALUE)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  public HttpResponse<String> anonymousGet(String path) {
    return get(path, null, null);
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Repeats a request while it is refused for a login delay (429, at most 10 s): after a wrong password on purpose,
   * a test's next right one may come within the test profile's 20 ms delay.
   */
  public static <T> T whileDelayed(java.util.function.Supplier<T> request,
      java.util.function.ToIntFunction<T> status) {
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

  public String baseUrl() {
    return baseUrl;
  }
}
