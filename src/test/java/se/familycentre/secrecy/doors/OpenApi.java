package se.familycentre.secrecy.doors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Camunda's own published description of its REST API: {@code openapi.json} of
 * {@code org.camunda.bpm:camunda-engine-rest-openapi} (the engine's version, from the pom), read from the test
 * classpath. Every operation is a method and a path template relative to the engine's root
 * ({@code /engine-rest}, or {@code /engine-rest/engine/{name}}, or the webapps'
 * {@code /camunda/api/engine/engine/{name}}).
 */
final class OpenApi {

  static final String RESOURCE = "/openapi.json";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "options", "patch", "head");

  record Operation(String method, String path, String operationId, Set<String> queryParameters,
      Set<String> bodyTypes) {
    String key() {
      return method + " " + path;
    }
  }

  private OpenApi() {
  }

  /** Every operation, by {@code "METHOD /path"}, sorted. */
  static Map<String, Operation> operations() {
    JsonNode root;
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath: the pom's test dependency "
            + "org.camunda.bpm:camunda-engine-rest-openapi is missing");
      }
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Operation> operations = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        JsonNode op = method.getValue();
        Set<String> query = new LinkedHashSet<>();
        for (JsonNode parameter : op.path("parameters")) {
          if ("query".equals(parameter.path("in").asText())) {
            query.add(parameter.path("name").asText());
          }
        }
        Set<String> bodyTypes = new LinkedHashSet<>();
        op.path("requestBody").path("content").fieldNames().forEachRemaining(bodyTypes::add);
        Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(),
            op.path("operationId").asText(), query, bodyTypes);
        operations.put(operation.key(), operation);
      }
    }
    return operations;
  }
}
