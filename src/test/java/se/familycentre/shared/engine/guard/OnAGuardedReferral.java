package se.familycentre.shared.engine.guard;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.familycentre.support.Rest;

/**
 * The guard tests' common ground: the engine's services, the REST API as demo users, and a fresh referral waiting
 * at erik.johansson's task "Dokumentera samtycke" (see {@link GuardedReferral}) before each test. Subclasses carry
 * the shared test context's annotation themselves.
 */
abstract class OnAGuardedReferral {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;
  Rest rest;
  GuardedReferral referral;

  @BeforeEach
  void startReferral() {
    rest = new Rest(port);
    referral = GuardedReferral.start(rest, engine);
  }
}
