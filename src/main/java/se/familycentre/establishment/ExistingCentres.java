package se.familycentre.establishment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.organisation.CentreTenants;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;
import se.familycentre.register.RegisterRecords.ExistingCentre;
import se.familycentre.register.RegisterRecords.Municipality;
import se.familycentre.shared.CaseVariable;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.WithoutUser;

/**
 * "Registrera befintlig verksamhet": a centre (or family-centre-like activity) that already runs enters the register
 * as it is, without walking the establishment lifecycle: its municipality from the reference list (and its district
 * where the municipality works by districts), the legs present, its classification by the DMN table
 * {@code familyCentreClassification} (as a launched centre's), and its start date. From then on it is followed up
 * like any launched centre: its case of {@code familyCentreEstablishmentProcess} starts at the timer
 * {@code timer_evaluationDue}, so the same joint evaluation task, form, validation and delegates recur
 * (continue, develop through co-location again, or close).
 *
 * <p>One centre ({@code POST /api/register/existing-centres}) and a CSV import of many
 * ({@code POST /api/register/existing-centres/import}) share {@link #check} and {@link #register}: every row is
 * checked first, and only when none is refused are all registered, in one transaction (register rows, tenants and
 * cases together or nothing).
 */
@Service
public class ExistingCentres {

  /** The initiative kind an existing centre is registered with (fc_centre.initiative_kind, variable initiativeKind). */
  public static final String INITIATIVE_KIND = "EXISTING";
  static final int MAX_NAME = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ExistingCentres.class);

  /** One centre as the caller describes it; texts as given, checked by {@link #check}. */
  public record Request(String centreId, String name, String municipality, String area, List<String> legs,
      String startDate) {
  }

  /** A request checked: the centre to register, or the Swedish reasons it is refused. */
  public record Checked(ExistingCentre centre, List<String> problems) {
    public boolean refused() {
      return !problems.isEmpty();
    }
  }

  private final FamilyCentreRegister register;
  private final CentreTenants centreTenants;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final TransactionTemplate transaction;

  public ExistingCentres(FamilyCentreRegister register, CentreTenants centreTenants, RuntimeService runtimeService,
      DecisionService decisionService, IdentityService identityService, PlatformTransactionManager transactions) {
    this.register = register;
    this.centreTenants = centreTenants;
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.identityService = identityService;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Checks one centre against the register: a readable id not used before (nor earlier in the same import, ids in
   * {@code takenInThisImport}), a name, a municipality of the reference list (name or SCB code), the district where
   * the municipality has districts, legs that make a family centre or a family-centre-like activity by the DMN, and
   * a start date that has come.
   */
  public Checked check(Request request, Collection<String> takenInThisImport) {
    List<String> problems = new ArrayList<>();
    String id = trim(request.centreId());
    if (id == null) {
      problems.add("Id (centreId) saknas: ett läsbart id med små bokstäver a–z, siffror och bindestreck, t.ex. "
          + "harryda-landvetter.");
    } else if (!id.matches(RegisterCentreDelegate.CENTRE_ID_PATTERN) || id.length() > 64) {
      problems.add("Id (centreId) \"" + id + "\" får bara innehålla små bokstäver a–z, siffror och bindestreck "
          + "(högst 64 tecken), t.ex. harryda-landvetter.");
    } else if (register.exists(id)) {
      problems.add("Id (centreId) \"" + id + "\" finns redan i registret.");
    } else if (takenInThisImport.contains(id)) {
      problems.add("Id (centreId) \"" + id + "\" förekommer redan på en tidigare rad.");
    }
    String name = trim(request.name());
    if (name == null) {
      problems.add("Namn (name) saknas.");
    } else if (name.length() > MAX_NAME) {
      problems.add("Namn (name) får vara högst " + MAX_NAME + " tecken.");
    }
    String given = trim(request.municipality());
    Optional<Municipality> municipality = given == null ? Optional.empty() : register.municipality(given);
    if (given == null) {
      problems.add("Kommun (municipality) saknas: kommunens namn eller kommunkod, t.ex. Härryda eller 1401.");
    } else if (municipality.isEmpty()) {
      problems.add("Kommun (municipality) \"" + given + "\" finns inte bland Sveriges 290 kommuner: skriv namnet "
          + "som det stavas officiellt eller kommunkoden, t.ex. Härryda eller 1401.");
    }
    String area = trim(request.area());
    if (municipality.isPresent() && !municipality.get().areas().isEmpty()) {
      List<String> areas = municipality.get().areas();
      if (area == null) {
        problems.add("Område (area) saknas: " + municipality.get().name() + " arbetar per stadsdelsområde; välj ett "
            + "av " + String.join(", ", areas) + ".");
      } else if (!areas.contains(area)) {
        problems.add("Område (area) \"" + area + "\" är inget av " + municipality.get().name() + "s områden: "
            + String.join(", ", areas) + ".");
      }
    } else if (area != null && area.length() > MAX_NAME) {
      problems.add("Område (area) får vara högst " + MAX_NAME + " tecken.");
    }
    List<Leg> legs = new ArrayList<>();
    for (String leg : request.legs() == null ? List.<String>of() : request.legs()) {
      Optional<Leg> known = leg(leg);
      if (known.isEmpty()) {
        problems.add("Verksamheten (legs) \"" + leg + "\" finns inte; välj bland MATERNITY_CARE, CHILD_HEALTH_CARE, "
            + "OPEN_PRESCHOOL och PREVENTIVE_SOCIAL_SERVICES.");
      } else if (!legs.contains(known.get())) {
        legs.add(known.get());
      }
    }
    String classification = classify(legs);
    if (!FamilyCentreRegister.COUNTED_CLASSIFICATIONS.contains(classification)) {
      problems.add("Verksamheterna på plats (legs: " + (legs.isEmpty() ? "inga" : String.join(", ",
          legs.stream().map(l -> l.swedishName).toList())) + ") gör varken en familjecentral eller en "
          + "familjecentralsliknande verksamhet enligt beslutstabellen familyCentreClassification.");
    }
    LocalDate startDate = null;
    String date = trim(request.startDate());
    if (date == null) {
      problems.add("Startdatum (startDate) saknas: det datum verksamheten startade, som ÅÅÅÅ-MM-DD.");
    } else {
      try {
        startDate = LocalDate.parse(date);
        if (startDate.isAfter(SwedishTime.today())) {
          problems.add("Startdatum (startDate) " + date + " har inte kommit än: en befintlig verksamhet har redan "
              + "startat (en kommande startas som initiativ).");
        }
      } catch (DateTimeParseException e) {
        problems.add("Startdatum (startDate) \"" + date + "\" är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2019-08-26.");
      }
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(new ExistingCentre(id, name, municipality.get().name(), municipality.get().region(), area,
        List.copyOf(legs), classification, startDate), List.of());
  }

  /**
   * Registers the checked centres, all or none (one transaction): the register rows (ACTIVE since the start date),
   * each centre's engine tenant, and each centre's case waiting for its first joint evaluation.
   */
  public void register(List<ExistingCentre> centres) {
    transaction.executeWithoutResult(status -> {
      for (ExistingCentre centre : centres) {
        register.registerExisting(centre, INITIATIVE_KIND, centre.id());
        WithoutUser.call(identityService, () -> {
          // the coordinator may not create tenants nor start a case past its start event: both are the system's
          centreTenants.ensureCentre(centre.id(), centre.name());
          runtimeService.createProcessInstanceByKey(EstablishmentProcess.KEY).businessKey(centre.id())
              .setVariables(variables(centre)).startBeforeActivity(Ids.EVALUATION_DUE).execute();
          return null;
        });
        LOG.info("Existing centre {} ({}, {}) registered as {} since {}", centre.id(), centre.name(),
            centre.municipality(), centre.classification(), centre.startDate());
      }
    });
  }

  /** The variables a launched centre's case holds when it waits for its evaluation. */
  private static VariableMap variables(ExistingCentre centre) {
    Map<String, Object> vars = new LinkedHashMap<>();
    put(vars, Typed.CENTRE_ID, centre.id());
    put(vars, Typed.CENTRE_NAME, centre.name());
    vars.put(Vars.CASE_REFERENCE, centre.id());
    put(vars, Typed.MUNICIPALITY, centre.municipality());
    put(vars, Typed.REGION, centre.regionId());
    put(vars, Typed.AREA, centre.area());
    put(vars, Typed.INITIATIVE_KIND, INITIATIVE_KIND);
    put(vars, Typed.DECISION_ROUND, 1);
    put(vars, Typed.CLASSIFICATION, centre.classification());
    put(vars, Typed.LAUNCH_DATE, centre.startDate());
    Set<Leg> legs = Set.copyOf(centre.legsPresent());
    legVariables(vars, legs.contains(Leg.MATERNITY_CARE), Typed.MATERNITY_CARE, Typed.MATERNITY_CARE_PRESENT,
        Typed.MATERNITY_CARE_PLANNED);
    legVariables(vars, legs.contains(Leg.CHILD_HEALTH_CARE), Typed.CHILD_HEALTH_CARE,
        Typed.CHILD_HEALTH_CARE_PRESENT, Typed.CHILD_HEALTH_CARE_PLANNED);
    legVariables(vars, legs.contains(Leg.OPEN_PRESCHOOL), Typed.OPEN_PRESCHOOL, Typed.OPEN_PRESCHOOL_PRESENT,
        Typed.OPEN_PRESCHOOL_PLANNED);
    legVariables(vars, legs.contains(Leg.PREVENTIVE_SOCIAL_SERVICES), Typed.PREVENTIVE_SOCIAL_SERVICES,
        Typed.PREVENTIVE_SOCIAL_SERVICES_PRESENT, Typed.PREVENTIVE_SOCIAL_SERVICES_PLANNED);
    return Variables.fromMap(vars);
  }

  @SafeVarargs
  private static void legVariables(Map<String, Object> vars, boolean present, CaseVariable<Boolean>... variables) {
    for (CaseVariable<Boolean> variable : variables) {
      put(vars, variable, present);
    }
  }

  private static <T> void put(Map<String, Object> vars, CaseVariable<T> variable, T value) {
    if (value != null) {
      vars.put(variable.name(), variable.stored(value));
    }
  }

  /** The DMN's classification of these legs present (the same table a launched centre is classified by). */
  private String classify(List<Leg> legs) {
    Map<String, Object> inputs = Map.of(Vars.MATERNITY_CARE, legs.contains(Leg.MATERNITY_CARE),
        Vars.CHILD_HEALTH_CARE, legs.contains(Leg.CHILD_HEALTH_CARE),
        Vars.OPEN_PRESCHOOL, legs.contains(Leg.OPEN_PRESCHOOL),
        Vars.PREVENTIVE_SOCIAL_SERVICES, legs.contains(Leg.PREVENTIVE_SOCIAL_SERVICES));
    return WithoutUser.call(identityService, () -> decisionService
        .evaluateDecisionTableByKey(EstablishmentProcess.DECISION_CLASSIFICATION).variables(inputs).evaluate()
        .getSingleResult().getSingleEntry());
  }

  /** A leg by its id (MATERNITY_CARE) or its Swedish name (Barnhälsovård (BVC)), case and spaces aside. */
  static Optional<Leg> leg(String given) {
    String wanted = given == null ? "" : given.trim();
    for (Leg leg : Leg.values()) {
      if (leg.name().equalsIgnoreCase(wanted) || leg.swedishName.equalsIgnoreCase(wanted)) {
        return Optional.of(leg);
      }
    }
    return Optional.empty();
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
