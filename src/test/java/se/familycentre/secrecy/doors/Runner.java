package se.familycentre.secrecy.doors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.familycentre.secrecy.doors.Bindings.Subject;
import se.familycentre.secrecy.doors.Catalogue.Effect;

/**
 * Sends the catalogue's requests for one role through one door and judges every answer: plans each row's probes
 * (path parameters and bodies from the role's case, a read tried on every part of the case), sends them, scans
 * the raw answer for secrets and asks {@link Verdicts} about the policy.
 */
final class Runner {

  enum Door {
    ENGINE_REST("/engine-rest"),
    WEBAPP_ENGINE("/camunda/api/engine/engine/default"),
    WEBAPP_API(""),
    OUR_API("");

    final String prefix;

    Door(String prefix) {
      this.prefix = prefix;
    }

    boolean engine() {
      return this == ENGINE_REST || this == WEBAPP_ENGINE;
    }

    String label() {
      return name().toLowerCase().replace('_', ' ');
    }
  }

  /** A request ready to send. {@code key} identifies it across doors (the same probe on the same part). */
  record Planned(Door door, Catalogue.Row row, Catalogue.Probe probe, String key, String probeName, String method,
      String pathAndQuery, Http.Body body, Map<String, String> headers) {
    String describe() {
      String shown = body.bytes() == null ? "" : " " + new String(body.bytes(), StandardCharsets.UTF_8);
      return method + " " + door.prefix + pathAndQuery + (shown.length() > 300 ? shown.substring(0, 300) + "…"
          : shown);
    }
  }

  record Sent(Planned planned, Http.Answer answer, Set<String> shown, List<String> failures) {
  }

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final String base;
  private final Map<String, OpenApi.Operation> openApi;
  private final Secrets secrets;
  private final Report report;
  private final ExecutorService pool;

  Runner(String base, Map<String, OpenApi.Operation> openApi, Secrets secrets, Report report, ExecutorService pool) {
    this.base = base;
    this.openApi = openApi;
    this.secrets = secrets;
    this.report = report;
    this.pool = pool;
  }

  /** The requests of the rows with the given effects, in catalogue order. */
  List<Planned> plan(Door door, List<Catalogue.Row> rows, Set<Effect> effects, Bindings bindings) {
    List<Planned> planned = new ArrayList<>();
    for (Catalogue.Row row : rows) {
      if (effects.contains(row.effect()) && !row.resourceClass()) {
        planned.addAll(plan(door, row, bindings));
      }
    }
    return planned;
  }

