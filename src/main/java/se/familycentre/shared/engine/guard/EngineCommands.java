package se.familycentre.shared.engine.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a signed-in user who is not an administrator may do with each of the engine's command classes, read from
 * {@value #RESOURCE} next to this class (one section per kind; see the file's head). Loaded once; asking for a class
 * walks up its superclasses to the nearest listed one, so a subclass of ours counts as the engine's class it
 * extends. A class that is neither listed nor extends a listed one (a lambda, a command of a newer engine) has no
 * classification: the guard refuses it for non-administrators.
 */
public final class EngineCommands {

  static final String RESOURCE = "engine-commands.txt";
  static final String ENGINE_PACKAGE = "org.camunda.bpm.engine.impl.";

  /** How a command class is treated for non-administrators. */
  public enum Kind {
    /** Queries and getters: allowed. */
    READ,
    /** The officials' own work: allowed with the rules of the guards (forms, starts, own account, claims). */
    USER_WORK,
    /** Refused for non-administrators. */
    ADMIN_ONLY,
    /** The engine's own machinery, never reached from an API: passes. */
    SYSTEM
  }

  /** A class's kind and, for {@link Kind#ADMIN_ONLY}, what only administrators may do (Swedish, for the refusal). */
  public record Classification(Kind kind, String adminAction) {
  }

  private static final EngineCommands INSTANCE = new EngineCommands(load());

  private final Map<String, Classification> byName;
  private final ClassValue<Classification> byClass = new ClassValue<>() {
    @Override
    protected Classification computeValue(Class<?> type) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        Classification found = byName.get(c.getName());
        if (found != null) {
          return found;
        }
      }
      return null;
    }
  };

  private EngineCommands(Map<String, Classification> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  public static EngineCommands get() {
    return INSTANCE;
  }

  /** The classification of a command class (or of its nearest listed superclass); null when there is none. */
  public Classification of(Class<?> commandClass) {
    return byClass.get(commandClass);
  }

  /** Every listed class name (binary names, e.g. {@code ...ManagementServiceImpl$DbSchemaUpgradeCmd}). */
  public Map<String, Classification> all() {
    return byName;
  }

  static Map<String, Classification> load() {
    try (InputStream in = EngineCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE + " next to " + EngineCommands.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Classification> parse(BufferedReader reader) throws IOException {
    Map<String, Classification> classes = new LinkedHashMap<>();
    Classification section = null;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("[") && text.endsWith("]")) {
        section = section(text.substring(1, text.length() - 1), lineNumber);
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": a class before the first section");
      }
      String name = text.startsWith("org.camunda.") ? text : ENGINE_PACKAGE + text;
      if (classes.put(name, section) != null) {
        throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": " + name + " is listed twice");
      }
    }
    return classes;
  }

  private static Classification section(String header, int lineNumber) {
    int colon = header.indexOf(':');
    Kind kind = Kind.valueOf((colon < 0 ? header : header.substring(0, colon)).strip());
    String action = colon < 0 ? null : header.substring(colon + 1).strip();
    if ((kind == Kind.ADMIN_ONLY) != (action != null && !action.isEmpty())) {
      throw new IllegalStateException(RESOURCE + ":" + lineNumber
          + ": ADMIN_ONLY sections, and only they, name what only administrators may do");
    }
    return new Classification(kind, action);
  }
}
