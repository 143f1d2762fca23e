package se.familycentre.secrecy.doors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.familycentre.organisation.Groups;

/** The demo roles and what each may read of the secret cases ({@code doors/roles.tsv}). */
final class Roles {

  static final String ALL = "all";

  record Role(String user, String group, Groups.Kind kind, Set<String> mayRead, Set<String> mustSee, String note) {
    boolean admin() {
      return kind == Groups.Kind.ADMIN;
    }

    boolean overseer() {
      return kind == Groups.Kind.MANAGEMENT || kind == Groups.Kind.AUDIT;
    }

    boolean mayRead(String secret) {
      return mayRead.contains(ALL) || mayRead.contains(secret);
    }

    String password() {
      return admin() ? "admin" : "demo";
    }

    /** The webapp the role signs in to (any will do for the engine's API; this one is the role's own). */
    String app() {
      return switch (kind) {
        case WORK -> "tasklist";
        case MANAGEMENT, AUDIT -> "cockpit";
        case ADMIN -> "admin";
      };
    }
  }

  private Roles() {
  }

  static List<Role> read() {
    try (InputStream in = Roles.class.getResourceAsStream("/doors/roles.tsv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Role> roles = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < 5) {
          throw new IllegalStateException("roles.tsv:" + number + ": five columns expected: " + line);
        }
        Set<String> mayRead = secrets(cells[3], number);
        Set<String> mustSee = secrets(cells[4], number);
        if (!mayRead.containsAll(mustSee)) {
          throw new IllegalStateException("roles.tsv:" + number + ": must see more than may read: " + line);
        }
        roles.add(new Role(cells[0].strip(), cells[1].strip(), Groups.Kind.valueOf(cells[2].strip()), mayRead,
            mustSee, cells.length > 5 ? cells[5].strip() : ""));
      }
      return roles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> secrets(String cell, int line) {
    Set<String> names = new LinkedHashSet<>();
    if (cell.strip().equals("-")) {
      return names;
    }
    for (String name : Arrays.asList(cell.strip().split(","))) {
      if (!name.equals(ALL) && !Secrets.NAMES.contains(name)) {
        throw new IllegalStateException("roles.tsv:" + line + ": no such secret " + name);
      }
      names.add(name);
    }
    return names;
  }
}
