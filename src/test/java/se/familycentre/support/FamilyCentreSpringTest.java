package se.familycentre.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test context every process and integration test shares (Spring caches it across classes as long
 * as every class uses exactly this annotation and nothing that changes the context). A real web server on a random
 * port, the test profile (in-memory H2, no job executor, demo users, no demo cases). Tests share one database:
 * use unique business keys and never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface FamilyCentreSpringTest {
}
