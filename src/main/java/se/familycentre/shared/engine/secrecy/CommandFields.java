package se.familycentre.shared.engine.secrecy;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a command's own fields (the engine keeps them protected; the commands are its, the rules are ours). */
final class CommandFields {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private CommandFields() {
  }

  static <T> T read(Object command, String name, Class<T> type) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
    try {
      return type.cast(field.get(command));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("The engine's " + type.getName() + " has no field " + name + "; the secrecy "
        + "guards in se.familycentre.shared.engine.secrecy were written against Camunda 7.24 and must be checked");
  }
}
