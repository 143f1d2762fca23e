package se.familycentre.escalation;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import se.familycentre.shared.CaseVariables;

/**
 * Escalates a missed deadline to the coordinator: starts a {@code referralEscalationProcess} instance in the case's
 * centre that carries only the case reference, the centre, what was missed and when it was due.
 */
@Service
public class Escalations {

  private static final Map<String, String> TEXTS = Map.of(
      EscalationProcess.PROTECTION_ASSESSMENT, "Skyddsbedömningen av en orosanmälan gjordes inte samma dag.",
      EscalationProcess.INVESTIGATION_DECISION,
      "Beslut om att inleda utredning efter en orosanmälan har inte fattats inom tidsfristen.",
      EscalationProcess.FIRST_CONTACT, "Mottagande verksamhet har inte tagit första kontakt inom tidsfristen.");

  private final RuntimeService runtimeService;

  public Escalations(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void escalate(String caseReference, String centreId, String centreName, String kind, Date missedDueDate) {
    runtimeService.startProcessInstanceByKey(EscalationProcess.KEY, caseReference, Variables.createVariables()
        .putValue(CaseVariables.CASE_REFERENCE, caseReference)
        .putValue(CaseVariables.CENTRE_ID, centreId)
        .putValue(CaseVariables.CENTRE_NAME, centreName)
        .putValue(EscalationProcess.ESCALATION_KIND, kind)
        .putValue(EscalationProcess.ESCALATION_TEXT, TEXTS.get(kind))
        .putValue(EscalationProcess.MISSED_DUE_DATE, missedDueDate));
  }
}
