package se.familycentre.support;

/**
 * Which database the shared test context runs on: in-memory H2 (default) or an embedded PostgreSQL, chosen with the
 * system property {@code familycentre.test.database=postgres} (the pom's second surefire execution sets it).
 */
public final class TestDatabase {

  public static final String PROPERTY = "familycentre.test.database";
  public static final String POSTGRES = "postgres";
  public static final String H2 = "h2";

  private TestDatabase() {
  }

  /** The selected database: {@value #POSTGRES} or {@value #H2}. */
  public static String selected() {
    String value = System.getProperty(PROPERTY, H2).trim().toLowerCase();
    if (!value.equals(POSTGRES) && !value.equals(H2)) {
      throw new IllegalStateException("Unknown " + PROPERTY + "=" + value + "; use " + H2 + " or " + POSTGRES);
    }
    return value;
  }

  public static boolean isPostgres() {
    return POSTGRES.equals(selected());
  }
}
