package se.familycentre.escalation;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import se.familycentre.escalation.EscalationProcess.Values;
import se.familycentre.escalation.EscalationProcess.Vars;
import se.familycentre.referral.ReferralFigures;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.shared.CaseVariables;
import se.familycentre.shared.SwedishTime;

/**
 * Escalates a missed deadline to the coordinator: counts it in the figures management reads, then starts a
 * {@code referralEscalationProcess} instance in the case's centre that carries only the case reference, the centre,
 * what was missed and when it was due, never case data of either side of the secrecy boundary.
 *
 * <p>What was missed is one of {@link Values}: the protection assessment and the investigation decision of
 * social services' intake and the immediate protection of a child who needs it (due at the intake's own deadline
 * variables), the receiving organisation's first contact
 * (due when its timer fires).
 */
@Service
public class Escalations {

  private static final Map<String, String> TEXTS = Map.of(
      Values.PROTECTION_ASSESSMENT, "Skyddsbedömningen av en orosanmälan gjordes inte samma dag.",
      Values.IMMEDIATE_PROTECTION, "Ett barn som behöver omedelbart skydd fick ingen registrerad skyddsåtgärd "
          + "inom tidsfristen (en timme).",
      Values.INVESTIGATION_DECISION,
      "Beslut om att inleda utredning efter en orosanmälan har inte fattats inom tidsfristen.",
      Values.FIRST_CONTACT, "Mottagande verksamhet har inte tagit första kontakt inom tidsfristen.");

  private final RuntimeService runtimeService;
  private final ReferralFigures figures;

  public Escalations(@Lazy RuntimeService runtimeService, ReferralFigures figures) {
    this.runtimeService = runtimeService;
    this.figures = figures;
  }

  /** The deadline {@code kind} (one of {@link Values}) of the case that {@code execution} belongs to was missed. */
  public void missedDeadline(DelegateExecution execution, String kind) {
    String reference = execution.getProcessBusinessKey();
    Date due = switch (kind) {
      case Values.PROTECTION_ASSESSMENT -> {
        figures.protectionBreached(reference);
        yield ReportOfConcernProcess.Typed.PROTECTION_DUE_AT.getOrNull(execution);
      }
      case Values.IMMEDIATE_PROTECTION -> ReportOfConcernProcess.Typed.IMMEDIATE_PROTECTION_DUE_AT.getOrNull(execution);
      case Values.INVESTIGATION_DECISION -> {
        figures.decisionBreached(reference);
        yield ReportOfConcernProcess.Typed.DECISION_DUE_AT.getOrNull(execution);
      }
      case Values.FIRST_CONTACT -> {
        figures.firstContactBreached(reference);
        yield SwedishTime.now();
      }
      default -> throw new IllegalArgumentException(
          "Unknown missed deadline '" + kind + "' at " + execution.getCurrentActivityId() + "; one of " + TEXTS.keySet());
    };
    runtimeService.startProcessInstanceByKey(EscalationProcess.KEY, reference, Variables.createVariables()
        .putValue(Vars.CASE_REFERENCE, reference)
        .putValue(Vars.CENTRE_ID, CaseVariables.Typed.CENTRE_ID.getOrNull(execution))
        .putValue(Vars.CENTRE_NAME, CaseVariables.Typed.CENTRE_NAME.getOrNull(execution))
        .putValue(Vars.ESCALATION_KIND, kind)
        .putValue(Vars.ESCALATION_TEXT, TEXTS.get(kind))
        .putValue(Vars.MISSED_DUE_DATE, due));
  }
}
