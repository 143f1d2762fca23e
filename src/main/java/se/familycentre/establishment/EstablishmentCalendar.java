package se.familycentre.establishment;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.familycentre.shared.DeadlineWords;
import se.familycentre.shared.SwedishTime;
import se.familycentre.shared.engine.InputRefused;

/**
 * Dates the model computes, Swedish time: "past the report-back date" means from midnight after that date in
 * Europe/Stockholm. Used by the investigation's due date and its non-interrupting timer:
 * {@code ${establishmentCalendar.dayAfter(reportBackDate)}}.
 */
@Component("establishmentCalendar")
public class EstablishmentCalendar implements DeadlineWords {

  @Override
  public Map<String, String> deadlineWords() {
    return Map.of("${establishmentCalendar.dayAfter(reportBackDate)}", "vid midnatt efter det datum då utredningen "
        + "senast ska återredovisas («Återredovisas senast» i initiativet, flyttas när utredaren anger ett nytt)");
  }

  public Date dayAfter(Object date) {
    LocalDate d = EstablishmentProcess.Typed.REPORT_BACK_DATE.read(date);
    if (d == null) {
      throw new InputRefused(EstablishmentProcess.Vars.REPORT_BACK_DATE,
          "Datumet för återredovisning saknas och måste fyllas i.");
    }
    return Date.from(d.plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant());
  }
}
