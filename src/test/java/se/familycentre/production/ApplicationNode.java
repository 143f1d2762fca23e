package se.familycentre.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.familycentre.FamilyCentreApplication;

/**
 * One node of the real application (FamilyCentreApplication, its own Spring context and web server on a random
 * port) inside the test JVM, started with the {@code postgres} profile exactly as production would be: the database
 * comes from FAMILYCENTRE_DB_URL / _USER / _PASSWORD. Each node gets its own engine name, so the engines of several
 * nodes in one JVM do not replace each other in Camunda's static engine registry.
 */
public final class ApplicationNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  private final String name;
  private final ConfigurableApplicationContext context;

  private ApplicationNode(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  /**
   * Starts a node on PostgreSQL.
   *
   * @param name the node's (and its engine's) name
   * @param jdbcUrl the database, as an operator would give it in FAMILYCENTRE_DB_URL
   * @param user database user (FAMILYCENTRE_DB_USER)
   * @param extra further settings, e.g. job executor timings
   */
  public static ApplicationNode startOnPostgres(String name, String jdbcUrl, String user, Map<String, String> extra) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("FAMILYCENTRE_DB_URL", jdbcUrl);
    settings.put("FAMILYCENTRE_DB_USER", user);
    settings.put("FAMILYCENTRE_DB_PASSWORD", "");
    settings.putAll(extra);
    return start(name, "postgres", settings);
  }

  /**
   * Starts a node with the default configuration (H2 file database in the given data directory).
   */
  public static ApplicationNode startOnH2File(String name, java.nio.file.Path dataDir, Map<String, String> extra) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("FAMILYCENTRE_DATA_DIR", dataDir.toAbsolutePath().toString());
    settings.putAll(extra);
    return start(name, null, settings);
  }

  private static ApplicationNode start(String name, String profile, Map<String, String> extra) {
    if (!name.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("A node name is also its engine's name: letters and digits only");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("camunda.bpm.process-engine-name", name);
    settings.put("spring.application.name", name);
    settings.putAll(extra);
    List<String> args = new ArrayList<>();
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    FamilyCentreApplication.useSwedishTime();
    SpringApplicationBuilder builder = new SpringApplicationBuilder(FamilyCentreApplication.class)
        .main(FamilyCentreApplication.class);
    if (profile != null) {
      builder.profiles(profile);
    }
    ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
    return new ApplicationNode(name, context);
  }

  /**
   * The H2 file URL of application.yaml, made durable against a killed JVM if it is not yet. H2's MVStore writes
   * commits to the file up to WRITE_DELAY (default 500 ms) later: measured here, a kill -9 lost 5 of 40 cases that
   * had been answered 200. WRITE_DELAY=0 writes every commit to the file before the commit returns (the operating
   * system keeps it when the JVM dies). The lead adds it to application.yaml; then this changes nothing.
   */
  public static String durableH2Url() {
    var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    if (url == null || !url.startsWith("jdbc:h2:file:")) {
      throw new IllegalStateException("application.yaml no longer has an H2 file URL: " + url);
    }
    return url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=0") ? url : url + ";WRITE_DELAY=0";
  }

  public String name() {
    return name;
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** GET on this node, with HTTP Basic if a user is given. */
  public HttpResponse<String> get(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
        .timeout(Duration.ofSeconds(20)).GET();
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " on " + name + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    context.close();
  }
}
