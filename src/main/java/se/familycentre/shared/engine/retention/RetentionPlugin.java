package se.familycentre.shared.engine.retention;

import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.ProcessDefinitionRows;

/**
 * Retention from configuration: every process and decision definition gets the history time-to-live that
 * {@link RetentionProperties} gives its key, whatever literal its model carries (the model's
 * {@code camunda:historyTimeToLive} stays required, so a model is never deployed without one).
 * <ul>
 * <li>on deployment (and whenever the engine parses a model again), a BPMN parse listener and a DMN transform
 * listener set the value on the new definition before it is stored;</li>
 * <li>on engine start, definitions already deployed whose stored value differs (an older version, or a changed
 * configuration) are updated through the repository service, so the configuration is the one truth.</li>
 * </ul>
 * Cases ending from then on get their removal time from the new value; history cleanup (nightly window, see
 * application.yaml) removes what has expired.
 */
@Component
public class RetentionPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionPlugin.class);

  private final RetentionProperties properties;

  public RetentionPlugin(RetentionProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new ProcessRetentionListener());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    dmn.getTransformer().getTransformListeners().add(new DecisionRetentionListener());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    RepositoryService repository = processEngine.getRepositoryService();
    // Every version's row, without the engine parsing each model (see ProcessDefinitionRows): that parse grew with
    // every version ever deployed and came before the web server was up.
    for (ProcessDefinition definition : ProcessDefinitionRows.query(repository).list()) {
      int days = properties.daysFor(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        try {
          repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
          LOG.info("Retention: process {} version {} history time-to-live {} -> {} days ({})", definition.getKey(),
              definition.getVersion(), definition.getHistoryTimeToLive(), days, source(definition.getKey()));
        } catch (OptimisticLockingException e) {
          LOG.info("Retention: process {} version {} updated by another node at the same time", definition.getKey(),
              definition.getVersion());
        }
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      int days = properties.daysFor(definition.getKey());
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        try {
          repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
          LOG.info("Retention: decision {} version {} history time-to-live {} -> {} days ({})", definition.getKey(),
              definition.getVersion(), definition.getHistoryTimeToLive(), days, source(definition.getKey()));
        } catch (OptimisticLockingException e) {
          LOG.info("Retention: decision {} version {} updated by another node at the same time",
              definition.getKey(), definition.getVersion());
        }
      }
    }
  }

  private String source(String key) {
    return properties.isNamed(key) ? "familycentre.retention." + key
        : "familycentre.retention." + RetentionProperties.DEFAULT_KEY;
  }

  /** Sets a process definition's time-to-live from configuration, after the engine parsed the model's own. */
  private final class ProcessRetentionListener extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      int days = properties.daysFor(processDefinition.getKey());
      Integer modelValue = processDefinition.getHistoryTimeToLive();
      processDefinition.setHistoryTimeToLive(days);
      LOG.info("Retention: process {} keeps history {} days after a case ends ({}; the model says {})",
          processDefinition.getKey(), days, source(processDefinition.getKey()), modelValue);
    }
  }

  /** Sets a decision definition's time-to-live from configuration, after the engine read the model's own. */
  private final class DecisionRetentionListener implements DmnTransformListener {

    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision instanceof DecisionDefinitionEntity definition) {
        int days = properties.daysFor(definition.getKey());
        Integer modelValue = definition.getHistoryTimeToLive();
        definition.setHistoryTimeToLive(days);
        LOG.info("Retention: decision {} keeps history {} days after an evaluation ({}; the model says {})",
            definition.getKey(), days, source(definition.getKey()), modelValue);
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
      // nothing to do: retention is a property of the decision
    }

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
      // nothing to do: retention is a property of the decision
    }

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
      // nothing to do: retention is a property of the decision
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
      // nothing to do: the graph has no history of its own
    }
  }
}
