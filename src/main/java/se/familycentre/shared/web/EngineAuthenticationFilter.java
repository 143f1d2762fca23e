package se.familycentre.shared.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic against the engine's users for the REST API and our own endpoints. Unlike Camunda's filter it lets
 * nothing through anonymously, not even the list of engine names.
 */
public class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
