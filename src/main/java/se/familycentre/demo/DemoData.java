package se.familycentre.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.familycentre.shared.FamilyCentreProperties;

/**
 * The demo's one start-up step, once the application is ready (the organisation's groups, rights and filters exist
 * by then: see {@code organisation.OrganisationStartup}), in this order, each part only when its setting is on:
 * <ol>
 *   <li>the demo users ({@code familycentre.demo.users}), who work at the demo centres;</li>
 *   <li>the establishment cases ({@code familycentre.demo.cases}), which register those centres' history;</li>
 *   <li>the referrals ({@code familycentre.demo.cases}), each started as the demo user who would start it.</li>
 * </ol>
 * The demo profile switches both on, the test profile only the users, prod neither. Every part is idempotent.
 */
@Component
public class DemoData {

  private final FamilyCentreProperties.Demo settings;
  private final DemoUsers users;
  private final EstablishmentDemoCases establishmentCases;
  private final DemoReferralCases referralCases;

  public DemoData(FamilyCentreProperties properties, DemoUsers users, EstablishmentDemoCases establishmentCases,
      DemoReferralCases referralCases) {
    this.settings = properties.demo();
    this.users = users;
    this.establishmentCases = establishmentCases;
    this.referralCases = referralCases;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    if (settings.users()) {
      users.createAll();
    }
    if (settings.cases()) {
      establishmentCases.createAll();
      referralCases.createAll();
    }
  }
}
