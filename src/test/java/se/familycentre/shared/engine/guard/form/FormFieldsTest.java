package se.familycentre.shared.engine.guard.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import se.familycentre.shared.engine.InputRefused;
import se.familycentre.shared.engine.guard.form.FormField.Kind;

/**
 * The form guard's reading of Camunda Forms and of values: every form of ours is understood completely, and each
 * component type takes exactly the values of its declared type, in the shapes Tasklist, REST clients and the Java
 * API send them.
 */
class FormFieldsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static FormFields form(String path) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return FormFields.parse(in);
    }
  }

  @Test
  void everyFormOfOursIsUnderstoodCompletely() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).hasSizeGreaterThan(20);
    for (Path path : forms) {
      FormFields form = form(path.toString());
      assertThat(form.unsupported()).as(path + ": what the form guard cannot judge").isEmpty();
      assertThat(form.fields().values()).as(path + ": every field has a known kind")
          .noneMatch(field -> field.kind() == Kind.UNSUPPORTED);
    }
  }

  @Test
  void aFormsFieldsCarryTheirKindLabelOptionsAndWhetherTheyMayBeChanged() throws IOException {
    FormFields consent = form("forms/referral/referralRecordConsent.form");

    assertThat(consent.id()).isEqualTo("referralRecordConsent");
    assertThat(consent.field("caseReference").editable()).isFalse();
    assertThat(consent.field("consentGiven").kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(consent.field("consentGiven").label()).isEqualTo("Vårdnadshavarna samtycker till att uppgifter lämnas");
    assertThat(consent.field("consentOrganisations").kind()).isEqualTo(Kind.OPTIONS);
    assertThat(consent.field("consentOrganisations").options()).extracting(o -> o.asText())
        .containsExactly("REGION", "SOCIAL_SERVICES");
    assertThat(consent.field("consentValidUntil").kind()).isEqualTo(Kind.DATE);
    assertThat(consent.field("consentValidUntil").subtype()).isEqualTo("date");
    assertThat(consent.field("centreId")).isNull();
  }

  @Test
  void whatTheGuardCannotJudgeIsReportedAndAcceptsNothing() throws IOException {
    FormFields form = FormFields.parse(JSON.readTree("""
        {"id": "odd", "components": [
          {"type": "expression", "key": "total", "expression": "=1+1"},
          {"type": "textfield", "key": "address.street", "label": "Gata"},
          {"type": "select", "key": "service", "valuesExpression": "=services"},
          {"type": "textfield", "key": "note", "readonly": "=locked"},
          {"type": "group", "path": "child", "components": [{"type": "textfield", "key": "name"}]},
          {"type": "group", "components": [{"type": "number", "key": "count", "label": "Antal"}]}]}"""));

    assertThat(form.unsupported()).hasSize(5);
    assertThat(form.field("name")).as("under a group's path: nested data").isNull();
    assertThat(form.field("count").kind()).as("a group without a path is only layout").isEqualTo(Kind.NUMBER);
    assertThat(form.field("note").editable()).as("read-only as an expression counts as read-only").isFalse();
    assertThatThrownBy(() -> FieldValues.accept(form.field("total"), 2)).isInstanceOf(InputRefused.class)
        .hasMessageContaining("kan inte fyllas i");
    assertThatThrownBy(() -> FieldValues.accept(form.field("service"), "ANY")).isInstanceOf(InputRefused.class);
  }

  @Test
  void aSelectWithAValuesKeyOffersTheSignedInCallersOptionsNotTheFiles() throws IOException {
    FormField centre = form("forms/referral/referralStart.form").field("centreId");

    assertThat(centre.kind()).isEqualTo(Kind.OPTION);
    assertThat(centre.valuesKey()).isEqualTo("referrerCentres");
    assertThat(centre.options()).as("none in the file: the server fills them per caller").isEmpty();
    assertThatThrownBy(() -> FieldValues.accept(centre, "danderyd-morby")).as("nothing without the caller's options")
        .isInstanceOf(InputRefused.class);
    assertThat(FieldValues.accept(centre.offering(List.of(JSON.getNodeFactory().textNode("danderyd-morby"))),
        "danderyd-morby")).isEqualTo("danderyd-morby");
    assertThat(FormFields.parse(JSON.readTree("""
        {"id": "both", "components": [{"type": "select", "key": "s", "valuesKey": "k",
          "values": [{"label": "A", "value": "a"}]}]}""")).unsupported()).containsExactly("s: both values and valuesKey");
  }

  @Test
  void aCheckboxTakesTrueOrFalseOnly() throws IOException {
    FormField consentGiven = form("forms/referral/referralRecordConsent.form").field("consentGiven");

    assertThat(FieldValues.accept(consentGiven, true)).isEqualTo(true);
    assertThat(FieldValues.accept(consentGiven, Variables.booleanValue(false))).isEqualTo(Variables.booleanValue(false));
    assertThat(FieldValues.accept(consentGiven, Variables.untypedValue(true))).isNotNull();
    assertThat(FieldValues.accept(consentGiven, null)).isNull();
    assertThatThrownBy(() -> FieldValues.accept(consentGiven, Variables.untypedValue("yes")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("Vårdnadshavarna samtycker till att uppgifter lämnas")
        .hasMessageContaining("kryssruta").hasMessageContaining("\"yes\"");
    assertThatThrownBy(() -> FieldValues.accept(consentGiven, "true")).isInstanceOf(InputRefused.class);
    assertThatThrownBy(() -> FieldValues.accept(consentGiven, 1)).isInstanceOf(InputRefused.class);
  }

  @Test
  void textNumbersAndDatesTakeTheirOwnTypes() throws IOException {
    FormFields evaluation = form("forms/establishment/evaluation.form");
    FormField note = evaluation.field("evaluationNote");
    FormField families = evaluation.field("familiesReached");
    FormField validUntil = form("forms/referral/referralRecordConsent.form").field("consentValidUntil");

    assertThat(FieldValues.accept(note, "Bra år")).isEqualTo("Bra år");
    assertThat(FieldValues.accept(note, "")).isEqualTo("");
    assertThatThrownBy(() -> FieldValues.accept(note, 5)).isInstanceOf(InputRefused.class)
        .hasMessageContaining("ska vara en text");
    assertThat(FieldValues.accept(families, 120)).isEqualTo(120);
    assertThat(FieldValues.accept(families, 12.5)).isEqualTo(12.5);
    assertThat(FieldValues.accept(families, Variables.longValue(3L))).isEqualTo(Variables.longValue(3L));
    assertThat(FieldValues.accept(families, "")).as("an empty number is no answer").isNull();
    assertThatThrownBy(() -> FieldValues.accept(families, "120")).isInstanceOf(InputRefused.class)
        .hasMessageContaining("ska vara ett tal");
    assertThat(FieldValues.accept(validUntil, "2027-01-31")).isEqualTo("2027-01-31");
    Date date = new Date();
    assertThat(FieldValues.accept(validUntil, date)).isEqualTo(date);
    assertThatThrownBy(() -> FieldValues.accept(validUntil, "31/1 2027")).isInstanceOf(InputRefused.class)
        .hasMessageContaining("ska vara ett datum (ÅÅÅÅ-MM-DD)");
    assertThatThrownBy(() -> FieldValues.accept(validUntil, "2027-02-30")).isInstanceOf(InputRefused.class);
  }

  @Test
  void anOptionMustBeOneOffered() throws IOException {
    FormField urgency = form("forms/referral/referralStart.form").field("urgency");
    FormField accepted = form("forms/referral/referralAccept.form").field("accepted");

    assertThat(FieldValues.accept(urgency, "NORMAL")).isEqualTo("NORMAL");
    assertThatThrownBy(() -> FieldValues.accept(urgency, "PANIC")).isInstanceOf(InputRefused.class)
        .hasMessageContaining("har inte alternativet \"PANIC\"");
    assertThat(FieldValues.accept(accepted, "true")).isEqualTo("true");
    assertThatThrownBy(() -> FieldValues.accept(accepted, true)).as("the options are texts")
        .isInstanceOf(InputRefused.class).hasMessageContaining("\"true\", \"false\"");
  }

  @Test
  void aChecklistTakesAListOfOfferedOptionsAsTasklistRestClientsOrJavaSendIt() throws IOException {
    FormField organisations = form("forms/referral/referralRecordConsent.form").field("consentOrganisations");
    JsonValue tasklist = SpinValues.jsonValue("[\"REGION\"]").create();

    assertThat(FieldValues.accept(organisations, tasklist)).as("Tasklist's Json value stays").isSameAs(tasklist);
    assertThat(FieldValues.accept(organisations, Spin.JSON(List.of("REGION")))).isNotNull();
    assertThat(json(FieldValues.accept(organisations, "[\"REGION\",\"SOCIAL_SERVICES\"]")))
        .as("a JSON text becomes the same Json value Tasklist sends").isEqualTo("[\"REGION\",\"SOCIAL_SERVICES\"]");
    assertThat(json(FieldValues.accept(organisations, List.of("SOCIAL_SERVICES")))).isEqualTo("[\"SOCIAL_SERVICES\"]");
    assertThat(FieldValues.accept(organisations, "")).isNull();
    assertThatThrownBy(() -> FieldValues.accept(organisations, SpinValues.jsonValue("[\"POLICE\"]").create()))
        .isInstanceOf(InputRefused.class).hasMessageContaining("Verksamheter som samtycket gäller")
        .hasMessageContaining("\"POLICE\"");
    assertThatThrownBy(() -> FieldValues.accept(organisations, "REGION")).isInstanceOf(InputRefused.class)
        .hasMessageContaining("en lista (JSON)");
    assertThatThrownBy(() -> FieldValues.accept(organisations, SpinValues.jsonValue("{\"a\":1}").create()))
        .isInstanceOf(InputRefused.class);
  }

  @Test
  void objectsFilesAndBytesAreNeverTaken() throws IOException {
    FormField purpose = form("forms/referral/referralRecordConsent.form").field("consentPurpose");
    TypedValue url = Variables.serializedObjectValue("\"http://example.org\"").objectTypeName("java.net.URL")
        .serializationDataFormat("application/json").create();

    assertThatThrownBy(() -> FieldValues.accept(purpose, url)).isInstanceOf(InputRefused.class)
        .hasMessageContaining("I vilket syfte?").hasMessageContaining("objekt (Object, java.net.URL)");
    assertThatThrownBy(() -> FieldValues.accept(purpose, new java.net.URL("http://example.org")))
        .isInstanceOf(InputRefused.class).hasMessageContaining("objekt (java.net.URL)");
    assertThatThrownBy(() -> FieldValues.accept(purpose, Map.of("a", "b"))).isInstanceOf(InputRefused.class);
    assertThatThrownBy(() -> FieldValues.accept(purpose, Variables.fileValue("a.txt").file(new byte[1]).create()))
        .isInstanceOf(InputRefused.class).hasMessageContaining("filer");
    assertThatThrownBy(() -> FieldValues.accept(purpose, new byte[] {1})).isInstanceOf(InputRefused.class)
        .hasMessageContaining("filer");
  }

  @Test
  void aReadOnlyFieldIsUnchangedWhenItComesBackEmptyOrAsTheCaseHoldsIt() throws IOException {
    FormFields accept = form("forms/referral/referralAccept.form");
    FormField reference = accept.field("caseReference");
    FormField concerns = accept.field("concerns");
    FormField count = form("forms/referral/referralCoordinatorRoute.form").field("declineCount");
    TypedValue held = Variables.stringValue("REF-2026-000001");

    assertThat(FieldValues.unchanged(reference, held, Variables.untypedValue("REF-2026-000001"))).isTrue();
    assertThat(FieldValues.unchanged(reference, held, "")).as("form-js sends empty for nothing").isTrue();
    assertThat(FieldValues.unchanged(reference, null, "")).isTrue();
    assertThat(FieldValues.unchanged(reference, held, "REF-2026-999999")).isFalse();
    assertThat(FieldValues.unchanged(reference, null, "REF-2026-999999")).isFalse();
    assertThat(FieldValues.unchanged(concerns, SpinValues.jsonValue("[\"PARENTING\",\"LANGUAGE\"]").create(),
        SpinValues.jsonValue("[\"PARENTING\", \"LANGUAGE\"]").create())).isTrue();
    assertThat(FieldValues.unchanged(concerns, SpinValues.jsonValue("[\"PARENTING\"]").create(),
        SpinValues.jsonValue("[\"CHILD_HARMED\"]").create())).isFalse();
    assertThat(FieldValues.unchanged(count, Variables.integerValue(2), 2.0)).isTrue();
    assertThat(FieldValues.unchanged(count, Variables.integerValue(2), 3)).isFalse();
  }

  private static String json(Object value) {
    return ((JsonValue) value).getValueSerialized().replace(" ", "");
  }
}
