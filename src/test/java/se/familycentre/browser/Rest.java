package se.familycentre.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The engine's REST API as a given demo user (HTTP Basic), for what a person could try beside the webapps. */
final class Rest {

  record Answer(int status, String body) {
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;

  Rest(int port) {
    this.port = port;
  }

  Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  Answer post(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + "/engine-rest" + path);
  }

  private static Answer send(String user, HttpRequest.Builder request) {
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = CLIENT.send(request.header("Authorization", "Basic " + basic)
          .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
