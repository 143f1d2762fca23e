package se.familycentre.support;

import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the test database selected by {@link TestDatabase}: nothing to do for H2 (the test
 * profile's in-memory database), a database of its own on the JVM's embedded PostgreSQL otherwise. Camunda creates
 * its schema there, Flyway ours. The PostgreSQL is released by a disposable bean registered before any other bean,
 * so it is destroyed last: the context (engine, connection pool) is closed before the server may stop.
 */
public class SelectedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Bean name of the handle that releases the embedded PostgreSQL when the context closes. */
  public static final String RELEASE_BEAN = "embeddedPostgresRelease";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (TestDatabase.isPostgres()) {
      usePostgres(context, "familycentre_test");
    }
  }

  /** Starts (or reuses) the embedded PostgreSQL, creates a database for this context and points the context at it. */
  public static String usePostgres(ConfigurableApplicationContext context, String databasePrefix) {
    EmbeddedPostgresServer.acquire();
    String url;
    try {
      url = EmbeddedPostgresServer.createDatabase(databasePrefix);
    } catch (RuntimeException e) {
      EmbeddedPostgresServer.release();
      throw e;
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", EmbeddedPostgresServer.user(),
        "spring.datasource.password", "",
        "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
    DisposableBean release = EmbeddedPostgresServer::release;
    beanFactory.registerDisposableBean(RELEASE_BEAN, release);
    return url;
  }
}
