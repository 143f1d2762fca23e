package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * serviceTask_registerCentre, synchronous right after the start: checks the initiative against the register
 * (a known municipality of the reference list, a centre id not used before, a readable id, one of the form's kinds of
 * initiative, who raised it, a report-back date at most ten years ahead), derives the region from the municipality
 * (the start form no longer asks for it) and registers the centre
 * with its planned legs (status INITIATED) and its engine tenant. A refusal throws {@link InputRefused}, so the start
 * rolls back: no process instance, no register row, and the caller gets the Swedish message.
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
    String centreId = Typed.CENTRE_ID.get(execution);
    if (!centreId.matches(CENTRE_ID_PATTERN) || centreId.length() > 64) {
      throw new InputRefused(Vars.CENTRE_ID, "Familjecentralens id \"" + centreId + "\" får bara innehålla små "
          + "bokstäver a–z, siffror och bindestreck, t.ex. danderyd-morby.");
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(centreId);
    } else if (!businessKey.equals(centreId)) {
      throw new InputRefused(Vars.CENTRE_ID, "Ärendets referens (" + businessKey + ") ska vara familjecentralens id ("
          + centreId + ").");
    }
    String centreName = Typed.CENTRE_NAME.get(execution);
    String municipality = Typed.MUNICIPALITY.get(execution);
    // the form offers the reference list's 290 names; the region is the register's, never the caller's to state
    String region = register.regionOf(municipality).orElseThrow(() -> new InputRefused(Vars.MUNICIPALITY,
        "Kommunen \"" + municipality + "\" finns inte i registrets kommunlista. Välj kommunen i listan (alla "
            + "Sveriges 290 kommuner), t.ex. Danderyd, Härryda eller Malmö."));
    if (register.exists(centreId)) {
      throw new InputRefused(Vars.CENTRE_ID, "Det finns redan en familjecentral med id \"" + centreId
          + "\" i registret. Välj ett annat id eller fortsätt i det befintliga ärendet.");
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

    register.register(new NewCentre(centreId, centreName, municipality, region, Typed.AREA.getOrNull(execution),
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
    LOG.info("Centre {} ({}, {}) registered as INITIATED", centreId, centreName, municipality);
  }
}
