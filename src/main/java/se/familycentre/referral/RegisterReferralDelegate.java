package se.familycentre.referral;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.organisation.CentreTenants;
import se.familycentre.organisation.Groups;
import se.familycentre.referral.ReferralFigures.ReferralPath;
import se.familycentre.referral.ReferralProcess.Typed;
import se.familycentre.referral.ReferralProcess.Vars;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;

/**
 * First, synchronous step of a referral: checks the start form (known centre where the starter works, the
 * starter's organisation, at least one concern, age band, bounded free text), issues the referral id (business key)
 * and records the referral in the figures. Bad input is refused with a Swedish message and the start rolls back.
 */
@Component
public class RegisterReferralDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterReferralDelegate.class);
  static final List<String> URGENCIES = List.of("NORMAL", "URGENT");
  static final String URGENCY_REFUSED = "Ange hur brådskande ärendet är: normalt eller brådskande.";

  private final CentreTenants centreTenants;
  private final SignedInUser signedInUser;
  private final ReferralNumbers numbers;
  private final ReferralFigures figures;
  private final ReferralProperties properties;

  public RegisterReferralDelegate(CentreTenants centreTenants, SignedInUser signedInUser,
      ReferralNumbers numbers, ReferralFigures figures, ReferralProperties properties) {
    this.centreTenants = centreTenants;
    this.signedInUser = signedInUser;
    this.numbers = numbers;
    this.figures = figures;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String centreId = Typed.CENTRE_ID.getOrNull(execution);
    Tenant centre = centreId == null ? null : centreTenants.find(centreId);
    if (centre == null) {
      throw new InputRefused(Vars.CENTRE_ID, "Okänd familjecentral: " + (centreId == null ? "(ingen angiven)" : centreId)
          + ". Välj en familjecentral som finns i registret.");
    }
    String group = Typed.REFERRING_GROUP.getOrNull(execution);
    if (group == null || !Arrays.asList(ReferralProcess.STARTER_GROUPS.split(",")).contains(group)) {
      throw new InputRefused(Vars.REFERRING_GROUP,
          "Ange din verksamhet: mödrahälsovård, barnhälsovård, öppen förskola eller förebyggande socialtjänst.");
    }
    checkStarter(centreId, group);
    List<String> concerns = Typed.CONCERNS.get(execution, "Ange minst ett område som oron gäller.");
    for (String concern : concerns) {
      if (Arrays.stream(ConcernCategory.values()).noneMatch(c -> c.name().equals(concern))) {
        throw new InputRefused(Vars.CONCERNS, "Okänt område för oro: " + concern + ".");
      }
    }
    String ageBand = Typed.AGE_BAND.getOrNull(execution);
    if (ageBand == null || Arrays.stream(AgeBand.values()).noneMatch(a -> a.name().equals(ageBand))) {
      throw new InputRefused(Vars.AGE_BAND, "Ange barnets ålder (graviditet, 0–1, 1–3 eller 3–6 år).");
    }
    Integer months = Typed.CHILD_AGE_MONTHS.getOrNull(execution);
    if (months != null && (!AgeBand.AGE_1_3.name().equals(ageBand) || months < 12 || months > 35)) {
      throw new InputRefused(Vars.CHILD_AGE_MONTHS, "Barnets ålder i månader anges bara för ett barn på 1–3 år "
          + "och är då 12–35 månader.");
    }
    String activity = Typed.ACTIVITY.get(execution, "Ange i vilken verksamhet ni mötte familjen.");
    String urgency = Typed.URGENCY.get(execution, URGENCY_REFUSED);
    if (!URGENCIES.contains(urgency)) {
      throw new InputRefused(Vars.URGENCY, URGENCY_REFUSED);
    }
    String description = Typed.DESCRIPTION.getOrNull(execution);
    if (description != null && description.length() > properties.descriptionMaxLength()) {
      throw new InputRefused(Vars.DESCRIPTION, "Beskrivningen får vara högst "
          + properties.descriptionMaxLength() + " tecken: skriv kort och utan personuppgifter.");
    }

    String reference = numbers.next();
    execution.setProcessBusinessKey(reference);
    boolean report = ConcernCategory.reportOfConcernDue(concerns);
    execution.setVariable(Vars.CASE_REFERENCE, reference);
    execution.setVariable(Vars.CENTRE_NAME, centre.getName());
    Typed.CONCERNS.set(execution, concerns);
    Typed.URGENCY.set(execution, urgency);
    execution.setVariable(Vars.REPORT_OF_CONCERN, report);
    execution.setVariable(Vars.VIOLENCE, concerns.contains(ConcernCategory.VIOLENCE_IN_FAMILY.name()));
    Typed.LOCAL_OFFERS.set(execution, properties.offersAt(centreId));
    figures.referralStarted(reference, centreId, group, activity, ageBand,
        report ? ReferralPath.REPORT_OF_CONCERN : ReferralPath.VOLUNTARY, SwedishTime.today());
    LOG.info("Referral {} started at {} by {} ({})", reference, centreId, group,
        report ? "report of concern" : "voluntary referral");
  }

  /** Whoever starts a referral works at that centre and in that organisation (admins excepted). */
  private void checkStarter(String centreId, String group) {
    Caller starter = signedInUser.current().orElse(null);
    if (starter == null || starter.groups().contains(Groups.CAMUNDA_ADMIN.id)) {
      return;
    }
    if (!starter.tenants().contains(centreId)) {
      throw new InputRefused(Vars.CENTRE_ID,
          "Du arbetar inte vid familjecentralen " + centreId + " och kan inte starta ärenden där.");
    }
    if (!starter.groups().contains(group)) {
      throw new InputRefused(Vars.REFERRING_GROUP, "Du tillhör inte verksamheten " + group + ".");
    }
  }
}
