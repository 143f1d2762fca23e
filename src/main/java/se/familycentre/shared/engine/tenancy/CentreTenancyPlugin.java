package se.familycentre.shared.engine.tenancy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the {@link CentreTenantIdProvider} for the processes the rooms declare ({@link CentreProcesses}); the
 * Camunda Spring Boot starter applies every ProcessEnginePlugin bean to the engine configuration before the engine
 * is built.
 */
@Component
public class CentreTenancyPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> centreProcesses = new HashSet<>();

  public CentreTenancyPlugin(List<CentreProcesses> declarations) {
    declarations.forEach(declaration -> centreProcesses.addAll(declaration.processKeys()));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getTenantIdProvider() != null) {
      throw new IllegalStateException("Another TenantIdProvider is installed ("
          + configuration.getTenantIdProvider().getClass().getName() + "); the centres' cases need their own");
    }
    configuration.setTenantIdProvider(new CentreTenantIdProvider(centreProcesses));
  }
}
