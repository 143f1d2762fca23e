package se.familycentre.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.familycentre.shared.engine.InputRefused;

/**
 * The one semantics of {@link CaseVariable}: every shape a door submits (Tasklist's untyped strings and Json
 * checklists, REST's typed values and JSON texts, the Java API's Date, Integer, List) reads the same; blank is absent;
 * anything else is a Swedish refusal naming the variable.
 */
class CaseVariableTest {

  static final CaseVariable<String> TEXT = CaseVariable.text("description", "Beskrivning");
  static final CaseVariable<Boolean> BOOL = CaseVariable.bool("jointCustody", "Gemensam vårdnad");
  static final CaseVariable<Integer> INTEGER = CaseVariable.integer("coLocationLevel", "Grad av samlokalisering");
  static final CaseVariable<LocalDate> DATE = CaseVariable.date("launchDate", "Startdatum");
  static final CaseVariable<Date> TIMESTAMP = CaseVariable.timestamp("protectionDueAt");
  static final CaseVariable<List<String>> LIST = CaseVariable.list("concerns", "Oro gäller");

  /** A variable scope over a map, as an execution or a task is for the reader. */
  static VariableScope scope(Map<String, Object> variables) {
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getVariable" -> variables.get((String) args[0]);
          case "setVariable" -> variables.put((String) args[0], args[1]);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  static VariableScope with(String name, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(name, value);
    return scope(variables);
  }

  static void assertRefused(CaseVariable<?> variable, Object value, String... messageParts) {
    assertThatThrownBy(() -> variable.read(value)).isInstanceOf(InputRefused.class)
        .satisfies(e -> assertThat((Object) ((InputRefused) e).getDetail()).isEqualTo(variable.name()))
        .hasMessageContainingAll(messageParts);
  }

  @Nested
  class Absent {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankTextIsAbsentForEveryType(String blank) {
      for (CaseVariable<?> variable : List.of(TEXT, BOOL, INTEGER, DATE, TIMESTAMP, LIST)) {
        assertThat(variable.read(blank)).as(variable.toString()).isNull();
        assertThat(variable.getOrNull(with(variable.name(), blank))).as(variable.toString()).isNull();
      }
    }

    @Test
    void noValueIsAbsentAndTheDefaultApplies() {
      VariableScope empty = scope(new HashMap<>());
      assertThat(TEXT.getOrNull(empty)).isNull();
      assertThat(BOOL.getOrDefault(empty, false)).isFalse();
      assertThat(LIST.getOrDefault(empty, List.of())).isEmpty();
      assertThat(INTEGER.getOrDefault(with(INTEGER.name(), " "), 0)).isZero();
    }

    @Test
    void anEmptyListIsAbsent() {
      assertThat(LIST.read(Spin.JSON(List.of()))).isNull();
      assertThat(LIST.read(List.of())).isNull();
      assertThat(LIST.read("[]")).isNull();
      assertThat(LIST.read(Spin.JSON("null"))).isNull();
    }

    @Test
    void aRequiredAnswerThatIsAbsentIsRefusedByItsLabel() {
      assertThatThrownBy(() -> TEXT.get(with(TEXT.name(), "  "))).isInstanceOf(InputRefused.class)
          .hasMessage("Uppgiften \"Beskrivning\" saknas och måste fyllas i.");
      assertThatThrownBy(() -> DATE.get(scope(new HashMap<>()))).isInstanceOf(InputRefused.class)
          .hasMessage("Datumet \"Startdatum\" saknas och måste fyllas i.");
      assertThatThrownBy(() -> LIST.get(with(LIST.name(), "[]"), "Ange minst ett område som oron gäller."))
          .isInstanceOf(InputRefused.class).hasMessage("Ange minst ett område som oron gäller.")
          .satisfies(e -> assertThat((Object) ((InputRefused) e).getDetail()).isEqualTo("concerns"));
    }

    @Test
    void aVariableWithoutALabelIsNamedByItsName() {
      assertThatThrownBy(() -> CaseVariable.text("centreId").get(scope(new HashMap<>())))
          .hasMessage("Uppgiften \"centreId\" saknas och måste fyllas i.");
    }
  }

  @Nested
  class Text {

    @Test
    void aTextIsTrimmed() {
      assertThat(TEXT.read("  Oro för sömnen ")).isEqualTo("Oro för sömnen");
      assertThat(TEXT.get(with(TEXT.name(), "x"))).isEqualTo("x");
    }

    @Test
    void aValueThatIsNoTextIsRefused() {
      assertRefused(TEXT, 42L, "\"Beskrivning\" ska vara en text", "ett tal");
      assertRefused(TEXT, true, "ja/nej");
      assertRefused(TEXT, Spin.JSON(List.of("A")), "[\"A\"]");
    }
  }

  @Nested
  class Bool {

    @Test
    void aBooleanOrTheTextsTrueAndFalse() {
      assertThat(BOOL.read(true)).isTrue();
      assertThat(BOOL.read(Boolean.FALSE)).isFalse();
      assertThat(BOOL.read("true")).isTrue();
      assertThat(BOOL.read(" FALSE ")).isFalse();
      assertThat(BOOL.read("True")).isTrue();
    }

    @Test
    void anyOtherTextOrTypeIsRefused() {
      assertRefused(BOOL, "ja", "\"ja\" är varken ja eller nej", "Gemensam vårdnad");
      assertRefused(BOOL, "1", "\"1\"");
      assertRefused(BOOL, 1, "\"1\"");
    }
  }

  @Nested
  class Integers {

    @Test
    void wholeNumbersOfEveryKindAndTextsOfDigits() {
      assertThat(INTEGER.read(2)).isEqualTo(2);
      assertThat(INTEGER.read(180L)).isEqualTo(180);
      assertThat(INTEGER.read(3.0)).isEqualTo(3);
      assertThat(INTEGER.read(" 2 ")).isEqualTo(2);
      assertThat(INTEGER.read("-5")).isEqualTo(-5);
      assertThat(INTEGER.read(new java.math.BigDecimal("91.00"))).isEqualTo(91);
    }

    @Test
    void decimalsOtherTextsAndTooLargeNumbersAreRefused() {
      assertRefused(INTEGER, 2.5, "\"2.5\" är inget heltal för \"Grad av samlokalisering\"");
      assertRefused(INTEGER, "2,5", "\"2,5\"");
      assertRefused(INTEGER, "två", "\"två\"");
      assertRefused(INTEGER, 10_000_000_000L, "\"10000000000\"");
      assertRefused(INTEGER, Double.NaN, "NaN");
      assertRefused(INTEGER, true, "\"true\"");
    }
  }

  @Nested
  class Dates {

    @Test
    void aDayAnIsoTextADateOrADateTimeAsWritten() {
      LocalDate day = LocalDate.of(2026, 3, 1);
      assertThat(DATE.read(day)).isEqualTo(day);
      assertThat(DATE.read("2026-03-01")).isEqualTo(day);
      assertThat(DATE.read(" 2026-03-01 ")).isEqualTo(day);
      assertThat(DATE.read("2026-03-01T23:30:00")).isEqualTo(day);
      assertThat(DATE.read("2026-03-01T23:30:00Z")).isEqualTo(day);
      assertThat(DATE.read("2026-03-01T10:00:00.000+0100".replace("+0100", "+01:00"))).isEqualTo(day);
    }

    @Test
    void aDateIsItsDayInSweden() {
      Date lateUtcEvening = Date.from(ZonedDateTime.parse("2026-02-28T23:30:00Z").toInstant());
      assertThat(DATE.read(lateUtcEvening)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void anythingElseIsRefusedAsNoDate() {
      assertRefused(DATE, "2026-02-30", "\"2026-02-30\" är inget datum (ÅÅÅÅ-MM-DD) för \"Startdatum\"");
      assertRefused(DATE, "1 mars", "\"1 mars\"");
      assertRefused(DATE, "2026-03-01garbage", "\"2026-03-01garbage\"");
      assertRefused(DATE, 20260301, "\"20260301\"");
    }

    @Test
    void aDateIsStoredAsTheFormSubmitsIt() {
      Map<String, Object> variables = new HashMap<>();
      DATE.set(scope(variables), LocalDate.of(2026, 3, 1));
      assertThat(variables).containsEntry("launchDate", "2026-03-01");
    }
  }

  @Nested
  class Timestamps {

    @Test
    void aDateOrAnIsoInstant() {
      Date due = new Date(1_700_000_000_000L);
      assertThat(TIMESTAMP.read(due)).isSameAs(due);
      assertThat(TIMESTAMP.read("2023-11-14T22:13:20Z")).isEqualTo(due);
      assertThat(TIMESTAMP.read("2023-11-14T23:13:20+01:00")).isEqualTo(due);
    }

    @Test
    void aDayWithoutATimeIsNoTimestamp() {
      assertRefused(TIMESTAMP, "2023-11-14", "\"2023-11-14\" är ingen tidpunkt för \"protectionDueAt\"");
      assertRefused(TIMESTAMP, LocalDate.of(2023, 11, 14), "2023-11-14");
    }
  }

  @Nested
  class Lists {

    @Test
    void aSpinArrayAJavaListOrAJsonText() {
      List<String> expected = List.of("PARENTING", "LANGUAGE");
      assertThat(LIST.read(Spin.JSON(expected))).isEqualTo(expected);
      assertThat(LIST.read(expected)).isEqualTo(expected);
      assertThat(LIST.read("[\"PARENTING\", \"LANGUAGE\"]")).isEqualTo(expected);
      assertThat(LIST.read(Spin.JSON("\"[\\\"PARENTING\\\",\\\"LANGUAGE\\\"]\""))).isEqualTo(expected);
    }

    @Test
    void aCommaSeparatedTextIsNoList() {
      assertRefused(LIST, "PARENTING,LANGUAGE", "\"Oro gäller\" ska vara en lista", "\"PARENTING,LANGUAGE\"");
      assertRefused(LIST, "PARENTING", "\"PARENTING\"");
    }

    @Test
    void elementsAreTexts() {
      assertRefused(LIST, Spin.JSON(List.of(1, 2)), "[1,2]");
      assertRefused(LIST, List.of(1), "[1]");
      assertRefused(LIST, "[{\"a\": 1}]", "[{");
      assertRefused(LIST, Spin.JSON(Map.of("a", "b")), "{");
      assertRefused(LIST, 7, "\"7\"");
    }

    @Test
    void aListIsStoredAsASpinJsonArray() {
      Map<String, Object> variables = new HashMap<>();
      LIST.set(scope(variables), List.of("PARENTING"));
      assertThat(variables.get("concerns")).isInstanceOf(SpinJsonNode.class);
      assertThat(LIST.getOrNull(scope(variables))).containsExactly("PARENTING");
      assertThat(LIST.submittedAsJson()).isTrue();
      assertThat(TEXT.submittedAsJson()).isFalse();
    }
  }

  @Nested
  class Rows {

    static final CaseVariable<List<Map<String, Object>>> ROWS = CaseVariable.rows("routingCandidates");

    @Test
    void theRowsOfADecisionResult() {
      List<Map<String, Object>> rows = List.of(Map.of("targetService", "SOCIAL_COUNSELLOR"));
      assertThat(ROWS.read(rows)).isEqualTo(rows);
      assertThat(ROWS.read(List.of())).isNull();
    }

    @Test
    void anythingElseIsRefused() {
      assertRefused(ROWS, List.of("SOCIAL_COUNSELLOR"), "resultatrader");
      assertRefused(ROWS, "SOCIAL_COUNSELLOR", "resultatrader");
    }
  }

  @Test
  void otherValuesAreWrittenAsTheyAre() {
    Map<String, Object> variables = new HashMap<>();
    TEXT.set(scope(variables), "Oro");
    BOOL.set(scope(variables), true);
    INTEGER.set(scope(variables), 2);
    TEXT.set(scope(variables), null);
    assertThat(variables).containsEntry("jointCustody", true).containsEntry("coLocationLevel", 2)
        .containsEntry("description", null);
  }
}
