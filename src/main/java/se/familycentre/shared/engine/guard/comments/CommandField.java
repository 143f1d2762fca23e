package se.familycentre.shared.engine.guard.comments;

import java.lang.reflect.Field;

/**
 * One argument an engine command was built with: the engine's comment and attachment commands keep their arguments
 * (task id, comment id, ...) in protected fields without getters. Resolved when the guard's class loads, so an engine
 * upgrade that renames a field stops the application at start, naming the command class to check.
 */
record CommandField<T>(Field field, Class<T> type) {

  static <T> CommandField<T> of(Class<?> command, String name, Class<T> type) {
    Field field;
    try {
      field = command.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(command.getName() + " has no field '" + name
          + "' any more: check the comment and attachment guards against this engine version", e);
    }
    if (!type.isAssignableFrom(field.getType())) {
      throw new IllegalStateException(command.getName() + "." + name + " is a " + field.getType().getName()
          + ", not a " + type.getName() + ": check the comment and attachment guards against this engine version");
    }
    field.setAccessible(true);
    return new CommandField<>(field, type);
  }

  T of(Object command) {
    try {
      return type.cast(field.get(command));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(field.toString(), e);
    }
  }
}
