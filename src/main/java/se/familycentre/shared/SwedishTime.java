package se.familycentre.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import se.familycentre.FamilyCentreApplication;
import se.familycentre.shared.engine.EngineClock;

/**
 * Days and deadlines in Swedish time (Europe/Stockholm), whatever the server's zone, on the engine's clock (which
 * tests may set), so that our dates agree with the engine's history and timers.
 */
public final class SwedishTime {

  public static final ZoneId ZONE = ZoneId.of(FamilyCentreApplication.ZONE);

  private SwedishTime() {
  }

  /** Today in Sweden. */
  public static LocalDate today() {
    return dayOf(now());
  }

  /** Now, as the engine's clock says. */
  public static Date now() {
    return Date.from(EngineClock.now());
  }

  /** The last second of the day in Sweden (a deadline "by the end of the day"). */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
  }

  /** The day in Sweden that the moment falls on. */
  public static LocalDate dayOf(Date date) {
    return date.toInstant().atZone(ZONE).toLocalDate();
  }
}
