package se.familycentre.escalation;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import se.familycentre.escalation.EscalationProcess.Values;
import se.familycentre.escalation.EscalationProcess.Vars;

/**
 * Escalates a missed deadline to the coordinator: starts a {@code referralEscalationProcess} instance in the case's
 * centre that carries only the case reference, the centre, what was missed and when it was due.
 */
@Service
public class Escalations {

  private static final Map<String, String> TEXTS = Map.of(
      Values.PROTECTION_ASSESSMENT, "Skyddsbedömningen av en orosanmälan gjordes inte samma dag.",
      Values.INVESTIGATION_DECISION,
      "Beslut om att inleda utredning efter en orosanmälan har inte fattats inom tidsfristen.",
      Values.FIRST_CONTACT, "Mottagande verksamhet har inte tagit första kontakt inom tidsfristen.");

  private final RuntimeService runtimeService;

  public Escalations(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void escalate(String caseReference, String centreId, String centreName, String kind, Date missedDueDate) {
    runtimeService.startProcessInstanceByKey(EscalationProcess.KEY, caseReference, Variables.createVariables()
        .putValue(Vars.CASE_REFERENCE, caseReference)
        .putValue(Vars.CENTRE_ID, centreId)
        .putValue(Vars.CENTRE_NAME, centreName)
        .putValue(Vars.ESCALATION_KIND, kind)
        .putValue(Vars.ESCALATION_TEXT, TEXTS.get(kind))
        .putValue(Vars.MISSED_DUE_DATE, missedDueDate));
  }
}
