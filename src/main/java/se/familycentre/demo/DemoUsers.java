package se.familycentre.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.organisation.CentreTenants;
import se.familycentre.organisation.Groups;
import se.familycentre.shared.FamilyCentreProperties;

/**
 * Demo users, at least one per group, with the centres they work at. Created idempotently by {@link DemoData} when
 * {@code familycentre.demo.users} is on (the demo and test profiles); never in prod. The password comes from
 * {@code familycentre.demo.password}.
 */
@Component
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** The demo centres: Danderyd/Mörby (four legs) and Rinkeby (a family-centre-like activity). */
  public static final String DANDERYD_MORBY = "danderyd-morby";
  public static final String STOCKHOLM_RINKEBY = "stockholm-rinkeby";

  public record DemoUser(String id, String firstName, String lastName, Groups group, List<String> centres) {
    public String email() {
      return id + "@familjecentral.example";
    }
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("anna.lindqvist", "Anna", "Lindqvist", Groups.MVC, List.of(DANDERYD_MORBY)),
      new DemoUser("erik.johansson", "Erik", "Johansson", Groups.BVC, List.of(DANDERYD_MORBY)),
      new DemoUser("amira.hassan", "Amira", "Hassan", Groups.BVC, List.of(STOCKHOLM_RINKEBY)),
      new DemoUser("maria.nilsson", "Maria", "Nilsson", Groups.OPPEN_FORSKOLA, List.of(DANDERYD_MORBY)),
      new DemoUser("sara.berg", "Sara", "Berg", Groups.SOCIALTJANST_FOREBYGGANDE, List.of(DANDERYD_MORBY)),
      new DemoUser("johan.holm", "Johan", "Holm", Groups.SOCIALTJANST_MOTTAGNING, List.of(DANDERYD_MORBY)),
      new DemoUser("karin.ek", "Karin", "Ek", Groups.KOMMUN_UTREDARE, List.of()),
      new DemoUser("lars.svensson", "Lars", "Svensson", Groups.NAMNDSEKRETERARE, List.of()),
      new DemoUser("eva.lund", "Eva", "Lund", Groups.REGION_HSF, List.of()),
      new DemoUser("lena.persson", "Lena", "Persson", Groups.SAMORDNARE, List.of(DANDERYD_MORBY, STOCKHOLM_RINKEBY)),
      new DemoUser("per.andersson", "Per", "Andersson", Groups.LEDNING, List.of()),
      new DemoUser("ingrid.wallin", "Ingrid", "Wallin", Groups.REVISION, List.of()));

  private final IdentityService identityService;
  private final CentreTenants centreTenants;
  private final FamilyCentreProperties properties;

  public DemoUsers(IdentityService identityService, CentreTenants centreTenants, FamilyCentreProperties properties) {
    this.identityService = identityService;
    this.centreTenants = centreTenants;
    this.properties = properties;
  }

  public void createAll() {
    centreTenants.ensureCentre(DANDERYD_MORBY, "Familjecentralen Mörby");
    centreTenants.ensureCentre(STOCKHOLM_RINKEBY, "Familjecentralen Rinkeby");
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(properties.demo().password());
        identityService.saveUser(user);
      }
      if (identityService.createGroupQuery().groupMember(demo.id()).groupId(demo.group().id).count() == 0) {
        identityService.createMembership(demo.id(), demo.group().id);
      }
      for (String centre : demo.centres()) {
        centreTenants.addStaff(demo.id(), centre);
      }
    }
    LOG.info("Demo users ready: {} (password from familycentre.demo.password)", USERS.size());
  }
}