  List<Planned> plan(Door door, Catalogue.Row row, Bindings bindings) {
    OpenApi.Operation operation = door.engine() ? openApi.get(row.key()) : null;
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < row.probes().size(); i++) {
      Catalogue.Probe probe = row.probes().get(i);
      boolean perPart = row.effect() == Effect.READ && operation != null
          && (Bindings.partBound(row.path()) && !probe.pathParameters().containsKey("id")
          || perInstance(operation, probe));
      List<Subject> subjects = perPart ? List.of(Subject.values()) : List.of(Subject.INTAKE);
      for (Subject subject : subjects) {
        Bindings.Part part = bindings.part(subject);
        String path = path(row, probe, bindings, part);
        if (path == null) {
          continue; // this part of the case has no such thing (a task in the referral while intake works)
        }
        String query = bindings.fill(probe.query(), true);
        if (probe.scoped() && operation != null && probe.body() == null) {
          query = scope(operation, query, part, bindings);
          if (query == null) {
            continue;
          }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", probe.hal() ? "application/hal+json" : "application/json, */*;q=0.8");
        headers.put(Http.OUR_HEADER, Http.OUR_HEADER_VALUE);
        String name = (probe.label().isEmpty() ? "-" : probe.label()) + (perPart ? "@" + subject : "");
        planned.add(new Planned(door, row, probe, row.key() + "#" + i + "#" + (perPart ? subject : ""), name,
            row.method().equals("ANY") ? "GET" : row.method(), path + (query == null || query.isEmpty() ? ""
            : "?" + query), body(probe, bindings), headers));
      }
    }
    return planned;
  }

  /** A list scoped by one instance or task (not by a set of them) is tried on every part of the case. */
  private static boolean perInstance(OpenApi.Operation operation, Catalogue.Probe probe) {
    Set<String> q = operation.queryParameters();
    return probe.scoped() && probe.query() == null && probe.body() == null && !q.contains("processInstanceIdIn")
        && !q.contains("processInstanceIds") && (q.contains("processInstanceId") || q.contains("taskId")
        || q.contains("taskIdIn"));
  }

  /** The list's query narrowed to the case (its instances, or the part's instance or task). */
  private static String scope(OpenApi.Operation operation, String query, Bindings.Part part, Bindings bindings) {
    Set<String> q = operation.queryParameters();
    List<String> added = new ArrayList<>();
    String given = query == null ? "" : query;
    if (q.contains("processInstanceIdIn")) {
      added.add("processInstanceIdIn=" + bindings.get("instancesCsv"));
    } else if (q.contains("processInstanceIds")) {
      added.add("processInstanceIds=" + bindings.get("instancesCsv"));
    } else if (q.contains("processInstanceId")) {
      added.add("processInstanceId=" + part.instance());
    } else if (q.contains("taskIdIn") || q.contains("taskId")) {
      if (part.task() == null) {
        return null;
      }
      added.add((q.contains("taskIdIn") ? "taskIdIn=" : "taskId=") + part.task());
    }
    for (String include : List.of("includeInputs", "includeOutputs")) {
      if (q.contains(include) && !given.contains(include)) {
        added.add(include + "=true");
      }
    }
    if (!given.isEmpty()) {
      added.add(0, given);
    }
    return String.join("&", added);
  }

  private static String path(Catalogue.Row row, Catalogue.Probe probe, Bindings bindings, Bindings.Part part) {
    Matcher m = PATH_PARAMETER.matcher(row.path());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = probe.pathParameters().containsKey(name) ? bindings.fill(probe.pathParameters().get(name), false)
          : bindings.pathParameter(row.path(), name, part,
              row.policy() == Policy.START || row.policy() == Policy.START_FORM);
      if (value == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)
          .replace("+", "%20")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Http.Body body(Catalogue.Probe probe, Bindings bindings) {
    if (probe.multipart() != null) {
      return Http.multipart(bindings.fill(probe.multipart(), false));
    }
    if (probe.form() != null) {
      return new Http.Body("application/x-www-form-urlencoded", bindings.fill(probe.form(), true)
          .getBytes(StandardCharsets.UTF_8));
    }
    if (probe.body() != null) {
      return Http.Body.json(bindings.fill(probe.body(), false));
    }
    return Http.Body.NONE;
  }

  /**
   * Sends the planned requests (reads {@code parallel}ly), judges and records every answer; with {@code sameAs},
   * each answer must also equal that door's answer to the same request (status and the secrets it shows).
   */
  List<Sent> send(List<Planned> planned, Roles.Role role, Verdicts.Facts facts, Http.Caller caller,
      boolean parallel, Map<String, Sent> sameAs) {
    List<Sent> sent = new ArrayList<>();
    if (parallel) {
      List<Future<Sent>> futures = new ArrayList<>();
      for (Planned p : planned) {
        futures.add(pool.submit(() -> sendOne(p, role, facts, caller, sameAs)));
      }
      for (Future<Sent> future : futures) {
        try {
          sent.add(future.get());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    } else {
      for (Planned p : planned) {
        sent.add(sendOne(p, role, facts, caller, sameAs));
      }
    }
    Map<String, Sent> secrets = new LinkedHashMap<>();
    for (Sent s : sent) {
      if (s.planned().probe().label().equals("secret")) {
        secrets.put(s.planned().row().key() + "#" + s.planned().door(), s);
      }
    }
    for (Sent s : sent) {
      List<String> failures = new ArrayList<>(s.failures());
      Sent secret = secrets.get(s.planned().row().key() + "#" + s.planned().door());
      if (s.planned().probe().label().equals("decoy") && secret != null) {
        failures.addAll(Verdicts.oracle(role, secret.answer(), s.answer()));
      }
      record(s, role, failures);
    }
    return sent;
  }

  private Sent sendOne(Planned p, Roles.Role role, Verdicts.Facts facts, Http.Caller caller,
      Map<String, Sent> sameAs) {
    Http.Answer answer = Http.send(base + prefix(p) + p.pathAndQuery(), p.method(), p.body(), caller, p.headers());
    Set<String> shown = secrets.shownIn(answer.body());
    List<String> failures = new ArrayList<>(Verdicts.leaks(role, shown, answer.body()));
    failures.addAll(Verdicts.judge(p.row(), p.probe(), role, facts, answer));
    if (answer.status() < 0) {
      failures.add(answer.body());
    }
    Sent other = sameAs == null ? null : sameAs.get(p.key());
    if (other != null) {
      if (other.answer().status() != answer.status()) {
        failures.add("answered " + answer.status() + " where " + other.planned().door().label() + " answered "
            + other.answer().status());
      }
      if (!other.shown().equals(shown)) {
        failures.add("shows " + shown + " where " + other.planned().door().label() + " shows " + other.shown());
      }
    }
    return new Sent(p, answer, shown, failures);
  }

  void record(Sent sent, Roles.Role role, List<String> failures) {
    Planned p = sent.planned();
    String answer = failures.isEmpty() ? "" : " → " + sent.answer().status() + " " + excerpt(sent.answer().body(),
        sent.shown());
    report.add(new Report.Result(p.door().label(), p.row().key(), p.probeName(), role.user(), p.row().policy(),
        sent.answer().status(), failures, p.describe() + answer));
  }

  /** Where in the answer a secret shows (else its start), for the reviewer. */
  private String excerpt(String body, Set<String> shown) {
    if (body == null) {
      return "";
    }
    int at = secrets.firstMarker(body);
    if (at < 0 && body.contains(Secrets.ANY_SECRET)) {
      at = body.indexOf(Secrets.ANY_SECRET);
    }
    int from = Math.max(0, at < 0 ? 0 : at - 120);
    String text = body.substring(from, Math.min(body.length(), from + 300)).replaceAll("\\s+", " ");
    return (from > 0 ? "…" : "") + text + (from + 300 < body.length() ? "…" : "");
  }

  /** Records a request that is deliberately not sent, and why. */
  void notSent(Planned p, Roles.Role role, String why) {
    report.add(new Report.Result(p.door().label(), p.row().key(), p.probeName(), role.user(), p.row().policy(), 0,
        List.of(), "not sent: " + why));
  }

  /** The list of engines is above an engine's root: {@code /engine-rest/engine}, {@code /camunda/api/engine/engine}. */
  private static String prefix(Planned p) {
    return p.door() == Door.WEBAPP_ENGINE && p.row().path().equals("/engine") ? "/camunda/api/engine" : p.door().prefix;
  }

  /** The secrets each answer showed, together (for the positive control). */
  static Set<String> shown(List<Sent> sent) {
    Set<String> shown = new TreeSet<>();
    sent.forEach(s -> shown.addAll(s.shown()));
    return shown;
  }
}
