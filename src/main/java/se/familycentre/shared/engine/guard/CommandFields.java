package se.familycentre.shared.engine.guard;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads (and, where a guard must replace what the caller sent, writes) a field of an engine command. The engine's
 * commands keep their arguments in protected fields without getters; the field names are those of Camunda 7.24 and
 * {@code CommandFieldsTest} fails if an upgrade renames one.
 */
public final class CommandFields {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private CommandFields() {
  }

  public static Object read(Object command, String name) {
    try {
      return field(command.getClass(), name).get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The field's value as the type the caller expects (a wrong type is the engine's change, and says so). */
  public static <T> T read(Object command, String name, Class<T> type) {
    return type.cast(read(command, name));
  }

  public static void write(Object command, String name, Object value) {
    try {
      field(command.getClass(), name).set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static Field field(Class<?> type, String name) {
    return FIELDS.computeIfAbsent(type.getName() + "#" + name, key -> {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        try {
          Field field = c.getDeclaredField(name);
          field.setAccessible(true);
          return field;
        } catch (NoSuchFieldException e) {
          // look in the superclass
        }
      }
      throw new IllegalStateException(type.getName() + " has no field " + name
          + ": the engine changed; see se.familycentre.shared.engine.guard.CommandFields");
    });
  }
}
