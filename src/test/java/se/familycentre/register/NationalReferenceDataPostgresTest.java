package se.familycentre.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.familycentre.register.RegisterRecords.Municipality;
import se.familycentre.register.RegisterRecords.Region;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * The national reference data of Flyway V50 (issue 14): the 290 municipalities with their SCB codes, the 21 regions
 * with their county codes, the districts of Stockholm, Göteborg and Malmö, and the initiative form's municipality
 * select, which must offer exactly the reference list. Named *PostgresTest so that the pom's PostgreSQL run proves
 * the migration there too.
 */
@FamilyCentreSpringTest
class NationalReferenceDataPostgresTest {

  /**
   * SHA-256 over "code;name;region" of all 290 municipalities ordered by code, one per line: SCB's list as of
   * 2026 (checked against two independent public lists). A changed municipality changes it: check the new list.
   */
  static final String MUNICIPALITIES_SHA256 = "8b1f1e80468db31f11543a343b9021a91636a35202976399209d4b34a4d97fae";

  @Autowired
  FamilyCentreRegister register;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void all290MunicipalitiesHaveTheirScbCodesAndRegions() throws Exception {
    List<Municipality> municipalities = register.allMunicipalities();
    assertThat(municipalities).hasSize(290);
    assertThat(municipalities).extracting(Municipality::code).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("\\d{4}"));
    assertThat(municipalities).extracting(Municipality::name).doesNotHaveDuplicates();

    String lines = municipalities.stream().map(m -> m.code() + ";" + m.name() + ";" + m.region())
        .collect(Collectors.joining("\n"));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(lines.getBytes(StandardCharsets.UTF_8)));
    assertThat(sha).as("the 290 municipalities (code;name;region)").isEqualTo(MUNICIPALITIES_SHA256);

    Map<String, String> byCode = municipalities.stream()
        .collect(Collectors.toMap(Municipality::code, m -> m.name() + " " + m.region()));
    assertThat(byCode).containsEntry("0180", "Stockholm stockholm").containsEntry("1280", "Malmö skane")
        .containsEntry("1480", "Göteborg vastra-gotaland").containsEntry("1401", "Härryda vastra-gotaland")
        .containsEntry("0884", "Vimmerby kalmar").containsEntry("2584", "Kiruna norrbotten")
        .containsEntry("0162", "Danderyd stockholm").containsEntry("0980", "Gotland gotland")
        .containsEntry("0114", "Upplands Väsby stockholm").containsEntry("2361", "Härjedalen jamtland-harjedalen");
    // every municipality's code begins with its county's code
    Map<String, String> countyOf = register.regions().stream()
        .collect(Collectors.toMap(Region::id, Region::countyCode));
    assertThat(municipalities).allMatch(m -> m.code().startsWith(countyOf.get(m.region())));
  }

  @Test
  void the21RegionsHaveTheirCountyCodesAndMunicipalityCounts() {
    List<Region> regions = register.regions();
    assertThat(regions).hasSize(21);
    Map<String, Integer> counts = new LinkedHashMap<>();
    regions.forEach(r -> counts.put(r.countyCode() + " " + r.id(), r.municipalities()));
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("01 stockholm", 26);
    expected.put("03 uppsala", 8);
    expected.put("04 sormland", 9);
    expected.put("05 ostergotland", 13);
    expected.put("06 jonkoping", 13);
    expected.put("07 kronoberg", 8);
    expected.put("08 kalmar", 12);
    expected.put("09 gotland", 1);
    expected.put("10 blekinge", 5);
    expected.put("12 skane", 33);
    expected.put("13 halland", 6);
    expected.put("14 vastra-gotaland", 49);
    expected.put("17 varmland", 16);
    expected.put("18 orebro", 12);
    expected.put("19 vastmanland", 10);
    expected.put("20 dalarna", 15);
    expected.put("21 gavleborg", 10);
    expected.put("22 vasternorrland", 7);
    expected.put("23 jamtland-harjedalen", 8);
    expected.put("24 vasterbotten", 15);
    expected.put("25 norrbotten", 14);
    assertThat(counts).containsExactlyEntriesOf(expected);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(290);
    assertThat(regions).extracting(Region::id).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(regions).filteredOn(r -> r.id().equals("stockholm")).extracting(Region::name)
        .containsExactly("Region Stockholm");
    assertThat(regions).filteredOn(r -> r.id().equals("skane")).extracting(Region::name)
        .containsExactly("Region Skåne");
    assertThat(regions).filteredOn(r -> r.id().equals("vastra-gotaland")).extracting(Region::countyName)
        .containsExactly("Västra Götalands län");
  }

  @Test
  void stockholmGoteborgAndMalmoHaveTheirDistrictsAsAreas() {
    assertThat(register.areas("Stockholm")).containsExactly("Bromma", "Enskede-Årsta-Vantör", "Farsta",
        "Hägersten-Älvsjö", "Hässelby-Vällingby", "Järva", "Kungsholmen", "Norra innerstaden", "Skarpnäck",
        "Skärholmen", "Södermalm");
    assertThat(register.areas("Göteborg")).containsExactlyInAnyOrder("Centrum", "Hisingen", "Nordost", "Sydväst");
    assertThat(register.areas("Malmö")).containsExactlyInAnyOrder("Innerstaden", "Norr", "Söder", "Väster",
        "Öster");
    assertThat(register.areas("Härryda")).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT municipality) FROM fc_area", Integer.class))
        .isEqualTo(3);
    assertThat(register.allMunicipalities()).filteredOn(m -> !m.areas().isEmpty()).extracting(Municipality::name)
        .containsExactlyInAnyOrder("Stockholm", "Göteborg", "Malmö");
  }

  /**
   * The initiative's municipality is picked from a select whose options are the reference list, label and value
   * the municipality's name: a migration that changes the list without the form fails here.
   */
  @Test
  void theInitiativeFormOffersExactlyTheReferenceListsMunicipalities() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms/establishment/initiative.form")));
    JsonNode municipality = null;
    List<String> keys = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      keys.add(component.path("key").asText());
      if ("municipality".equals(component.path("key").asText())) {
        municipality = component;
      }
    }
    assertThat(keys).as("the region follows from the municipality; the form does not ask").doesNotContain("region");
    assertThat(municipality).isNotNull();
    assertThat(municipality.path("type").asText()).isEqualTo("select");
    assertThat(municipality.path("searchable").asBoolean()).isTrue();
    assertThat(municipality.path("validate").path("required").asBoolean()).isTrue();
    Map<String, String> offered = new TreeMap<>();
    for (JsonNode option : municipality.path("values")) {
      assertThat(option.path("label").asText()).isEqualTo(option.path("value").asText());
      offered.put(option.path("value").asText(), option.path("label").asText());
    }
    assertThat(municipality.path("values")).hasSize(offered.size());
    assertThat(offered.keySet()).containsExactlyInAnyOrderElementsOf(
        register.allMunicipalities().stream().map(Municipality::name).toList());
  }
}
