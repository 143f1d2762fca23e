package se.familycentre.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins slow an attacker down but never lock an official out: after k consecutive failures for one user
 * name from one client address, further attempts for that user from that address are refused for
 * min(base · 2^(k-1), max), counted from the last failure; a success from that address resets. Someone failing
 * from another address delays only himself, never the official at her own address.
 *
 * <p>The state is in memory, per node, and bounded: at most {@code max-entries} (user, address) pairs, the oldest
 * failure evicted first; failures older than {@code forget-after} are forgotten. Every login door asks here
 * before the engine checks a password (see {@link EngineAuthenticationFilter} and {@link WebappLoginDelayFilter}).
 */
@Component
public class LoginDelays {

  private final long baseMillis;
  private final long maxMillis;
  private final long forgetAfterMillis;
  private final int maxEntries;
  private final Clock clock;
  /** Ordered by last failure, oldest first: eviction takes from the head. */
  private final LinkedHashMap<Key, Failures> failures = new LinkedHashMap<>();

  @Autowired
  public LoginDelays(LoginDelayProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginDelays(LoginDelayProperties properties, Clock clock) {
    this.baseMillis = properties.loginDelayBase().toMillis();
    this.maxMillis = properties.loginDelayMax().toMillis();
    this.forgetAfterMillis = properties.loginDelayForgetAfter().toMillis();
    this.maxEntries = properties.loginDelayMaxEntries();
    this.clock = clock;
  }

  /** How long this address must still wait before it may try this user again; empty when it may try now. */
  public synchronized Optional<Duration> remaining(String user, String address) {
    long now = clock.millis();
    forgetOld(now);
    Failures entry = failures.get(new Key(user, address));
    if (entry == null || entry.blockedUntil <= now) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(entry.blockedUntil - now));
  }

  /** A wrong password (or unknown user) from this address: the next attempt waits longer. */
  public synchronized void failed(String user, String address) {
    long now = clock.millis();
    forgetOld(now);
    Key key = new Key(user, address);
    Failures previous = failures.remove(key);
    int count = previous == null ? 1 : previous.count + 1;
    failures.put(key, new Failures(count, now, now + delayAfter(count)));
    while (failures.size() > maxEntries) {
      Iterator<Map.Entry<Key, Failures>> oldest = failures.entrySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** The right password from this address: its failures for this user are forgotten. */
  public synchronized void succeeded(String user, String address) {
    failures.remove(new Key(user, address));
  }

  /** The delay after {@code count} consecutive failures: min(base · 2^(count-1), max), in milliseconds. */
  long delayAfter(int count) {
    long delay = baseMillis;
    for (int i = 1; i < count && delay > 0 && delay < maxMillis; i++) {
      delay *= 2;
    }
    return Math.min(delay, maxMillis);
  }

  /** The consecutive failures counted for this user from this address (for tests). */
  synchronized int failures(String user, String address) {
    forgetOld(clock.millis());
    Failures entry = failures.get(new Key(user, address));
    return entry == null ? 0 : entry.count;
  }

  synchronized int size() {
    return failures.size();
  }

  private void forgetOld(long now) {
    Iterator<Failures> oldest = failures.values().iterator();
    while (oldest.hasNext() && now - oldest.next().lastFailure >= forgetAfterMillis) {
      oldest.remove();
    }
  }

  private record Failures(int count, long lastFailure, long blockedUntil) {
  }

  /** User ids are lower-case here (the engine's id pattern); upper case must not start a count of its own. */
  private record Key(String user, String address) {
    Key {
      user = user == null ? "" : user.toLowerCase(Locale.ROOT);
      address = address == null ? "" : address;
    }
  }
}
