package se.familycentre.coverage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Test-only: records which flow nodes the tests pass through (activity start) and which sequence flows they take,
 * per process key, for the model coverage report. Only steps of transactions that commit count: a step is noted when
 * its transaction has committed, so a refused start or completion (rolled back) covers nothing. A Spring bean in the
 * test sources, so every test context of the application (the shared one, restart nodes) records into the same
 * JVM-wide set, which the JVM writes to this build's coverage records when it ends ({@link CoverageRecords}).
 */
@Component
public class ModelCoverageRecorder extends AbstractProcessEnginePlugin {

  /** "processKey#elementId" of every flow node started and every sequence flow taken in this JVM. */
  static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

  private static final AtomicBoolean WRITES_WHEN_THE_JVM_ENDS = new AtomicBoolean();

  /** The first recorder of a JVM (a JVM with an engine) has the JVM write its record when it ends. */
  public ModelCoverageRecorder() {
    if (WRITES_WHEN_THE_JVM_ENDS.compareAndSet(false, true)) {
      CoverageRecords.writeWhenTheJvmEnds(PASSED);
    }
  }

  static String key(String processKey, String elementId) {
    return processKey + "#" + elementId;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        instrument(processDefinition.getKey(), processDefinition);
      }
    });
  }

  /** Notes the element once the engine's transaction that passed it has committed; a rollback notes nothing. */
  private static void onCommit(String elementKey) {
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> PASSED.add(elementKey));
  }

  private static void instrument(String processKey, ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      String activityKey = key(processKey, activity.getId());
      activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> onCommit(activityKey));
      for (var pvmTransition : activity.getOutgoingTransitions()) {
        TransitionImpl transition = (TransitionImpl) pvmTransition;
        String flowKey = key(processKey, transition.getId());
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution -> onCommit(flowKey));
      }
      instrument(processKey, activity);
    }
  }
}
