package se.familycentre.establishment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.familycentre.establishment.ExistingCentres.Request;

/**
 * The CSV of a region's existing centres, as Swedish Excel writes it: UTF-8 (a byte order mark is fine), {@code ;}
 * between fields, a field in double quotes when it holds a {@code ;} or a quote (a quote inside doubled). The first
 * line is the header {@value #HEADER}; each following non-empty line is one centre, {@code legs} a comma-separated
 * list of the legs present (MATERNITY_CARE, CHILD_HEALTH_CARE, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES),
 * {@code startDate} as yyyy-MM-dd. Line numbers count from the header (line 1).
 */
final class ExistingCentresCsv {

  static final String HEADER = "centreId;name;municipality;area;legs;startDate";
  private static final List<String> COLUMNS = Arrays.asList(HEADER.split(";"));

  /** One line of the file: its number, the centre it describes, or why it cannot be read. */
  record Line(int number, Request request, List<String> problems) {
  }

  private ExistingCentresCsv() {
  }

  /** The centre lines (the header checked as line 1; a wrong header is a refusal of line 1). */
  static List<Line> parse(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String[] lines = text.split("\r?\n", -1);
    List<Line> result = new ArrayList<>();
    if (lines.length == 0 || lines[0].isBlank()) {
      return result;
    }
    List<String> header = fields(lines[0]).stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(COLUMNS.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())) {
      result.add(new Line(1, null, List.of("Rubrikraden ska vara " + HEADER + " (nu: " + lines[0].trim() + ").")));
      return result;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int number = i + 1;
      List<String> fields;
      try {
        fields = fields(lines[i]);
      } catch (IllegalArgumentException e) {
        result.add(new Line(number, null, List.of(e.getMessage())));
        continue;
      }
      if (fields.size() != COLUMNS.size()) {
        result.add(new Line(number, fields.isEmpty() ? null : new Request(fields.get(0), null, null, null, null,
            null), List.of("Raden har " + fields.size() + " fält; den ska ha " + COLUMNS.size() + " (" + HEADER
            + "), åtskilda med semikolon.")));
        continue;
      }
      List<String> legs = Arrays.stream(fields.get(4).split(",")).map(String::trim).filter(s -> !s.isEmpty())
          .toList();
      result.add(new Line(number, new Request(fields.get(0), fields.get(1), fields.get(2), fields.get(3), legs,
          fields.get(5)), List.of()));
    }
    return result;
  }

  /** The fields of one line: {@code ;} between them, double quotes around a field that needs them. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ';') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Raden har ett citattecken (\") som aldrig stängs.");
    }
    fields.add(field.toString());
    return fields;
  }
}
