package se.familycentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The growing login delay per user and client address, on a clock the test moves. */
class LoginDelaysTest {

  static final String ERIK = "erik.johansson";
  static final String HER_DESK = "10.1.2.3";
  static final String ELSEWHERE = "203.0.113.9";

  final MovableClock clock = new MovableClock();

  LoginDelays delays(String base, String max, String forgetAfter, int maxEntries) {
    return new LoginDelays(new LoginDelayProperties(Duration.parse(base), Duration.parse(max),
        Duration.parse(forgetAfter), maxEntries), clock);
  }

  LoginDelays defaults() {
    return delays("PT1S", "PT5M", "PT1H", 100_000);
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheMaximum() {
    LoginDelays delays = defaults();
    long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
    for (long expected : expectedSeconds) {
      delays.failed(ERIK, HER_DESK);
      assertThat(delays.remaining(ERIK, HER_DESK)).contains(Duration.ofSeconds(expected));
      clock.advance(Duration.ofSeconds(expected).minusMillis(1));
      assertThat(delays.remaining(ERIK, HER_DESK)).as("1 ms before the end").contains(Duration.ofMillis(1));
      clock.advance(Duration.ofMillis(1));
      assertThat(delays.remaining(ERIK, HER_DESK)).as("once waited").isEmpty();
    }
    assertThat(delays.delayAfter(1000)).isEqualTo(300_000);
  }

  @Test
  void aSuccessResetsTheCount() {
    LoginDelays delays = defaults();
    for (int i = 0; i < 5; i++) {
      delays.failed(ERIK, HER_DESK);
    }
    clock.advance(Duration.ofSeconds(16));
    assertThat(delays.failures(ERIK, HER_DESK)).isEqualTo(5);
    delays.succeeded(ERIK, HER_DESK);
    assertThat(delays.failures(ERIK, HER_DESK)).isZero();
    delays.failed(ERIK, HER_DESK);
    assertThat(delays.remaining(ERIK, HER_DESK)).contains(Duration.ofSeconds(1));
  }

  @Test
  void failuresFromAnotherAddressOrForAnotherUserDelayNobodyElse() {
    LoginDelays delays = defaults();
    for (int i = 0; i < 20; i++) {
      delays.failed(ERIK, ELSEWHERE);
    }
    assertThat(delays.remaining(ERIK, ELSEWHERE)).contains(Duration.ofMinutes(5));
    assertThat(delays.remaining(ERIK, HER_DESK)).as("the official at her own address").isEmpty();
    assertThat(delays.remaining("anna.lindqvist", ELSEWHERE)).as("another user from there").isEmpty();
    assertThat(delays.remaining("Erik.Johansson", ELSEWHERE)).as("the same user in capitals")
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void oldFailuresAreForgottenAndTheMemoryStaysBounded() {
    LoginDelays delays = delays("PT1S", "PT5M", "PT1H", 3);
    delays.failed(ERIK, HER_DESK);
    delays.failed(ERIK, HER_DESK);
    clock.advance(Duration.ofHours(1));
    delays.failed(ERIK, HER_DESK);
    assertThat(delays.remaining(ERIK, HER_DESK)).as("counted anew after an hour").contains(Duration.ofSeconds(1));

    for (int address = 1; address <= 10; address++) {
      clock.advance(Duration.ofMillis(1));
      delays.failed(ERIK, "10.0.0." + address);
    }
    assertThat(delays.size()).isEqualTo(3);
    assertThat(delays.remaining(ERIK, "10.0.0.10")).isPresent();
    assertThat(delays.remaining(ERIK, HER_DESK)).as("the oldest failure went first").isEmpty();
  }

  @Test
  void settingsThatCannotWorkAreRefusedAtStart() {
    assertThatThrownBy(() -> delays("PT10S", "PT1S", "PT1H", 1)).hasMessageContaining("login-delay-max");
    assertThatThrownBy(() -> delays("PT1S", "PT5M", "PT1M", 1)).hasMessageContaining("forget-after");
    assertThatThrownBy(() -> delays("PT1S", "PT5M", "PT1H", 0)).hasMessageContaining("max-entries");
    assertThat(delays("PT0S", "PT0S", "PT0S", 1)).satisfies(off -> {
      off.failed(ERIK, HER_DESK);
      assertThat(off.remaining(ERIK, HER_DESK)).as("a base of 0 delays nothing").isEqualTo(Optional.empty());
    });
  }

  @Test
  void theSwedishMessageSaysHowLongToWait() {
    assertThat(Refusals.loginDelayed(Duration.ofMillis(20))).endsWith("Försök igen om 1 sekund.");
    assertThat(Refusals.loginDelayed(Duration.ofMillis(4001))).endsWith("Försök igen om 5 sekunder.");
    assertThat(Refusals.loginDelayed(Duration.ofSeconds(61))).endsWith("Försök igen om 2 minuter.");
    assertThat(Refusals.loginDelayed(Duration.ofSeconds(60))).endsWith("Försök igen om 1 minut.");
  }

  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
