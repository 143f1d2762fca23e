package se.familycentre.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentStart;
import se.familycentre.support.FamilyCentreSpringTest;
import se.familycentre.support.Rest;

/** The register's read-only REST API and the refusals of bad input through Camunda's own REST API. */
@FamilyCentreSpringTest
class FamilyCentreRegisterRestTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  final ObjectMapper json = new ObjectMapper();
  Rest.Answer get(String path, String user, String password) {
    return new Rest(port).get(user, password, path);
  }

  /** A JSON POST as {@code user} (the demo password), without our header against forged requests. */
  Rest.Answer post(String path, String user, String body) {
    return new Rest(port).postRaw(user, path, Map.of("Content-Type", "application/json"), body);
  }

  void insertActiveCentre(String id, String municipality, String region, String classification) {
    jdbc.update("INSERT INTO fc_centre (id, name, municipality, region_id, initiative_kind, status, classification, "
        + "created_at, updated_at) VALUES (?, ?, ?, ?, 'MOTION', 'ACTIVE', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        id, "Familjecentralen " + id, municipality, region, classification);
    jdbc.update("INSERT INTO fc_centre_status (centre_id, status, changed_at, reason) "
        + "VALUES (?, 'ACTIVE', CURRENT_TIMESTAMP, 'test')", id);
  }

  @Test
  void anonymousCallersAreRefused() throws Exception {
    assertThat(get("/api/register/centres", null, null).status()).isEqualTo(401);
    assertThat(get("/api/register/coverage/skane", null, null).status()).isEqualTo(401);
    assertThat(get("/api/register/centres", "per.andersson", "wrong").status()).isEqualTo(401);
    // the wrong password delays per.andersson's next try from here briefly (20 ms in tests), never for good
    assertThat(Rest.whileDelayed(() -> get("/api/register/centres", "per.andersson", "demo")).status())
        .isEqualTo(200);
  }

  @Test
  void authenticatedUsersReadTheCentresWithLegsStatusAndHistory() throws Exception {
    String id = "rest-" + UUID.randomUUID().toString().substring(0, 8);
    insertActiveCentre(id, "Lund", "skane", "FAMILY_CENTRE");

    Rest.Answer list = get("/api/register/centres", "per.andersson", "demo");
    assertThat(list.status()).isEqualTo(200);
    JsonNode centre = null;
    for (JsonNode c : json.readTree(list.body())) {
      if (id.equals(c.path("id").asText())) {
        centre = c;
      }
    }
    assertThat(centre).isNotNull();
    assertThat(centre.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(centre.path("classification").asText()).isEqualTo("FAMILY_CENTRE");
    assertThat(centre.path("municipality").asText()).isEqualTo("Lund");
    assertThat(centre.path("legs").isArray()).isTrue();

    Rest.Answer one = get("/api/register/centres/" + id, "per.andersson", "demo");
    assertThat(one.status()).isEqualTo(200);
    JsonNode detail = json.readTree(one.body());
    assertThat(detail.path("centre").path("id").asText()).isEqualTo(id);
    assertThat(detail.path("statusHistory").get(0).path("status").asText()).isEqualTo("ACTIVE");

    assertThat(get("/api/register/centres/no-such-centre", "per.andersson", "demo").status()).isEqualTo(404);
  }

  @Test
  void theCoverageViewShowsSkaneMunicipalitiesWithoutACentre() throws Exception {
    insertActiveCentre("rest-cover-" + UUID.randomUUID().toString().substring(0, 8), "Ystad", "skane",
        "FAMILY_CENTRE_LIKE");

    Rest.Answer response = get("/api/register/coverage/skane", "ingrid.wallin", "demo");
    assertThat(response.status()).isEqualTo(200);
    JsonNode coverage = json.readTree(response.body());
    assertThat(coverage.path("regionName").asText()).isEqualTo("Region Skåne");
    assertThat(coverage.path("municipalities").asInt()).isEqualTo(33);
    assertThat(coverage.path("municipalitiesWithoutCentre").toString()).contains("Östra Göinge")
        .doesNotContain("\"Ystad\"");
    JsonNode ystad = null;
    for (JsonNode m : coverage.path("perMunicipality")) {
      if ("Ystad".equals(m.path("municipality").asText())) {
        ystad = m;
      }
    }
    assertThat(ystad.path("centresByClassification").path("FAMILY_CENTRE_LIKE").asInt()).isPositive();
    assertThat(get("/api/register/coverage/stockholm", "per.andersson", "demo").status()).isEqualTo(200);
    assertThat(json.readTree(get("/api/register/coverage/stockholm", "per.andersson", "demo").body())
        .path("municipalities").asInt()).isEqualTo(26);
  }

  @Test
  void theMunicipalitiesAndRegionsAreListedWithTheirCodesAndDistricts() throws Exception {
    Rest.Answer municipalities = get("/api/register/municipalities", "erik.johansson", "demo");
    assertThat(municipalities.status()).isEqualTo(200);
    JsonNode list = json.readTree(municipalities.body());
    assertThat(list.size()).isEqualTo(290);
    JsonNode harryda = null;
    JsonNode stockholm = null;
    for (JsonNode m : list) {
      if ("1401".equals(m.path("code").asText())) {
        harryda = m;
      }
      if ("0180".equals(m.path("code").asText())) {
        stockholm = m;
      }
    }
    assertThat(harryda.path("name").asText()).isEqualTo("Härryda");
    assertThat(harryda.path("region").asText()).isEqualTo("vastra-gotaland");
    assertThat(harryda.has("areas")).as("areas only where there are any").isFalse();
    assertThat(stockholm.path("areas").toString()).contains("\"Järva\"", "\"Farsta\"");

    Rest.Answer regions = get("/api/register/regions", "ingrid.wallin", "demo");
    assertThat(regions.status()).isEqualTo(200);
    JsonNode regionList = json.readTree(regions.body());
    assertThat(regionList.size()).isEqualTo(21);
    assertThat(regionList.get(0).path("id").asText()).isEqualTo("stockholm");
    assertThat(regionList.get(0).path("countyCode").asText()).isEqualTo("01");
    assertThat(regionList.get(0).path("municipalities").asInt()).isEqualTo(26);
    assertThat(get("/api/register/regions", null, null).status()).isEqualTo(401);
  }

  @Test
  void coverageIsShownForEveryRegionAndPerDistrictWhereThereAreDistricts() throws Exception {
    String farsta = "rest-farsta-" + UUID.randomUUID().toString().substring(0, 8);
    insertActiveCentre(farsta, "Stockholm", "stockholm", "FAMILY_CENTRE");
    jdbc.update("UPDATE fc_centre SET area = 'Farsta' WHERE id = ?", farsta);

    for (JsonNode region : json.readTree(get("/api/register/regions", "per.andersson", "demo").body())) {
      Rest.Answer coverage = get("/api/register/coverage/" + region.path("id").asText(), "per.andersson", "demo");
      assertThat(coverage.status()).as(region.path("id").asText()).isEqualTo(200);
      assertThat(json.readTree(coverage.body()).path("municipalities").asInt())
          .isEqualTo(region.path("municipalities").asInt());
    }
    JsonNode vg = json.readTree(get("/api/register/coverage/vastra-gotaland", "lena.persson", "demo").body());
    assertThat(vg.path("regionName").asText()).isEqualTo("Västra Götalandsregionen");
    assertThat(vg.path("municipalities").asInt()).isEqualTo(49);
    assertThat(vg.path("countyCode").asText()).isEqualTo("14");
    assertThat(vg.path("areas").asInt()).isEqualTo(4);

    JsonNode stockholm = json.readTree(get("/api/register/coverage/stockholm", "per.andersson", "demo").body());
    assertThat(stockholm.path("areas").asInt()).isEqualTo(11);
    JsonNode perArea = null;
    for (JsonNode m : stockholm.path("perMunicipality")) {
      if ("Stockholm".equals(m.path("municipality").asText())) {
        perArea = m.path("perArea");
        assertThat(m.path("code").asText()).isEqualTo("0180");
      }
    }
    assertThat(perArea.size()).isEqualTo(11);
    for (JsonNode area : perArea) {
      if ("Farsta".equals(area.path("area").asText())) {
        assertThat(area.path("activeCentres").asInt()).isPositive();
        assertThat(area.path("centresByClassification").path("FAMILY_CENTRE").asInt()).isPositive();
      }
    }
    assertThat(stockholm.path("areasWithoutCentre").toString()).doesNotContain("Stockholm: Farsta");
    assertThat(get("/api/register/coverage/atlantis", "per.andersson", "demo").status()).isEqualTo(404);
  }

  @Test
  void anUnknownMunicipalityIsRefusedAtTheStartWith400AndNothingIsSaved() throws Exception {
    EstablishmentStart initiative = EstablishmentStart.named("Familjecentralen Gotham " + UUID.randomUUID()
        .toString().substring(0, 8)).in("Gotham", null);
    String id = initiative.centreId();
    String body = json.writeValueAsString(Map.of("variables", initiative.initiative("MOTION", "Ledamot")
            .reportBackBy(LocalDate.of(2030, 5, 31)).submitted()));
    Rest.Answer response = post("/engine-rest/process-definition/key/" + EstablishmentProcess.KEY
        + "/submit-form", "lena.persson", body);

    // the start form offers the 290 municipalities of the reference list; anything else is not one of them
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Kommun").contains("Gotham").contains("290 alternativ");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fc_centre WHERE id = ?", Integer.class, id)).isZero();
  }

  @Test
  void aGroupThatMayNotStartTheProcessIsRefused() throws Exception {
    String id = "rest-forbidden-" + UUID.randomUUID().toString().substring(0, 8);
    Rest.Answer response = post("/engine-rest/process-definition/key/" + EstablishmentProcess.KEY
        + "/submit-form", "anna.lindqvist", """
        {"businessKey": "%s", "variables": {"centreName": {"value": "%s"}}}""".formatted(id, id));
    assertThat(response.status()).isIn(403, 404);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
  }
}
