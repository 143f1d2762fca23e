package se.familycentre.shared.engine.retention;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.familycentre.shared.ApplicationYaml;

/**
 * How long the history of each process and decision is kept after a case has ended (Camunda's history
 * time-to-live), by definition key, under {@code familycentre.retention.<key>} as an ISO-8601 period of whole days,
 * e.g. {@code familycentre.retention.familyReferralProcess: P1825D}. The key {@code default} applies to every
 * definition not named. Configuration overrides the model's own {@code camunda:historyTimeToLive}; keys not
 * configured keep the defaults below, each chosen deliberately (domain.md, "Records and retention").
 */
@ConfigurationProperties(prefix = "familycentre")
public record RetentionProperties(Map<String, Duration> retention) {

  /** The key whose value applies to every definition that has no entry of its own. */
  public static final String DEFAULT_KEY = "default";

  /**
   * Defaults, used where the configuration says nothing.
   * <ul>
   * <li>{@code familyReferralProcess}: 5 years (1825 days). A referral carries social-services coordination data;
   * social services cull case notes 5 years after the last entry, and the legal record stays in each
   * organisation's own system.</li>
   * <li>{@code familyCentreEstablishmentProcess}: 10 years (3650 days). Establishing a centre is a public decision
   * trail (motions, committee decisions, agreements) with no personal data about families; kept long so a centre's
   * history can be followed through several evaluation periods.</li>
   * <li>{@code familyCentreClassification}: 10 years, like the establishment it belongs to.</li>
   * <li>{@code default}: 5 years, the stricter of the two, for any further definition until it is given a
   * deliberate value of its own. The other processes of the referral path ({@code reportOfConcernProcess},
   * {@code referralSupportProcess}, {@code referralEscalationProcess}) and its decision {@code referralRouting} are
   * set to the same 5 years in application.yaml, where they can be seen.</li>
   * </ul>
   */
  public static final Map<String, Duration> DEFAULTS = Map.of(
      "familyReferralProcess", Duration.ofDays(1825),
      "familyCentreEstablishmentProcess", Duration.ofDays(3650),
      "familyCentreClassification", Duration.ofDays(3650),
      DEFAULT_KEY, Duration.ofDays(1825));

  public RetentionProperties {
    Map<String, Duration> merged = new LinkedHashMap<>(DEFAULTS);
    if (retention != null) {
      merged.putAll(retention);
    }
    merged.forEach((key, value) -> {
      if (value == null || value.isNegative() || value.isZero() || !value.equals(Duration.ofDays(value.toDays()))) {
        throw new IllegalArgumentException("familycentre.retention." + key + " must be a positive number of whole "
            + "days, e.g. P1825D (was " + value + ")");
      }
    });
    retention = Map.copyOf(merged);
  }

  /**
   * Retention as the shipped application.yaml sets it (defaults where it says nothing), for what runs without the
   * application: the handbook's static build and the model checks.
   */
  public static RetentionProperties fromApplicationYaml() {
    return ApplicationYaml.bind("familycentre", RetentionProperties.class)
        .orElseGet(() -> new RetentionProperties(null));
  }

  /** History time-to-live in days for a process or decision definition key. */
  public int daysFor(String definitionKey) {
    Duration duration = retention.getOrDefault(definitionKey, retention.get(DEFAULT_KEY));
    return Math.toIntExact(duration.toDays());
  }

  /** Whether the key has a value of its own (configured or a named default) rather than the general default. */
  public boolean isNamed(String definitionKey) {
    return retention.containsKey(definitionKey);
  }
}
