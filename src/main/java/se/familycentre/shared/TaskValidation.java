package se.familycentre.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import se.familycentre.shared.engine.InputRefused;

/**
 * The server's checks of one user task's answers, in every process the same way: a Spring bean named after the
 * task, which the model calls when the task ends. For {@code userTask_assessSupplementaryAgreement} the bean is
 * {@code assessSupplementaryAgreementValidation}, the class {@code AssessSupplementaryAgreementValidation} in the room
 * of the task's process:
 *
 * <pre>{@code
 * <bpmn:userTask id="userTask_assessSupplementaryAgreement" ...>
 *   <bpmn:extensionElements>
 *     <camunda:executionListener delegateExpression="${assessSupplementaryAgreementValidation}" event="end" />
 * }</pre>
 *
 * A check that fails throws {@link InputRefused}: the completion rolls back, the task stays open, the official reads
 * why (Tasklist shows the message, REST answers 400, the Java API gets the InputRefused). An execution listener on
 * {@code end} rather than a task listener on {@code complete}, because the engine wraps whatever a task listener
 * throws into a ProcessEngineException, while an execution listener's exception reaches the caller as it is. A task
 * that ends without being answered (cancelled by a boundary event, a rejection elsewhere, a deleted case) is not
 * checked.
 *
 * <p>The service tasks that checked these answers themselves in earlier versions of a model call
 * {@link #checkForEarlierModel}, so that cases still running on those versions keep every rule.
 */
public abstract class TaskValidation implements ExecutionListener {

  static final String TASK_PREFIX = "userTask_";
  static final String BEAN_SUFFIX = "Validation";

  private final String taskId;
  private final Map<String, Boolean> calledByModel = new ConcurrentHashMap<>();

  protected TaskValidation(String taskId) {
    if (!taskId.startsWith(TASK_PREFIX) || taskId.length() == TASK_PREFIX.length()) {
      throw new IllegalArgumentException("a validation checks a user task (userTask_...), not " + taskId);
    }
    this.taskId = taskId;
  }

  /** The bean name a model calls for the answers of this user task: {@code userTask_x} → {@code xValidation}. */
  public static String beanNameFor(String taskId) {
    return taskId.substring(TASK_PREFIX.length()) + BEAN_SUFFIX;
  }

  /** The user task whose answers this checks. */
  public String taskId() {
    return taskId;
  }

  @Override
  public final void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the task was cancelled, not answered
    }
    if (!taskId.equals(execution.getCurrentActivityId())) {
      throw new IllegalStateException(beanNameFor(taskId) + " checks the answers of " + taskId + ", but the model "
          + "calls it on " + execution.getCurrentActivityId());
    }
    check(execution);
  }

  /** Refuses ({@link InputRefused}) what the task's answers may not be; may store an answer in a normalised form. */
  public abstract void check(VariableScope answers);

  /**
   * For the service task that, in earlier versions of the model, checked these answers itself: checks them unless the
   * version the case runs on calls this bean when the task ends (then they are checked already). Drop the call with
   * those versions (Cockpit: no running instance of a version before the listener).
   */
  public void checkForEarlierModel(DelegateExecution execution) {
    if (!calledByModel.computeIfAbsent(execution.getProcessDefinitionId(),
        definition -> isCalledBy(execution.getBpmnModelInstance()))) {
      check(execution);
    }
  }

  /** Whether this version of a model calls this validation when the task ends. */
  public boolean isCalledBy(BpmnModelInstance model) {
    ModelElementInstance task = model.getModelElementById(taskId);
    if (!(task instanceof BaseElement element) || element.getExtensionElements() == null) {
      return false;
    }
    String expression = "${" + beanNameFor(taskId) + "}";
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
        .stream().anyMatch(listener -> EVENTNAME_END.equals(listener.getCamundaEvent())
            && expression.equals(listener.getCamundaDelegateExpression()));
  }

  /** What the checkboxes left unticked stand for, in their order ({@code Map.entry(checkbox, what it stands for)}). */
  protected static List<String> unticked(VariableScope answers, List<Map.Entry<CaseVariable<Boolean>, String>> boxes) {
    return boxes.stream().filter(box -> !box.getKey().getOrDefault(answers, false)).map(Map.Entry::getValue)
        .toList();
  }

  /** The answer, required and one of {@code allowed}, else refused naming the field by its label. */
  protected static String oneOf(VariableScope answers, CaseVariable<String> answer, Collection<String> allowed) {
    String value = answer.get(answers);
    if (!allowed.contains(value)) {
      throw new InputRefused(answer.name(), "\"" + value + "\" är inget giltigt svar på \"" + answer.label() + "\".");
    }
    return value;
  }
}
