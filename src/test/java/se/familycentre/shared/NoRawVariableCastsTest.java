package se.familycentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.familycentre.support.MainSources;

/**
 * A case variable is read through its {@link CaseVariable} only: a cast of what {@code getVariable} returns
 * ({@code (String) execution.getVariable(...)}, {@code ((Number) runtimeService.getVariable(id, name))}) reads
 * around the one semantics, and fails with a ClassCastException instead of a Swedish refusal when a door hands in
 * another shape. A plain scan of the main sources, like {@code EngineInternalsTest}.
 */
class NoRawVariableCastsTest {

  static final Path READER = MainSources.MAIN.resolve("se/familycentre/shared/CaseVariable.java");
  /** A cast, then (on the same line) a call chain that ends in getVariable, getVariableLocal or getVariableTyped. */
  static final Pattern CAST_OF_A_VARIABLE = Pattern.compile(
      "\\(\\s*([a-z]\\w*\\.)*[A-Z][\\w.]*(<[^()]*>)?\\s*\\)\\s*\\(?\\s*[\\w.]+(\\([^;()]*\\)[\\w.]*)*?\\.\\s*"
          + "getVariable(Local|Typed)?\\s*\\(");

  @Test
  void noMainFileCastsAVariableItReads() {
    assertThat(MainSources.linesMatching(file -> !file.equals(READER), CAST_OF_A_VARIABLE))
        .as("casts of getVariable(...) in " + MainSources.MAIN + " (read it with its XxxProcess.Typed CaseVariable)").isEmpty();
  }

  @Test
  void theScanFindsTheCastsItIsMeantFor() {
    for (String line : List.of(
        "String centreId = (String) execution.getVariable(Vars.CENTRE_ID);",
        "int round = ((Number) execution.getVariable(Vars.DECISION_ROUND)).intValue();",
        "Date due = (Date) execution.getVariable(ReportOfConcernProcess.Vars.PROTECTION_DUE_AT);",
        "allowed.add((String) runtimeService.getVariable(referral.getId(), Vars.REFERRING_GROUP));",
        "var rows = (List<Map<String, Object>>) execution.getVariable(Vars.ROUTING_CANDIDATES);",
        "Boolean b = (Boolean) task.getExecution().getVariableLocal(\"jointCustody\");",
        "Integer n = (java.lang.Integer) scope.getVariableTyped(\"n\");")) {
      assertThat(CAST_OF_A_VARIABLE.matcher(line).find()).as(line).isTrue();
    }
    for (String line : List.of(
        "String centreId = Typed.CENTRE_ID.get(execution);",
        "Object centre = ctx.getVariables() == null ? null : ctx.getVariables().get(CaseVariables.CENTRE_ID);",
        "if (value instanceof String text) { return (T) execution.getVariables(); }",
        "register.activate(centreId, (LocalDate) day, execution.getProcessBusinessKey());")) {
      assertThat(CAST_OF_A_VARIABLE.matcher(line).find()).as(line).isFalse();
    }
  }
}
