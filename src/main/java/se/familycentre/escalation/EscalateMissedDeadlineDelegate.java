package se.familycentre.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A deadline was missed (a non-interrupting timer on the late task fired): counted in the figures and escalated to
 * the coordinator ({@link Escalations}). Which deadline is the model's word, the service task's field
 * {@code kind}, one of {@link EscalationProcess.Values}:
 *
 * <pre>{@code
 * <bpmn:serviceTask id="serviceTask_escalateFirstContactBreach" camunda:delegateExpression="${escalateMissedDeadlineDelegate}">
 *   <bpmn:extensionElements>
 *     <camunda:field name="kind" stringValue="FIRST_CONTACT" />
 *   </bpmn:extensionElements>
 * }</pre>
 *
 * <p>A prototype: the engine injects the field into the object the delegate expression resolves to, on every call;
 * a bean of its own per call keeps two timers that fire at once on different tasks from reading each other's kind.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class EscalateMissedDeadlineDelegate implements JavaDelegate {

  private final Escalations escalations;
  private Expression kind;

  public EscalateMissedDeadlineDelegate(Escalations escalations) {
    this.escalations = escalations;
  }

  /** Set by the engine from {@code <camunda:field name="kind" .../>}. */
  public void setKind(Expression kind) {
    this.kind = kind;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (kind == null) {
      throw new IllegalStateException("The service task " + execution.getCurrentActivityId()
          + " calls escalateMissedDeadlineDelegate without <camunda:field name=\"kind\" .../>");
    }
    escalations.missedDeadline(execution, String.valueOf(kind.getValue(execution)));
  }
}
