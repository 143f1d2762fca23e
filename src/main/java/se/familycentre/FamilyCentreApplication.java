package se.familycentre;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Familjecentral: Camunda 7 process application for establishing family centres and referring families
 * from universal to targeted support. Tasklist, Cockpit and Admin are served under /camunda, the REST API
 * under /engine-rest (HTTP Basic). Nightly housekeeping of our own tables runs on Spring's scheduler.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FamilyCentreApplication {

  /** Deadlines and dates are Swedish time, whatever the server's zone. */
  public static final String ZONE = "Europe/Stockholm";

  public static void main(String[] args) {
    useSwedishTime();
    SpringApplication.run(FamilyCentreApplication.class, args);
  }

  public static void useSwedishTime() {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
  }
}
