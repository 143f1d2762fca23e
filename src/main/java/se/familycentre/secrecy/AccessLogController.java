package se.familycentre.secrecy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.familycentre.organisation.Groups;
import se.familycentre.secrecy.JdbcAccessLog.Logged;
import se.familycentre.secrecy.JdbcAccessLog.Selection;
import se.familycentre.shared.engine.SignedInUser;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.web.StatusRefusal;

/**
 * The access log for auditors ({@code revision}) and administrators ({@code camunda-admin}), nobody else: who read
 * or changed which case's personal data, when and through which door, never the data itself.
 * <ul>
 *   <li>{@code GET /api/access-log?from=yyyy-MM-dd&to=yyyy-MM-dd[&caseReference=][&userId=][&firstResult=]
 *       [&maxResults=]}: JSON, oldest first, a page of at most {@value #MAX_RESULTS} rows;</li>
 *   <li>{@code GET /api/access-log.csv?from=&to=[&caseReference=][&userId=]}: the whole period as CSV for the
 *       monthly follow-up (loggkontroll), see {@link AccessLogCsv}.</li>
 * </ul>
 * The period (days in Swedish time, both included) is required, at most {@value #MAX_PERIOD_DAYS} days.
 * Refusals answer JSON with a Swedish {@code message}.
 */
@RestController
public class AccessLogController {

  static final int MAX_RESULTS = 1000;
  static final int DEFAULT_MAX_RESULTS = 100;
  static final int MAX_PERIOD_DAYS = 366;
  private static final Set<String> READERS = Set.of(Groups.REVISION.id, Groups.CAMUNDA_ADMIN.id);

  private final JdbcAccessLog accessLog;
  private final SignedInUser signedInUser;

  public AccessLogController(JdbcAccessLog accessLog, SignedInUser signedInUser) {
    this.accessLog = accessLog;
    this.signedInUser = signedInUser;
  }

  @GetMapping(value = "/api/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Logged> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String caseReference, @RequestParam(required = false) String userId,
      @RequestParam(required = false) String firstResult, @RequestParam(required = false) String maxResults) {
    mayRead();
    Selection selection = selection(from, to, caseReference, userId);
    int first = integer(firstResult, 0, 0, Integer.MAX_VALUE,
        "firstResult ska vara ett heltal, 0 eller större.");
    int max = integer(maxResults, DEFAULT_MAX_RESULTS, 1, MAX_RESULTS,
        "maxResults ska vara ett heltal från 1 till " + MAX_RESULTS + ".");
    return accessLog.list(selection, first, max);
  }

  @GetMapping("/api/access-log.csv")
  public void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String caseReference, @RequestParam(required = false) String userId,
      HttpServletResponse response) throws IOException {
    mayRead();
    Selection selection = selection(from, to, caseReference, userId);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("atkomstlogg_" + selection.from() + "_" + selection.to() + ".csv").build().toString());
    PrintWriter out = response.getWriter();
    out.write(AccessLogCsv.BOM);
    out.write(AccessLogCsv.headerLine());
    accessLog.forEach(selection, row -> out.write(AccessLogCsv.line(row)));
    out.flush();
  }

  /** A refusal as JSON with its Swedish message (also for the CSV export, whose answer is then not a file). */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException e, HttpServletRequest request) {
    return StatusRefusal.answer(e, request);
  }

  private void mayRead() {
    Caller caller = signedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
        "Logga in för att läsa åtkomstloggen."));
    if (!caller.inAnyGroup(READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Bara revisionen och administratörer kan läsa åtkomstloggen.");
    }
  }

  private static Selection selection(String from, String to, String caseReference, String userId) {
    LocalDate first = date("from", from, "periodens första dag");
    LocalDate last = date("to", to, "periodens sista dag");
    if (last.isBefore(first)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "to (" + last + ") ligger före from (" + first + "): perioden slutar innan den börjar.");
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days > MAX_PERIOD_DAYS) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Perioden from–to får vara högst "
          + MAX_PERIOD_DAYS + " dagar (nu " + days + " dagar).");
    }
    return new Selection(first, last, blankToNull(caseReference), blankToNull(userId));
  }

  private static LocalDate date(String name, String value, String meaning) {
    if (value == null || value.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Ange " + name + ": " + meaning + " (ÅÅÅÅ-MM-DD).");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " ska vara ett datum (ÅÅÅÅ-MM-DD).");
    }
  }

  private static int integer(String value, int fallback, int min, int max, String message) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, naming the parameter
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
