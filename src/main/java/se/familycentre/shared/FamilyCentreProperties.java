package se.familycentre.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of our own, under {@code familycentre.*} (see application.yaml for what each means). */
@ConfigurationProperties(prefix = "familycentre")
public record FamilyCentreProperties(String dataDir, Demo demo) {

  public record Demo(boolean users, boolean cases, String password) {
  }
}
