package se.familycentre.shared.engine.secrecy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import se.familycentre.secrecy.VisibilityMatrix;

/**
 * The visibility matrix as the engine's statements and guards ask it: which variables of which process a member of
 * some groups may read. Called from the SQL of the variable queries (see {@link VariableQueryRewritePlugin}), so
 * that runtime and historic variable and detail queries return, and count, only what the matrix allows.
 */
public final class VariableVisibility {

  /** One process and the names of its variables the caller may read (a bean, for MyBatis' OGNL). */
  public static final class Readable {
    private final String processKey;
    private final List<String> names;

    Readable(String processKey, List<String> names) {
      this.processKey = processKey;
      this.names = List.copyOf(names);
    }

    public String getProcessKey() {
      return processKey;
    }

    public List<String> getNames() {
      return names;
    }
  }

  private static final Map<List<String>, List<Readable>> BY_GROUPS = new ConcurrentHashMap<>();

  private VariableVisibility() {
  }

  /**
   * For the SQL of the variable queries: per process, the variable names a user with these groups may read (an
   * empty list when none: the statement then returns nothing), or null for an administrator (no restriction).
   * Only called where the engine checks the user's authorizations at all (never for the engine's own work).
   */
  public static List<Readable> readableFor(String userId, Collection<String> groupIds) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    if (configuration != null && (configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(userId)
        || groupIds != null && configuration.getAdminGroups() != null
        && groupIds.stream().anyMatch(configuration.getAdminGroups()::contains))) {
      return null;
    }
    List<String> key = groupIds == null ? List.of() : groupIds.stream().sorted().distinct().toList();
    return BY_GROUPS.computeIfAbsent(key, groups -> {
      List<Readable> readable = new ArrayList<>();
      VisibilityMatrix.get().readableNames(groups).forEach((process, names) -> readable.add(new Readable(process,
          names)));
      return List.copyOf(readable);
    });
  }

  /** For the SQL: the names of the task copies (see {@link VisibilityMatrix#TASK_COPIES}). */
  public static List<String> taskCopies() {
    return TASK_COPIES;
  }

  private static final List<String> TASK_COPIES = List.copyOf(VisibilityMatrix.TASK_COPIES);

  public static boolean mayRead(String processKey, String name, Collection<String> groupIds) {
    return processKey != null && VisibilityMatrix.get().mayRead(processKey, name, groupIds);
  }
}
