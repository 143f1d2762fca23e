package se.familycentre.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import se.familycentre.shared.web.ForgedRequestFilter;

/** Calls the running application's REST API as a real demo user (HTTP Basic, the demo password). */
public record Rest(int port) {

  public static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  public record Answer(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException(body, e);
      }
    }
  }

  public Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A JSON POST as a well-behaved client sends it: with our header against forged requests. */
  public Answer post(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
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

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Answer send(String user, HttpRequest.Builder builder) {
    if (user != null) {
      String password = "admin".equals(user) ? "admin" : "demo";
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
