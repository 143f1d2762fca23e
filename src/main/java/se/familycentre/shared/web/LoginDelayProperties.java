package se.familycentre.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The growing delay after failed logins ({@code familycentre.security.login-delay-*}, see application.yaml): after
 * k consecutive failures for one user name from one client address, that address waits
 * min(base · 2^(k-1), max) before it may try that user again; a success resets, and failures older than
 * {@code forget-after} are forgotten. At most {@code max-entries} (user, address) pairs are remembered.
 */
@ConfigurationProperties(prefix = "familycentre.security")
public record LoginDelayProperties(
    @DefaultValue("1s") Duration loginDelayBase,
    @DefaultValue("5m") Duration loginDelayMax,
    @DefaultValue("1h") Duration loginDelayForgetAfter,
    @DefaultValue("100000") int loginDelayMaxEntries) {

  public LoginDelayProperties {
    if (loginDelayBase.isNegative() || loginDelayMax.compareTo(loginDelayBase) < 0) {
      throw new IllegalStateException("familycentre.security.login-delay-base must be >= 0 and "
          + "login-delay-max at least as long (are " + loginDelayBase + " and " + loginDelayMax + ")");
    }
    if (loginDelayForgetAfter.compareTo(loginDelayMax) < 0) {
      throw new IllegalStateException("familycentre.security.login-delay-forget-after (" + loginDelayForgetAfter
          + ") must be at least login-delay-max (" + loginDelayMax + "), or the delay could never reach it");
    }
    if (loginDelayMaxEntries < 1) {
      throw new IllegalStateException("familycentre.security.login-delay-max-entries must be at least 1");
    }
  }
}
