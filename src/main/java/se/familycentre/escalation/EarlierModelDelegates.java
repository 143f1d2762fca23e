package se.familycentre.escalation;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.familycentre.escalation.EscalationProcess.Values;

/**
 * The bean names that the first deployed versions of {@code reportOfConcernProcess} and
 * {@code referralSupportProcess} call for a missed deadline, one bean per kind, before the kind became a field of
 * {@code ${escalateMissedDeadlineDelegate}}. An instance keeps the version it started on, so the timers of cases
 * started before the change still call these names; each does what the new delegate does with its kind.
 *
 * <p>Drop this class when no instance of those versions runs any more (Cockpit: the process definitions'
 * earlier versions without running instances), or after migrating them to the current versions.
 */
@Configuration(proxyBeanMethods = false)
class EarlierModelDelegates {

  @Bean
  JavaDelegate escalateProtectionBreachDelegate(Escalations escalations) {
    return execution -> escalations.missedDeadline(execution, Values.PROTECTION_ASSESSMENT);
  }

  @Bean
  JavaDelegate escalateDecisionBreachDelegate(Escalations escalations) {
    return execution -> escalations.missedDeadline(execution, Values.INVESTIGATION_DECISION);
  }

  @Bean
  JavaDelegate escalateFirstContactBreachDelegate(Escalations escalations) {
    return execution -> escalations.missedDeadline(execution, Values.FIRST_CONTACT);
  }
}
