package se.familycentre.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Starts the establishment demo cases after groups, rights, demo users and filters exist (order 100), only when
 * {@code familycentre.demo.cases} is on (the demo profile).
 */
@Component
@ConditionalOnProperty(name = "familycentre.demo.cases", havingValue = "true")
public class EstablishmentDemoStarter {

  private final EstablishmentDemoCases demoCases;

  public EstablishmentDemoStarter(EstablishmentDemoCases demoCases) {
    this.demoCases = demoCases;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  public void startDemoCases() {
    demoCases.createAll();
  }
}
