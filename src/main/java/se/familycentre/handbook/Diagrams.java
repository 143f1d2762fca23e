package se.familycentre.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagrams the handbook shows, as bpmn-js draws them: SVGs exported by the render tool
 * ({@code tools/bpmn-render/export-handbook-diagrams.sh}) and kept on the classpath as
 * {@code handbook/diagrams/<processKey>.svg}. Each names the BPMN file it was drawn from and that file's SHA-256
 * ({@code data-bpmn-source}, {@code data-bpmn-sha256} on its root element), so a diagram drawn from another version
 * of the model is recognised without a browser: the handbook does not show it, and {@code HandbookDiagramsTest}
 * fails.
 */
public final class Diagrams {

  /** Where the exported diagrams are, on the classpath. */
  public static final String FOLDER = "handbook/diagrams/";

  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern SOURCE = Pattern.compile("\\sdata-bpmn-source=\"([^\"]*)\"");
  private static final Pattern SHA256 = Pattern.compile("\\sdata-bpmn-sha256=\"([0-9a-f]{64})\"");
  /** Namespace declarations: needed by a standalone .svg file, implied for an svg element inside HTML. */
  private static final Pattern NAMESPACES = Pattern.compile("\\sxmlns(:\\w+)?=\"[^\"]*\"");

  private Diagrams() {
  }

  /** An exported diagram: the svg element as exported, the BPMN file it names and that file's SHA-256. */
  public record Diagram(String svg, String source, String sha256) {

    /** Whether this diagram was drawn from exactly these bytes of its BPMN file. */
    public boolean drawnFrom(byte[] bpmn) {
      return sha256.equals(Diagrams.sha256(bpmn));
    }

    /** The svg element to put into an HTML page. */
    public String inline() {
      Matcher root = ROOT.matcher(svg);
      root.find();
      return svg.substring(0, root.start()) + NAMESPACES.matcher(root.group()).replaceAll("")
          + svg.substring(root.end());
    }
  }

  /** The exported diagram of a process, or null when there is none. */
  public static Diagram of(String processKey) {
    try (InputStream in = Diagrams.class.getClassLoader().getResourceAsStream(FOLDER + processKey + ".svg")) {
      return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an exported SVG file; an SVG that does not name its BPMN file and hash is refused. */
  public static Diagram parse(String file) {
    Matcher root = ROOT.matcher(file);
    if (!root.find()) {
      throw new IllegalArgumentException("not an SVG");
    }
    Matcher source = SOURCE.matcher(root.group());
    Matcher sha = SHA256.matcher(root.group());
    if (!source.find() || !sha.find()) {
      throw new IllegalArgumentException("the SVG does not name the BPMN file it was drawn from (data-bpmn-source, "
          + "data-bpmn-sha256): export it with tools/bpmn-render/export-handbook-diagrams.sh");
    }
    return new Diagram(file.substring(root.start()).strip(), source.group(1), sha.group(1));
  }

  /** SHA-256 of a file's bytes, in lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
