package se.familycentre.secrecy.doors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A door catalogue as data ({@code src/test/resources/doors/*.tsv}): one row per operation, tab-separated:
 * <pre>
 * METHOD  PATH-TEMPLATE  POLICY  EFFECT  REQUEST  [NOTE]
 * </pre>
 * EFFECT is {@code read} (changes nothing), {@code write}, {@code destroy} (may end or remove what later requests
 * need; sent after the writes) or {@code last} (sent after everything else). REQUEST is {@code -} (one request,
 * built from the path and the case) or probes separated by {@code " || "}, each {@code label: tokens}: path
 * parameters {@code {name}=value}, a query {@code ?a=b&c=d}, {@code hal} (ask for HAL), then a JSON body or
 * {@code multipart=part=value;part=value;@file=name|content} or {@code form=a=b&c=d} (form-urlencoded). Values may
 * name the case's ids and secrets as
 * {@code ${placeholder}} (see {@link Bindings}). The labels tell the policy what the probe tries (see
 * {@link Verdicts}).
 */
final class Catalogue {

  enum Effect { READ, WRITE, DESTROY, LAST }

  /** One request to make: what it tries (label), path parameters, query, body. */
  record Probe(String label, Map<String, String> pathParameters, String query, boolean hal, String body,
      String multipart, String form) {
    /** Lists or reads without criteria of its own: the case's scope is added to the query. */
    boolean scoped() {
      return label.isEmpty() || label.equals("list");
    }
  }

  record Row(String file, int line, String method, String path, Policy policy, Effect effect, List<Probe> probes,
      String note) {
    String key() {
      return method + " " + path;
    }

    /** A row {@code CLASS name NOT_SERVED}: a resource class decided to be served by nothing here. */
    boolean resourceClass() {
      return method.equals("CLASS");
    }
  }

  private static final Pattern LABEL = Pattern.compile("^([a-z]+):\\s*");
  private static final Pattern PATH_PARAMETER = Pattern.compile("^\\{([\\w-]+)}=(\\S+)\\s*");

  private Catalogue() {
  }

  /** A data line of a {@code doors/*.tsv} file: its number and its tab-separated cells (five at least). */
  record Line(int number, String[] cells, String text) {
    /** The sixth cell, a note, or empty. */
    String note() {
      return cells.length > 5 ? cells[5].strip() : "";
    }
  }

  /** The data lines of {@code doors/<resource>} on the test classpath (blank lines and # comments left out). */
  static List<Line> lines(String resource) {
    try (InputStream in = Catalogue.class.getResourceAsStream("/doors/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("No catalogue doors/" + resource + " on the test classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> lines = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < 5) {
          throw new IllegalStateException(resource + ":" + number + ": five columns expected: " + line);
        }
        lines.add(new Line(number, cells, line));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> read(String resource) {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Line line : lines(resource)) {
      int number = line.number();
      String[] cells = line.cells();
      Row row = new Row(resource, number, cells[0].strip(), cells[1].strip(), policy(resource, number, cells[2]),
          Effect.valueOf(cells[3].strip().toUpperCase()), probes(resource, number, cells[4].strip()), line.note());
      if (row.resourceClass() != (row.policy() == Policy.NOT_SERVED)) {
        throw new IllegalStateException(resource + ":" + number + ": a CLASS row, and only it, is NOT_SERVED");
      }
      Integer before = seen.put(row.key(), number);
      if (before != null) {
        throw new IllegalStateException(resource + ":" + number + ": " + row.key() + " is also on line " + before);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Policy policy(String resource, int line, String cell) {
    try {
      return Policy.valueOf(cell.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource + ":" + line + ": no such policy " + cell, e);
    }
  }

  static List<Probe> probes(String resource, int line, String cell) {
    List<Probe> probes = new ArrayList<>();
    if (cell.equals("-")) {
      probes.add(new Probe("", Map.of(), null, false, null, null, null));
      return probes;
    }
    for (String spec : cell.split(" \\|\\| ")) {
      probes.add(probe(resource, line, spec.strip()));
    }
    return probes;
  }

  private static Probe probe(String resource, int line, String spec) {
    String rest = spec;
    String label = "";
    Matcher m = LABEL.matcher(rest);
    if (m.find()) {
      label = m.group(1);
      rest = rest.substring(m.end());
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    String query = null;
    boolean hal = false;
    String body = null;
    String multipart = null;
    String form = null;
    while (!rest.isEmpty()) {
      Matcher p = PATH_PARAMETER.matcher(rest);
      if (p.find()) {
        parameters.put(p.group(1), p.group(2));
        rest = rest.substring(p.end());
      } else if (rest.startsWith("?")) {
        int end = rest.indexOf(' ');
        query = end < 0 ? rest.substring(1) : rest.substring(1, end);
        rest = end < 0 ? "" : rest.substring(end + 1).strip();
      } else if (rest.startsWith("hal ") || rest.equals("hal")) {
        hal = true;
        rest = rest.substring(3).strip();
      } else if (rest.startsWith("multipart=")) {
        multipart = rest.substring("multipart=".length());
        rest = "";
      } else if (rest.startsWith("form=")) {
        form = rest.substring("form=".length());
        rest = "";
      } else if (rest.startsWith("{") || rest.startsWith("[")) {
        body = rest;
        rest = "";
      } else {
        throw new IllegalStateException(resource + ":" + line + ": cannot read the probe at: " + rest);
      }
    }
    return new Probe(label, parameters, query, hal, body, multipart, form);
  }
}
