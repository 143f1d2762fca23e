package se.familycentre.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.establishment.EstablishmentProcess.Values;
import se.familycentre.establishment.EstablishmentProcess.Vars;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.register.Leg;
import se.familycentre.register.RegisterRecords.ExistingCentre;
import se.familycentre.register.RegisterRecords.LegRow;
import se.familycentre.shared.web.ForgedRequestFilter;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/**
 * "Registrera befintlig verksamhet" (issue 14 §2): existing centres enter the register as they are, one by JSON or
 * a region's by CSV, classified by the DMN, and are then followed up by the same recurring joint evaluation as a
 * launched centre. Bad rows are refused with their line and reason, and then nothing is imported.
 */
@FamilyCentreSpringTest
class ExistingCentresTest {

  static final String ONE = "/api/register/existing-centres";
  static final String IMPORT = "/api/register/existing-centres/import";
  static final String ALL_LEGS = "MATERNITY_CARE,CHILD_HEALTH_CARE,OPEN_PRESCHOOL,PREVENTIVE_SOCIAL_SERVICES";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyCentreRegister register;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ExistingCentres existingCentres;

  Rest rest;
  EstablishmentCases cases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    rest = new Rest(port);
    cases = new EstablishmentCases(engine);
  }

  Rest.Answer importCsv(String user, String csv) {
    return rest.postRaw(user, IMPORT, Map.of("Content-Type", "text/csv; charset=UTF-8", ForgedRequestFilter.HEADER,
        ForgedRequestFilter.VALUE), csv);
  }

  ProcessInstance caseOf(String centreId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(centreId)
        .processDefinitionKey(EstablishmentProcess.KEY).singleResult();
  }

  int centres(String... ids) {
    int n = 0;
    for (String id : ids) {
      n += jdbc.queryForObject("SELECT COUNT(*) FROM fc_centre WHERE id = ?", Integer.class, id);
    }
    return n;
  }

  @Test
  void aCoordinatorRegistersAnExistingCentreWhichIsThenEvaluatedLikeALaunchedOne() throws Exception {
    String id = EstablishmentCases.uniqueId("harryda-befintlig");
    Rest.Answer answer = rest.post("lena.persson", ONE, Rest.JSON.writeValueAsString(Map.of("centreId", id,
        "name", "Familjecentralen Landvetter", "municipality", "Härryda", "legs", List.of("MATERNITY_CARE",
            "CHILD_HEALTH_CARE", "OPEN_PRESCHOOL", "PREVENTIVE_SOCIAL_SERVICES"), "startDate", "2016-08-22")));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.json().path("classification").asText()).isEqualTo("FAMILY_CENTRE");
    assertThat(answer.json().path("regionId").asText()).isEqualTo("vastra-gotaland");
    assertThat(register.status(id)).isEqualTo(CentreStatus.ACTIVE);
    assertThat(register.centre(id).orElseThrow().launchDate()).hasToString("2016-08-22");
    assertThat(register.legs(id)).extracting(LegRow::present).containsOnly(true);
    assertThat(register.statusHistory(id)).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(CentreStatus.ACTIVE);
      assertThat(s.reason()).contains("Befintlig verksamhet", "2016-08-22");
      assertThat(s.changedBy()).isEqualTo("lena.persson");
    });

    // its case waits for the first joint evaluation, as a launched centre's does, and it recurs
    ProcessInstance pi = caseOf(id);
    assertThat(pi).isWaitingAt(Ids.EVALUATION_DUE);
    assertThat(pi).variables().containsEntry(Vars.CASE_REFERENCE, id).containsEntry(Vars.REGION, "vastra-gotaland")
        .containsEntry(Vars.CLASSIFICATION, "FAMILY_CENTRE")
        .containsEntry(Vars.INITIATIVE_KIND, ExistingCentres.INITIATIVE_KIND);
    cases.evaluationDue(pi);
    assertThat(pi).isWaitingAt(Ids.EVALUATE_CENTRE);
    assertThat(pi).task().hasCandidateGroup("samordnare");
    cases.evaluate(pi, Values.CONTINUE);
    assertThat(pi).isWaitingAt(Ids.EVALUATION_DUE);
    assertThat(register.evaluations(id)).singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(Values.CONTINUE));

    // and Härryda counts as covered in Västra Götaland
    JsonNode coverage = rest.get("per.andersson", "/api/register/coverage/vastra-gotaland").json();
    assertThat(coverage.path("municipalitiesWithoutCentre").toString()).doesNotContain("\"Härryda\"");
  }

  @Test
  void aFamilyCentreLikeActivityInAStockholmDistrictCountsInItsDistrict() throws Exception {
    String id = EstablishmentCases.uniqueId("farsta-befintlig");
    Rest.Answer answer = rest.post("lena.persson", ONE, Rest.JSON.writeValueAsString(Map.of("centreId", id,
        "name", "Familjecentralen Farsta", "municipality", "0180", "area", "Farsta",
        "legs", List.of("CHILD_HEALTH_CARE", "OPEN_PRESCHOOL"), "startDate", "2019-01-07")));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(register.centre(id).orElseThrow().classification()).isEqualTo("FAMILY_CENTRE_LIKE");
    assertThat(register.centre(id).orElseThrow().municipality()).isEqualTo("Stockholm");
    JsonNode farsta = null;
    for (JsonNode m : rest.get("per.andersson", "/api/register/coverage/stockholm").json().path("perMunicipality")) {
      for (JsonNode a : m.path("perArea")) {
        if ("Farsta".equals(a.path("area").asText())) {
          farsta = a;
        }
      }
    }
    assertThat(farsta.path("centresByClassification").path("FAMILY_CENTRE_LIKE").asInt()).isPositive();
  }

  @Test
  void badInputIsRefusedInSwedishNamingTheFieldAndNothingIsSaved() throws Exception {
    String id = EstablishmentCases.uniqueId("fel-befintlig");
    Rest.Answer noDistrict = rest.post("lena.persson", ONE, Rest.JSON.writeValueAsString(Map.of("centreId", id,
        "name", "Familjecentralen X", "municipality", "Stockholm", "legs", List.of("CHILD_HEALTH_CARE",
            "OPEN_PRESCHOOL"), "startDate", "2019-01-07")));
    assertThat(noDistrict.status()).isEqualTo(400);
    assertThat(noDistrict.json().path("message").asText()).contains("Område (area) saknas", "Järva");

    Rest.Answer tooFewLegs = rest.post("lena.persson", ONE, Rest.JSON.writeValueAsString(Map.of("centreId", id,
        "name", "Familjecentralen X", "municipality", "Lund", "legs", List.of("OPEN_PRESCHOOL"),
        "startDate", "2099-01-07")));
    assertThat(tooFewLegs.status()).isEqualTo(400);
    assertThat(tooFewLegs.json().path("problems").toString())
        .contains("varken en familjecentral eller en familjecentralsliknande verksamhet")
        .contains("Startdatum (startDate) 2099-01-07 har inte kommit");

    Rest.Answer unknown = rest.post("lena.persson", ONE, Rest.JSON.writeValueAsString(Map.of("centreId", "Fel Id",
        "municipality", "Gotham", "legs", List.of("LIBRARY"), "startDate", "igår")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("problems").toString()).contains("Id (centreId) \\\"Fel Id\\\"",
        "Namn (name) saknas", "Kommun (municipality) \\\"Gotham\\\"", "\\\"LIBRARY\\\" finns inte",
        "\\\"igår\\\" är inget datum");
    assertThat(centres(id, "Fel Id")).isZero();
    assertThat(caseOf(id)).isNull();
  }

  @Test
  void onlyCoordinatorsAndAdministratorsRegisterAndNeverFromAForgeableRequest() throws Exception {
    String id = EstablishmentCases.uniqueId("obehorig");
    String body = Rest.JSON.writeValueAsString(Map.of("centreId", id, "name", "Familjecentralen Y",
        "municipality", "Lund", "legs", List.of("CHILD_HEALTH_CARE", "OPEN_PRESCHOOL"), "startDate", "2019-01-07"));
    for (String user : List.of("erik.johansson", "per.andersson", "ingrid.wallin", "karin.ek")) {
      Rest.Answer answer = rest.post(user, ONE, body);
      assertThat(answer.status()).as(user).isEqualTo(403);
      assertThat(answer.json().path("message").asText()).contains("Bara familjecentralssamordnare");
      assertThat(importCsv(user, ExistingCentresCsv.HEADER + "\n").status()).as(user).isEqualTo(403);
    }
    Rest.Answer forged = rest.postRaw("lena.persson", ONE, Map.of("Content-Type", "text/plain"), body);
    assertThat(forged.status()).isEqualTo(403);
    Rest.Answer forgedCsv = rest.postRaw("lena.persson", IMPORT, Map.of("Content-Type", "text/csv"),
        ExistingCentresCsv.HEADER + "\n" + id + ";Y;Lund;;CHILD_HEALTH_CARE,OPEN_PRESCHOOL;2019-01-07\n");
    assertThat(forgedCsv.status()).isEqualTo(403);
    assertThat(centres(id)).isZero();
  }

  @Test
  void aCsvImportWithBadRowsNamesEachLineAndImportsNothing() throws Exception {
    String good = EstablishmentCases.uniqueId("import-bra");
    String other = EstablishmentCases.uniqueId("import-annan");
    String csv = "\uFEFF" + ExistingCentresCsv.HEADER + "\r\n"
        + good + ";Familjecentralen Mölnlycke;Härryda;;" + ALL_LEGS + ";2012-03-01\r\n"
        + "\r\n"
        + other + ";Familjecentralen Okänd;Gotham;;" + ALL_LEGS + ";2012-03-01\r\n"
        + good + ";\"Familjecentralen \"\"Dubblett\"\"\";Härryda;;" + ALL_LEGS + ";2012-03-01\r\n"
        + other + "-2;För få fält;Lund\r\n"
        + other + "-3;Familjecentralen Söder;Malmö;Söder;OPEN_PRESCHOOL;2013-13-01\r\n";
    Rest.Answer answer = importCsv("lena.persson", csv);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    JsonNode body = answer.json();
    assertThat(body.path("message").asText()).contains("Ingenting importerades", "4 av 5 rader");
    JsonNode refused = body.path("refused");
    assertThat(refused.size()).isEqualTo(4);
    assertThat(refused.get(0).path("line").asInt()).isEqualTo(4);
    assertThat(refused.get(0).path("problems").toString()).contains("Gotham");
    assertThat(refused.get(1).path("line").asInt()).isEqualTo(5);
    assertThat(refused.get(1).path("problems").toString()).contains("förekommer redan på en tidigare rad");
    assertThat(refused.get(2).path("line").asInt()).isEqualTo(6);
    assertThat(refused.get(2).path("problems").toString()).contains("Raden har 3 fält");
    assertThat(refused.get(3).path("line").asInt()).isEqualTo(7);
    assertThat(refused.get(3).path("problems").toString()).contains("\\\"2013-13-01\\\" är inget datum",
        "varken en familjecentral");
    // the good row is not imported either
    assertThat(centres(good, other, other + "-2", other + "-3")).isZero();
    assertThat(caseOf(good)).isNull();

    Rest.Answer wrongHeader = importCsv("lena.persson", "id;namn\n" + good + ";X\n");
    assertThat(wrongHeader.status()).isEqualTo(400);
    assertThat(wrongHeader.json().path("refused").get(0).path("line").asInt()).isEqualTo(1);
    assertThat(wrongHeader.json().path("refused").get(0).path("problems").toString()).contains("Rubrikraden");
  }

  /** A failure while registering (here: an id taken after the check) rolls back the centres before it too. */
  @Test
  void aFailureHalfwayThroughRegistersNothing() {
    String first = EstablishmentCases.uniqueId("halvvags-forsta");
    String taken = EstablishmentCases.uniqueId("halvvags-upptagen");
    ExistingCentre one = new ExistingCentre(first, "Familjecentralen Ett", "Lund", "skane", null,
        List.of(Leg.CHILD_HEALTH_CARE, Leg.OPEN_PRESCHOOL), "FAMILY_CENTRE_LIKE", LocalDate.of(2015, 1, 5));
    ExistingCentre two = new ExistingCentre(taken, "Familjecentralen Två", "Lund", "skane", null,
        List.of(Leg.CHILD_HEALTH_CARE, Leg.OPEN_PRESCHOOL), "FAMILY_CENTRE_LIKE", LocalDate.of(2015, 1, 5));
    existingCentres.register(List.of(two));
    assertThatThrownBy(() -> existingCentres.register(List.of(one, two))).isInstanceOf(RuntimeException.class);
    assertThat(centres(first)).isZero();
    assertThat(caseOf(first)).isNull();
    assertThat(centres(taken)).isEqualTo(1);
  }

  @Test
  void aCleanCsvImportRegistersARegionsCentresAllInOneGo() throws Exception {
    String a = EstablishmentCases.uniqueId("import-molnlycke");
    String b = EstablishmentCases.uniqueId("import-landvetter");
    String c = EstablishmentCases.uniqueId("import-nordost");
    String csv = ExistingCentresCsv.HEADER + "\n"
        + a + ";Familjecentralen Mölnlycke;Härryda;Mölnlycke;" + ALL_LEGS + ";2012-03-01\n"
        + b + ";Familjecentralsliknande verksamhet Landvetter;1401;;CHILD_HEALTH_CARE, OPEN_PRESCHOOL;2018-09-03\n"
        + c + ";Familjecentralen Angered;Göteborg;Nordost;" + ALL_LEGS + ";2009-01-12\n";
    Rest.Answer answer = importCsv("lena.persson", csv);

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.json().path("imported").asInt()).isEqualTo(3);
    assertThat(register.centre(a).orElseThrow().classification()).isEqualTo("FAMILY_CENTRE");
    assertThat(register.centre(b).orElseThrow().classification()).isEqualTo("FAMILY_CENTRE_LIKE");
    assertThat(register.centre(b).orElseThrow().municipality()).isEqualTo("Härryda");
    assertThat(register.legs(b)).filteredOn(LegRow::present).extracting(LegRow::leg)
        .containsExactly(Leg.CHILD_HEALTH_CARE, Leg.OPEN_PRESCHOOL);
    for (String id : List.of(a, b, c)) {
      assertThat(caseOf(id)).isWaitingAt(Ids.EVALUATION_DUE);
      assertThat(register.status(id)).isEqualTo(CentreStatus.ACTIVE);
    }
    JsonNode vg = rest.get("ingrid.wallin", "/api/register/coverage/vastra-gotaland").json();
    for (JsonNode m : vg.path("perMunicipality")) {
      if ("Härryda".equals(m.path("municipality").asText())) {
        assertThat(m.path("activeCentres").asInt()).isGreaterThanOrEqualTo(2);
      }
      if ("Göteborg".equals(m.path("municipality").asText())) {
        assertThat(m.path("perArea").toString()).contains("Nordost");
      }
    }
    assertThat(vg.path("areasWithoutCentre").toString()).doesNotContain("Göteborg: Nordost");
  }
}
