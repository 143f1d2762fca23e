package se.familycentre.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL (zonky, current binaries) per test JVM, shared by every Spring context that needs it; each
 * context gets a database of its own. Whoever uses it {@link #acquire()}s it and {@link #release()}s it after closing
 * its Spring context; the server stops when the last user has released it. zonky's own shutdown hook is switched
 * off, because JVM shutdown hooks run in parallel and PostgreSQL would otherwise stop under contexts that are still
 * closing. A shutdown hook of ours only waits (bounded) for the contexts still open, then stops the server.
 */
public final class EmbeddedPostgresServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration WAIT_FOR_CONTEXTS_AT_EXIT = Duration.ofSeconds(30);
  private static final Object LOCK = new Object();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static EmbeddedPostgres server;
  private static int users;
  private static boolean hookInstalled;

  private EmbeddedPostgresServer() {
  }

  /** Starts the server if it is not running and counts one more user of it. */
  public static EmbeddedPostgres acquire() {
    synchronized (LOCK) {
      if (server == null) {
        try {
          server = EmbeddedPostgres.builder()
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              // Durable commits for the benchmark, zonky's fast default (off) for tests.
              .setServerConfig("synchronous_commit", Boolean.getBoolean("familycentre.bench") ? "on" : "off")
              .start();
          LOG.info("Embedded PostgreSQL started on port {}", server.getPort());
        } catch (IOException e) {
          throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        installShutdownHook();
      }
      users++;
      return server;
    }
  }

  /** One user fewer; the last one stops the server. */
  public static void release() {
    synchronized (LOCK) {
      users--;
      if (users <= 0) {
        users = 0;
        stop();
      }
      LOCK.notifyAll();
    }
  }

  /**
   * Creates a fresh, empty database on the running server (acquire first) and returns its JDBC URL.
   *
   * @param prefix readable start of the database name
   */
  public static String createDatabase(String prefix) {
    synchronized (LOCK) {
      if (server == null) {
        throw new IllegalStateException("acquire() the embedded PostgreSQL first");
      }
      String name = (prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid())
          .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create database " + name, e);
      }
      return server.getJdbcUrl(user(), name);
    }
  }

  /** The superuser zonky's databases belong to (no password, local trust). */
  public static String user() {
    return "postgres";
  }

  private static void stop() {
    if (server != null) {
      try {
        server.close();
        LOG.info("Embedded PostgreSQL stopped");
      } catch (IOException e) {
        LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
      }
      server = null;
    }
  }

  private static void installShutdownHook() {
    if (hookInstalled) {
      return;
    }
    hookInstalled = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (LOCK) {
        long deadline = System.nanoTime() + WAIT_FOR_CONTEXTS_AT_EXIT.toNanos();
        while (users > 0 && System.nanoTime() < deadline) {
          try {
            LOCK.wait(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
        stop();
      }
    }, "embedded-postgres-stop-after-contexts"));
  }
}
