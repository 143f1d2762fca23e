package se.familycentre.production.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The bare process's activities: a delegate that does nothing, the engine's own cost and nothing else. */
public class NoOpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // deliberately nothing: the baseline measures the engine alone
  }
}
