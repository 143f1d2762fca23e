package se.familycentre.secrecy;

/**
 * Which door a request came through, for the access log: the HTTP method and path of the request being served
 * ({@code "GET /engine-rest/history/variable-instance"}), set by a filter in front of every web door for the
 * duration of the request; {@value #JAVA_API} when our own code calls the engine outside any request.
 */
public final class Door {

  public static final String JAVA_API = "Java-API";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Door() {
  }

  public static String current() {
    String door = CURRENT.get();
    return door == null ? JAVA_API : door;
  }

  /** Sets the door for the current thread; the returned handle restores the previous one when closed. */
  public static Scope enter(String door) {
    String previous = CURRENT.get();
    CURRENT.set(door);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Restores the door that was current before {@link #enter}. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
