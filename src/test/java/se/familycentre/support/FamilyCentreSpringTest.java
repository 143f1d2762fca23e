package se.familycentre.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context every process and integration test shares (Spring caches it across classes as long
 * as every class uses exactly this annotation and nothing that changes the context). A real web server on a random
 * port, the test profile (in-memory H2, no job executor, demo users, no demo cases). Tests share one database:
 * use unique business keys and never assume empty tables.
 *
 * <p>The database is H2 in memory, or, with the system property {@code familycentre.test.database=postgres} (the
 * pom's {@code postgres} surefire execution), a database of its own on an embedded PostgreSQL started once per JVM
 * (see {@link SelectedDatabaseInitializer}). Either way there is one cached context per JVM. In that run only the
 * process tests and {@code *PostgresTest} classes run ({@link PostgresExecutionScope}, registered for every test class
 * through JUnit's extension auto-detection).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = SelectedDatabaseInitializer.class)
public @interface FamilyCentreSpringTest {
}
