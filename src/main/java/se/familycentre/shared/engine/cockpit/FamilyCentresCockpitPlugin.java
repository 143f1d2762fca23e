package se.familycentre.shared.engine.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Familjecentraler", on Camunda 7's own webapp plugin mechanism: registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, its front end served by Cockpit from
 * the classpath's {@code plugin-webapp/familjecentraler/app/plugin.js} (and {@code plugin.css}) at
 * {@code /camunda/api/cockpit/plugin/familjecentraler/static/app/plugin.js}, its answers by
 * {@link FamilyCentresPluginRootResource} under {@code /camunda/api/cockpit/plugin/familjecentraler/{engine}/...},
 * with Cockpit's own login and CSRF token.
 */
public class FamilyCentresCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "familjecentraler";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(FamilyCentresPluginRootResource.class);
  }
}
