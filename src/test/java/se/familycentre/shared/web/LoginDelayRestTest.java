package se.familycentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.organisation.Groups;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.HttpFrom;
import se.familycentre.support.Rest;
import se.familycentre.support.WebappLogin;

/**
 * Failed logins slow an attacker down at every login door but never lock an official out: real HTTP against the
 * test server (delays of the test profile: 20 ms after the first failure, doubling up to 1 s), with client
 * addresses of the loopback network standing for an official's desk and an attacker elsewhere.
 */
@FamilyCentreSpringTest
class LoginDelayRestTest {

  static final String PASSWORD = "Ratt-losenord-1";
  static final String WRONG = "fel-losenord";
  static final String SOME_REST_CALL = "/engine-rest/task?maxResults=1";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  LoginDelays delays;

  /** An official of their own for each test (a BVC member), so no other test's failures count here. */
  String user;

  @BeforeEach
  void anOfficialOfTheirOwn() {
    user = "delay." + UUID.randomUUID();
    User official = identityService.newUser(user);
    official.setFirstName("Försök");
    official.setLastName("Fördröjning");
    official.setPassword(PASSWORD);
    identityService.saveUser(official);
    identityService.createMembership(user, Groups.BVC.id);
  }

  @AfterEach
  void removeTheOfficial() {
    identityService.deleteUser(user);
  }

  HttpFrom.Answer basic(HttpFrom from, String path, String password) {
    return from.get(path, Map.of("Authorization", HttpFrom.basic(user, password)));
  }

  HttpFrom from(int lastOctet) {
    return new HttpFrom("127.0.0." + lastOctet, port);
  }

  Map<String, Object> userRow() {
    return jdbc.queryForMap("SELECT ATTEMPTS_, LOCK_EXP_TIME_ FROM ACT_ID_USER WHERE ID_ = ?", user);
  }

  /** The engine's count of failed attempts (none yet: no value). */
  int attempts() {
    Object attempts = userRow().get("ATTEMPTS_");
    return attempts == null ? 0 : ((Number) attempts).intValue();
  }

  @Test
  void twentyWrongPasswordsNeverLockTheAccountInTheEngine() {
    // 20 failures from 20 addresses: each reaches the engine's password check, none waits
    for (int octet = 2; octet <= 21; octet++) {
      assertThat(basic(from(octet), SOME_REST_CALL, WRONG).status()).as("from 127.0.0." + octet).isEqualTo(401);
    }
    Map<String, Object> counted = userRow();
    assertThat(attempts()).as("the engine counted them").isEqualTo(20);
    Timestamp lock = (Timestamp) counted.get("LOCK_EXP_TIME_");
    assertThat(lock == null || !lock.toInstant().isAfter(java.time.Instant.now())).as("no lock in the engine: "
        + lock).isTrue();

    // the official at her own address signs in at once, and the engine's count starts again
    assertThat(basic(from(1), SOME_REST_CALL, PASSWORD).status()).isEqualTo(200);
    assertThat(attempts()).isZero();
    assertThat(userRow().get("LOCK_EXP_TIME_")).isNull();
  }

  @Test
  void theDelayGrowsAndTheRightPasswordFromThatAddressWaitsItOut() {
    HttpFrom attacker = from(30);
    assertThat(basic(attacker, SOME_REST_CALL, WRONG).status()).isEqualTo(401);
    for (int failures = 1; failures <= 6; failures++) {
      long waited = untilNot429(() -> basic(attacker, SOME_REST_CALL, WRONG), 401);
      // at least half the nominal 20 ms · 2^(k-1): the wait started when the server answered, the delay before
      assertThat(waited).as("refused after failure " + failures).isGreaterThanOrEqualTo(10L << (failures - 1));
    }

    // seven failures: 1 s to wait (the test profile's maximum), also with the right password, at every door
    HttpFrom.Answer refused = basic(attacker, SOME_REST_CALL, PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).contains("1");
    assertThat(refused.header("WWW-Authenticate")).isEmpty();
    assertThat(refused.body()).contains("\"type\":\"LoginDelayed\"")
        .contains("För många misslyckade inloggningar för den här användaren från din adress. Försök igen om");
    HttpFrom.Answer api = basic(attacker, "/api/register/centres", PASSWORD);
    assertThat(api.status()).isEqualTo(429);
    assertThat(api.header("Retry-After")).isPresent();
    HttpFrom.Answer handbook = basic(attacker, "/handbook", PASSWORD);
    assertThat(handbook.status()).isEqualTo(429);
    assertThat(handbook.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(handbook.body()).contains("Försök igen om");
    assertThat(attempts()).as("refused attempts never reach the engine").isEqualTo(7);

    // meanwhile the official at another address is not delayed at all
    assertThat(basic(from(31), SOME_REST_CALL, PASSWORD).status()).isEqualTo(200);

    // once the delay has passed, the right password works there too, and the count starts again
    assertThat(delays.failures(user, "127.0.0.30")).isEqualTo(7);
    untilNot429(() -> basic(attacker, SOME_REST_CALL, PASSWORD), 200);
    assertThat(delays.failures(user, "127.0.0.30")).isZero();
    assertThat(basic(attacker, SOME_REST_CALL, WRONG).status()).isEqualTo(401);
    assertThat(delays.failures(user, "127.0.0.30")).as("counted from one again").isEqualTo(1);
  }

  @Test
  void theWebappsLoginIsDelayedTooAndShowsTheSwedishMessage() {
    WebappLogin browser = new WebappLogin(port).open();
    assertThat(browser.login("tasklist", user, WRONG).status()).isEqualTo(401);
    for (int failures = 1; failures <= 6; failures++) {
      assertThat(Rest.whileDelayed(() -> browser.login("tasklist", user, WRONG))
          .status()).isEqualTo(401);
    }

    Rest.Answer refused = browser.login("tasklist", user, PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).contains("1");
    // Tasklist's and Cockpit's login page shows the answer's "message"
    assertThat(refused.body()).contains("\"message\":\"För många misslyckade inloggningar");

    Rest.Answer signedIn = Rest.whileDelayed(() -> browser.login("tasklist", user, PASSWORD));
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.body()).contains("\"userId\":\"" + user + "\"");
    assertThat(attempts()).isZero();
  }

  @Test
  void aLoginFormTooLargeToBeOneIsRefused() {
    WebappLogin browser = new WebappLogin(port).open();
    Rest.Answer answer = browser.login("tasklist", user, "x".repeat(WebappLoginDelayFilter.MAX_LOGIN_BYTES));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body()).contains("Inloggningen är för stor");
    assertThat(attempts()).as("no password was checked").isZero();
  }

  /** Repeats a request while it is refused with 429; returns how long that took, in ms. */
  static long untilNot429(Supplier<HttpFrom.Answer> request, int expected) {
    long start = System.nanoTime();
    HttpFrom.Answer answer = Rest.whileDelayed(request, HttpFrom.Answer::status);
    assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
