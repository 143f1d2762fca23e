package se.familycentre.shared;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without an admin password from the environment, before anything
 * (database, engine, users) is touched. The message names the missing setting.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  public static final String ADMIN_PASSWORD_ENV = "FAMILYCENTRE_ADMIN_PASSWORD";
  public static final String ADMIN_PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String password = environment.getProperty(ADMIN_PASSWORD_PROPERTY);
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("The prod profile needs the admin password: set the environment variable "
          + ADMIN_PASSWORD_ENV + " (property " + ADMIN_PASSWORD_PROPERTY + "). The application does not start "
          + "without it, and creates no demo users in prod.");
    }
  }
}
