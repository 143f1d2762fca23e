package se.familycentre.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A plain scan of the main sources, for the tests that hold the code to a rule of its layout. */
public final class MainSources {

  public static final Path MAIN = Path.of("src/main/java");

  private MainSources() {
  }

  /** Every line of the chosen main files where {@code pattern} is found, as {@code file:line: text}. */
  public static List<String> linesMatching(Predicate<Path> files, Pattern pattern) {
    return sources().filter(files).flatMap(file -> matches(file, pattern)).toList();
  }

  private static Stream<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> matches(Path file, Pattern pattern) {
    try {
      List<String> lines = Files.readAllLines(file);
      return IntStream.range(0, lines.size())
          .filter(i -> pattern.matcher(lines.get(i)).find())
          .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
