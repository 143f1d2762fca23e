package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimerTextTest {

  @Test
  void durationsAreSaidInPlainSwedishWords() {
    assertThat(TimerText.duration("P14D")).isEqualTo("14 dagar");
    assertThat(TimerText.duration("P1D")).isEqualTo("1 dag");
    assertThat(TimerText.duration("P4M")).isEqualTo("4 månader");
    assertThat(TimerText.duration("P1Y")).isEqualTo("1 år");
    assertThat(TimerText.duration("P2W")).isEqualTo("2 veckor");
    assertThat(TimerText.duration("P1DT12H")).isEqualTo("1 dag och 12 timmar");
    assertThat(TimerText.duration("P1Y2M3D")).isEqualTo("1 år, 2 månader och 3 dagar");
    assertThat(TimerText.duration("PT30M")).isEqualTo("30 minuter");
    assertThat(TimerText.duration("not a duration")).isNull();
  }

  @Test
  void aZeroDurationIsTheSameDay() {
    assertThat(TimerText.duration("PT0S")).isEqualTo("samma dag");
    assertThat(TimerText.within("P0D")).isEqualTo("samma dag (genast)");
    assertThat(TimerText.timerDuration("PT0S")).isEqualTo("genast, samma dag (PT0S)");
  }

  @Test
  void deadlinesSayWithinAndKeepTheIsoText() {
    assertThat(TimerText.within("P14D")).isEqualTo("inom 14 dagar");
    assertThat(TimerText.timerDuration("P14D")).isEqualTo("efter 14 dagar (P14D)");
    assertThat(TimerText.timerDuration("${followUpInterval}"))
        .isEqualTo("efter den tid som står i variabeln followUpInterval");
  }

  @Test
  void timeDatesNameTheVariableOrTheDate() {
    assertThat(TimerText.timerDate("${reportBackDate}")).isEqualTo("vid datumet i variabeln reportBackDate");
    assertThat(TimerText.timerDate("2025-07-01")).isEqualTo("den 1 juli 2025 (2025-07-01)");
    assertThat(TimerText.timerDate("2025-07-01T09:30:00")).isEqualTo("den 1 juli 2025 kl. 09:30 (2025-07-01T09:30:00)");
    assertThat(TimerText.timerDate("${dateTime().plusDays(3).toDate()}"))
        .isEqualTo("vid datumet som uttrycket ${dateTime().plusDays(3).toDate()} ger");
  }

  @Test
  void cyclesSayHowOftenAndHowManyTimes() {
    assertThat(TimerText.timerCycle("R/P1Y")).isEqualTo("varje år (var 12:e månad), utan slut (R/P1Y)");
    assertThat(TimerText.timerCycle("R3/P1M")).isEqualTo("varje månad, 3 gånger (R3/P1M)");
    assertThat(TimerText.timerCycle("R/P2W")).isEqualTo("var 2:a vecka, utan slut (R/P2W)");
    assertThat(TimerText.timerCycle("R1/P12M")).isEqualTo("var 12:e månad, 1 gång (R1/P12M)");
    assertThat(TimerText.timerCycle("R2/2026-01-01T08:00/P1D"))
        .isEqualTo("varje dag, 2 gånger, med start 1 januari 2026 kl. 08:00 (R2/2026-01-01T08:00/P1D)");
    assertThat(TimerText.timerCycle("0 0 9 * * ?")).isEqualTo("upprepas enligt schemat (cron) 0 0 9 * * ?");
    assertThat(TimerText.ordinal(21)).isEqualTo("21:a");
    assertThat(TimerText.ordinal(11)).isEqualTo("11:e");
  }

  @Test
  void dueDatesOfUserTasksArePlainWords() {
    assertThat(TimerText.dueDate("${dateTime().plusDays(14).toDate()}"))
        .isEqualTo("inom 14 dagar från att uppgiften skapas");
    assertThat(TimerText.dueDate("${dateTime().toDate()}")).isEqualTo("samma dag (genast) från att uppgiften skapas");
    assertThat(TimerText.dueDate("${dateTime().plusMonths(4).toDate()}"))
        .isEqualTo("inom 4 månader från att uppgiften skapas");
    assertThat(TimerText.dueDate("${decisionDueDate}")).isEqualTo("senast datumet i variabeln decisionDueDate");
    assertThat(TimerText.dueDate("2026-03-01")).isEqualTo("senast den 1 mars 2026");
  }

  @Test
  void retentionIsSaidInYearsWhenItIsWholeYears() {
    assertThat(TimerText.retention(1825)).isEqualTo("5 år (1\u00a0825 dagar)");
    assertThat(TimerText.retention(3650)).isEqualTo("10 år (3\u00a0650 dagar)");
    assertThat(TimerText.retention(30)).isEqualTo("30 dagar");
    assertThat(TimerText.retention(1)).isEqualTo("1 dag");
  }
}
