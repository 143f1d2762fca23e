package se.familycentre.secrecy.doors;

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
    List<Role> roles = new ArrayList<>();
    for (Catalogue.Line line : Catalogue.lines("roles.tsv")) {
      String[] cells = line.cells();
      Set<String> mayRead = secrets(cells[3], line.number());
      Set<String> mustSee = secrets(cells[4], line.number());
      if (!mayRead.containsAll(mustSee)) {
        throw new IllegalStateException("roles.tsv:" + line.number() + ": must see more than may read: "
            + line.text());
      }
      roles.add(new Role(cells[0].strip(), cells[1].strip(), Groups.Kind.valueOf(cells[2].strip()), mayRead,
          mustSee, line.note()));
    }
    return roles;
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
