package se.familycentre.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.familycentre.FamilyCentreApplication;
import se.familycentre.shared.ProductionSettingsCheck;

/** The prod profile refuses to start without an admin password, before it touches any database. */
class ProductionProfileTest {

  @Test
  void prodWithoutAnAdminPasswordFailsFastNamingTheMissingSetting() {
    SpringApplicationBuilder prod = new SpringApplicationBuilder(FamilyCentreApplication.class)
        .profiles("prod");

    assertThatThrownBy(() -> prod.run("--" + ProductionSettingsCheck.ADMIN_PASSWORD_PROPERTY + "=",
        "--spring.datasource.url=jdbc:h2:mem:prod-check-never-used", "--server.port=0"))
        .hasMessageContaining(ProductionSettingsCheck.ADMIN_PASSWORD_ENV)
        .hasMessageContaining("prod");
  }
}
