package se.familycentre.shared.engine.tenancy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link ReferralTenantIdProvider} (the Camunda Spring Boot starter applies every ProcessEnginePlugin
 * bean to the engine configuration before the engine is built).
 */
@Component
public class ReferralEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getTenantIdProvider() != null) {
      throw new IllegalStateException("Another TenantIdProvider is installed ("
          + configuration.getTenantIdProvider().getClass().getName() + "); the referral path needs its own");
    }
    configuration.setTenantIdProvider(new ReferralTenantIdProvider());
  }
}
