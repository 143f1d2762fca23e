package se.familycentre.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;

/**
 * Signed in to one of Camunda's webapps as a browser is (the session cookie and the CSRF token), to call the webapps'
 * own engine API ({@code /camunda/api/engine/engine/default/...}) the way Tasklist and Cockpit do.
 */
public record WebappSession(Rest client, String cookie, String xsrf) {

  /** Signs {@code user} (the demo password) in to {@code app} (tasklist, cockpit, admin). */
  public static WebappSession signIn(int port, ProcessEngine engine, String user, String app) {
    restoreWebappsOf(engine);
    Rest client = new Rest(port);
    Map<String, String> cookies = new LinkedHashMap<>();
    String xsrf = remember(client.send(HttpRequest.newBuilder(client.uri("/camunda/app/" + app + "/default/"))
        .build()), cookies);
    Rest.Answer login = client.send(HttpRequest.newBuilder(
            client.uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(cookies))
        .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
            + Rest.demoPassword(user))).build());
    if (login.status() != 200) {
      throw new IllegalStateException(user + " could not sign in to " + app + ": " + login.body());
    }
    remember(login, cookies);
    // the session is renewed at sign-in; its CSRF token comes with the next answer, as the webapp's next call gets it
    String renewed = remember(client.send(HttpRequest.newBuilder(client.uri("/camunda/api/admin/auth/user/default"))
        .header("Cookie", header(cookies)).build()), cookies);
    return new WebappSession(client, header(cookies), renewed.isEmpty() ? xsrf : renewed);
  }

  /** A GET of any of the webapps' own paths ({@code /camunda/api/cockpit/plugin/...}) as the signed-in browser. */
  public Rest.Answer get(String path) {
    return client.send(HttpRequest.newBuilder(client.uri(path)).header("Cookie", cookie).header("X-XSRF-TOKEN", xsrf)
        .header("Accept", "application/json").GET().build());
  }

  /** A call to the webapps' engine API, e.g. {@code engine("GET", "/task/" + id + "/comment", null)}. */
  public Rest.Answer engine(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/camunda/api/engine/engine/default" + path))
        .header("Cookie", cookie).header("X-XSRF-TOKEN", xsrf).header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  /**
   * The webapps keep their engine and their runtime delegates in static fields. A test that runs a second
   * application in this JVM (RestartKeepsCasesTest and others) takes them over and clears them when that application
   * stops; from then on every webapp API call of the shared test context fails with a NullPointerException (500).
   * This puts back what the shared context's own start set up.
   */
  static void restoreWebappsOf(ProcessEngine engine) {
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(engine);
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
  }

  private static String remember(Rest.Answer response, Map<String, String> cookies) {
    String xsrf = "";
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";")[0];
      String name = pair.substring(0, pair.indexOf('='));
      cookies.put(name, pair.substring(name.length() + 1));
      if ("XSRF-TOKEN".equals(name)) {
        xsrf = cookies.get(name);
      }
    }
    return xsrf;
  }

  private static String header(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
