package se.familycentre.secrecy;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.familycentre.secrecy.AccessLog.Action;
import se.familycentre.secrecy.JdbcAccessLog.Logged;

/**
 * The access log as CSV for the monthly follow-up (loggkontroll) in Swedish Excel: Swedish column headers, {@code ;}
 * between fields, UTF-8 with a byte order mark (written by the caller), times as Swedish wall-clock time. A field that
 * a spreadsheet would read as a formula gets a leading apostrophe.
 */
final class AccessLogCsv {

  static final char BOM = '\uFEFF';
  static final List<String> HEADERS = List.of("Tidpunkt", "Användare", "Åtgärd", "Ärende", "Familjecentral",
      "Process", "Processinstans", "Variabler", "Åtkomstväg");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Map<Action, String> ACTIONS = new EnumMap<>(Map.of(
      Action.READ, "Läsning",
      Action.CHANGE, "Ändring",
      Action.CONSENT_WITHDRAWN, "Samtycke återkallat"));

  private AccessLogCsv() {
  }

  static String headerLine() {
    return line(HEADERS.stream());
  }

  static String line(Logged row) {
    return line(Stream.of(TIME.format(row.loggedAt()), row.userId(), ACTIONS.get(row.action()), row.caseReference(),
        row.centreId(), row.processDefinitionKey(), row.processInstanceId(), String.join(",", row.variables()),
        row.door()));
  }

  private static String line(Stream<String> fields) {
    return fields.map(AccessLogCsv::field).collect(Collectors.joining(";", "", "\r\n"));
  }

  /** One field: quoted when it holds a separator, a quote or a line break; formulas defused. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
