package se.familycentre.shared.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock (which tests may set), for timestamps of ours that sit beside the engine's history. */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
