package se.familycentre.secrecy.doors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every door answered every role, and the verdict: written to {@code target/doors/report.md} for a reviewer
 * (the failures first, then every request), and kept for the test's own assertions.
 */
final class Report {

  /** One request and its verdict. {@code failures} empty: the door held. */
  record Result(String door, String operation, String probe, String role, Policy policy, int status,
      List<String> failures, String request) {
    boolean failed() {
      return !failures.isEmpty();
    }
  }

  private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> sections = Collections.synchronizedMap(new LinkedHashMap<>());

  void add(Result result) {
    results.add(result);
  }

  void note(String text) {
    notes.add(text);
  }

  void section(String title, String markdown) {
    sections.put(title, markdown);
  }

  List<Result> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  List<Result> failures(String role) {
    return results().stream().filter(r -> r.failed() && r.role().equals(role)).toList();
  }

  void write(Path file) {
    List<Result> all = results();
    StringBuilder md = new StringBuilder("# Door catalogue: every door, every role\n\n");
    md.append("Written by `DoorCatalogueTest` (src/test/java/se/familycentre/secrecy/doors). Every operation of ")
        .append("Camunda's published REST API (`openapi.json`), of the webapps' own APIs and of ours, tried by ")
        .append("every demo role against a case holding secrets. A row fails when the answer shows a secret ")
        .append("the role may not read, or when its policy's rule does not hold.\n\n");
    md.append("## Policies\n\n| policy | rule |\n|---|---|\n");
    for (Policy policy : Policy.values()) {
      md.append("| ").append(policy).append(" | ").append(policy.explanation).append(" |\n");
    }
    sections.forEach((title, text) -> md.append("\n## ").append(title).append("\n\n").append(text).append("\n"));
    md.append("\n## Counts\n\n| door | requests | failed |\n|---|---|---|\n");
    Map<String, int[]> byDoor = new TreeMap<>();
    for (Result r : all) {
      int[] counts = byDoor.computeIfAbsent(r.door(), d -> new int[2]);
      counts[0]++;
      if (r.failed()) {
        counts[1]++;
      }
    }
    byDoor.forEach((door, c) -> md.append("| ").append(door).append(" | ").append(c[0]).append(" | ").append(c[1])
        .append(" |\n"));
    md.append("\n## By policy and role (failed / requests)\n\n| policy |");
    List<String> roles = all.stream().map(Result::role).distinct().toList();
    roles.forEach(role -> md.append(" ").append(role).append(" |"));
    md.append("\n|---|").append("---|".repeat(roles.size())).append("\n");
    for (Policy policy : Policy.values()) {
      md.append("| ").append(policy).append(" |");
      for (String role : roles) {
        List<Result> cell = all.stream().filter(r -> r.policy() == policy && r.role().equals(role)).toList();
        md.append(" ").append(cell.stream().filter(Result::failed).count()).append(" / ").append(cell.size())
            .append(" |");
      }
      md.append("\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      synchronized (notes) {
        notes.forEach(n -> md.append("- ").append(n).append("\n"));
      }
    }
    md.append("\n## Failures\n\n");
    List<Result> failed = all.stream().filter(Result::failed).toList();
    if (failed.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| door | operation | probe | role | status | policy | why |\n|---|---|---|---|---|---|---|\n");
      failed.forEach(r -> row(md, r, String.join("; ", r.failures())));
      md.append("\n### The failing requests\n\n");
      failed.forEach(r -> md.append("- ").append(r.role()).append(": `").append(cell(r.request())).append("` → ")
          .append(r.status()).append("\n"));
    }
    md.append("\n## Every request\n\n| door | operation | probe | role | status | policy | verdict |\n")
        .append("|---|---|---|---|---|---|---|\n");
    all.forEach(r -> row(md, r, r.failed() ? "FAIL: " + String.join("; ", r.failures()) : "ok"));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(StringBuilder md, Result r, String verdict) {
    md.append("| ").append(r.door()).append(" | `").append(r.operation()).append("` | ").append(cell(r.probe()))
        .append(" | ").append(r.role()).append(" | ").append(r.status() == 0 ? "not sent" : r.status())
        .append(" | ").append(r.policy() == null ? "-" : r.policy()).append(" | ").append(cell(verdict))
        .append(" |\n");
  }

  private static String cell(String text) {
    String flat = text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
  }
}
