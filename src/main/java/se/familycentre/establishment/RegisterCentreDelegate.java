package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.establishment.EstablishmentProcess.Typed;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.organisation.CentreTenants;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;
import se.familycentre.register.RegisterRecords.LegPlan;
import se.familycentre.register.RegisterRecords.NewCentre;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.CurrentCommand;
import se.familycentre.shared.engine.InputRefused;

/**
 * serviceTask_registerCentre, synchronous right after the start: checks the initiative against the register (a known
 * municipality of the reference list; the centre's id derived from municipality and area by {@link CentreIds}, not
 * used before by a centre or by another centre's tenant, else refused naming the area; one of the form's kinds of
 * initiative, who raised it, a report-back date at most ten years ahead), derives the region from the municipality
 * (the start form no longer asks for it) and registers the centre with its planned legs (status INITIATED) and its
 * engine tenant. A refusal throws {@link InputRefused}, so the start rolls back: no process instance, no register
 * row, and the caller gets the Swedish message.
 */
@Component
public class RegisterCentreDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterCentreDelegate.class);
  /** Same shape the engine accepts for tenant ids (see general-resource-whitelist-pattern). */
  static final String CENTRE_ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
  /** The start form's kinds of initiative. */
  static final List<String> INITIATIVE_KINDS = List.of("MOTION", "BUDGET_ASSIGNMENT", "JOINT_REQUEST");
  /** How far ahead an investigation may be due: a later report-back date is a typing error (2126 for 2026). */
  static final int MAX_YEARS_TO_REPORT_BACK = 10;

  private final FamilyCentreRegister register;
  private final CentreTenants centreTenants;

  public RegisterCentreDelegate(FamilyCentreRegister register, CentreTenants centreTenants) {
    this.register = register;
    this.centreTenants = centreTenants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreName = Typed.CENTRE_NAME.get(execution);
    String municipality = Typed.MUNICIPALITY.get(execution);
    // the form offers the reference list's 290 names; the region is the register's, never the caller's to state
    String region = register.regionOf(municipality).orElseThrow(() -> new InputRefused(Vars.MUNICIPALITY,
        "Kommunen \"" + municipality + "\" finns inte i registrets kommunlista. Välj kommunen i listan (alla "
            + "Sveriges 290 kommuner), t.ex. Danderyd, Härryda eller Malmö."));
    String area = Typed.AREA.getOrNull(execution);
    // the start form no longer asks for the id: it is derived (a Java caller that holds an id may still give it)
    String given = Typed.CENTRE_ID.getOrNull(execution);
    String centreId = given != null ? given : CentreIds.derive(municipality, area, centreName);
    String idField = given != null ? Vars.CENTRE_ID : Vars.AREA;
    if (!centreId.matches(CENTRE_ID_PATTERN) || centreId.length() > 64) {
      throw new InputRefused(idField, given != null ? "Familjecentralens id \"" + centreId + "\" får bara "
          + "innehålla små bokstäver a–z, siffror och bindestreck, t.ex. danderyd-morby."
          : "Familjecentralens id bildas av kommun och område (eller namnet) och blir här \"" + centreId + "\", "
          + "som inte går att använda: ange ett område med bokstäver eller siffror, högst 64 tecken i id:t.");
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(centreId);
    } else if (!businessKey.equals(centreId)) {
      throw new InputRefused(idField, "Ärendets referens (" + businessKey + ") ska vara familjecentralens id ("
          + centreId + ").");
    }
    if (taken(centreId, centreName)) {
      throw new InputRefused(idField, given != null ? "Det finns redan en familjecentral med id \"" + centreId
          + "\" i registret. Välj ett annat id eller fortsätt i det befintliga ärendet."
          : "Det finns redan en familjecentral med id " + centreId + "; ange området så att det skiljer sig.");
    }
    String initiativeKind = Typed.INITIATIVE_KIND.get(execution);
    if (!INITIATIVE_KINDS.contains(initiativeKind)) {
      throw new InputRefused(Vars.INITIATIVE_KIND, "\"" + initiativeKind + "\" är inget giltigt svar på \""
          + Typed.INITIATIVE_KIND.label() + "\": välj motion, uppdrag i budgeten eller gemensam begäran.");
    }
    String raisedBy = Typed.RAISED_BY.get(execution);
    LocalDate reportBackDate = Typed.REPORT_BACK_DATE.get(execution);
    LocalDate latest = SwedishTime.today().plusYears(MAX_YEARS_TO_REPORT_BACK);
    if (reportBackDate.isAfter(latest)) {
      throw new InputRefused(Vars.REPORT_BACK_DATE, "Återredovisningsdatumet " + reportBackDate + " ligger mer än "
          + MAX_YEARS_TO_REPORT_BACK + " år fram: skriv datumet i uppdraget, senast " + latest + ".");
    }
    boolean maternityCare = Typed.MATERNITY_CARE_PLANNED.getOrDefault(execution, false);
    boolean childHealthCare = Typed.CHILD_HEALTH_CARE_PLANNED.getOrDefault(execution, false);
    boolean openPreschool = Typed.OPEN_PRESCHOOL_PLANNED.getOrDefault(execution, false);
    boolean preventiveSocialServices = Typed.PREVENTIVE_SOCIAL_SERVICES_PLANNED.getOrDefault(execution, false);
    List<LegPlan> legs = List.of(
        new LegPlan(Leg.MATERNITY_CARE, Typed.MATERNITY_CARE_ORGANISATION.getOrNull(execution), maternityCare),
        new LegPlan(Leg.CHILD_HEALTH_CARE, Typed.CHILD_HEALTH_CARE_ORGANISATION.getOrNull(execution),
            childHealthCare),
        new LegPlan(Leg.OPEN_PRESCHOOL, Typed.OPEN_PRESCHOOL_ORGANISATION.getOrNull(execution), openPreschool),
        new LegPlan(Leg.PREVENTIVE_SOCIAL_SERVICES,
            Typed.PREVENTIVE_SOCIAL_SERVICES_ORGANISATION.getOrNull(execution), preventiveSocialServices));

    register.register(new NewCentre(centreId, centreName, municipality, region, area,
        initiativeKind, raisedBy, reportBackDate), legs, centreId);
    // the starter (e.g. a coordinator) may not create tenants; registering the centre's tenant is the system's job
    CurrentCommand.withoutAuthorization(() -> centreTenants.ensureCentre(centreId, centreName));

    execution.setVariable(Vars.CASE_REFERENCE, centreId);
    Typed.REGION.set(execution, region);
    Typed.DECISION_ROUND.set(execution, 1);
    // the co-location form starts from the planned legs
    Typed.MATERNITY_CARE_PRESENT.set(execution, maternityCare);
    Typed.CHILD_HEALTH_CARE_PRESENT.set(execution, childHealthCare);
    Typed.OPEN_PRESCHOOL_PRESENT.set(execution, openPreschool);
    Typed.PREVENTIVE_SOCIAL_SERVICES_PRESENT.set(execution, preventiveSocialServices);
    Typed.CENTRE_ID.set(execution, centreId);
    LOG.info("Centre {} ({}, {}) registered as INITIATED", centreId, centreName, municipality);
  }

  /**
   * An id is taken by a centre in the register, or by another centre's tenant (a tenant of the same name is this
   * centre's, prepared before its initiative, e.g. for its staff).
   */
  private boolean taken(String centreId, String centreName) {
    if (register.exists(centreId)) {
      return true;
    }
    Tenant tenant = centreTenants.find(centreId);
    return tenant != null && !centreName.equals(tenant.getName());
  }
}
