package se.familycentre.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Swedish translations of the Camunda webapps ({@code webjars/camunda/app/<app>/locales/sv.json}) must cover
 * every label of the English file shipped in the Camunda webjar on the classpath (so a Camunda upgrade that adds
 * labels fails here instead of showing raw keys to officials), be translated (not the English text left in place)
 * and keep every {{placeholder}} the webapp fills in.
 * Plain JUnit, no Spring: the files are read from the test classpath.
 */
class SwedishWebappTranslationsTest {

  private static final String APP_ROOT = "/META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Labels that read the same in Swedish; any other label equal to the English text is an untranslated one. */
  private static final Set<String> SAME_IN_SWEDISH = Set.of(
      "<null>", "<definition>", "<version>", "Batch", "batch", "CSV", "Diagram", "Element", "Endpoint", "Filter",
      "GLOBAL", "ID", "ID*", "Information", "JSON", "Max", "Min", "null", "OK", "Operator", "Optimize", "Period:",
      "process", "requestPayload", "s", "Status", "System", "Version", "Version:");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void swedishLocaleHasEveryEnglishLabelOfTheWebjarWithItsPlaceholders(String app) throws IOException {
    URL englishUrl = SwedishWebappTranslationsTest.class.getResource(APP_ROOT + app + "/locales/en.json");
    assertThat(englishUrl).as("en.json of %s on the classpath", app).isNotNull();
    assertThat(englishUrl.getProtocol()).as("en.json of %s must be Camunda's own (from the webjar)", app).isEqualTo("jar");
    JsonNode english = readJson(englishUrl).path("labels");
    JsonNode swedish = readJson(resource(app, "sv.json")).path("labels");
    assertThat(english.size()).as("English labels of %s", app).isGreaterThan(100);

    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String key = label.getKey();
      String englishText = label.getValue().asText();
      JsonNode translated = swedish.get(key);
      if (translated == null || !translated.isTextual()) {
        problems.add(key + ": missing");
      } else if (!englishText.isBlank() && translated.asText().isBlank()) {
        problems.add(key + ": empty");
      } else if (translated.asText().equals(englishText) && englishText.chars().anyMatch(Character::isLetter)
          && !SAME_IN_SWEDISH.contains(englishText.strip())) {
        problems.add(key + ": still English: " + englishText);
      } else if (!placeholders(englishText).equals(placeholders(translated.asText()))) {
        problems.add(key + ": placeholders " + placeholders(englishText) + " became " + placeholders(translated.asText()));
      }
    }
    swedish.fieldNames().forEachRemaining(key -> {
      if (!english.has(key)) {
        problems.add(key + ": not a label of Camunda's en.json (typo or removed upstream)");
      }
    });
    assertThat(problems).as("%s/locales/sv.json against the webjar's en.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void swedishLocaleDefinesSwedishDatesWhereTheEnglishOneDefinesDates(String app) throws IOException {
    JsonNode dateLocales = readJson(resource(app, "sv.json")).path("dateLocales");
    assertThat(readJson(resource(app, "en.json")).has("dateLocales")).isTrue();
    assertThat(dateLocales.path("months").get(0).asText()).isEqualTo("januari");
    assertThat(dateLocales.path("weekdays").get(1).asText()).isEqualTo("måndag");
    assertThat(dateLocales.path("longDateFormat").path("L").asText()).isEqualTo("YYYY-MM-DD");
    assertThat(dateLocales.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void configurationOffersOnlySwedishCarriesOurNameAndStylesHideTheVendorBanner(String app) throws IOException {
    String config = readText(APP_ROOT + app + "/scripts/config.js");
    assertThat(config)
        .contains("import {named, swedishSettings} from '../../swedish-webapp-settings.js';")
        .contains("...swedishSettings")
        .contains("app: named('Familjecentral");
    String shared = readText(APP_ROOT + "swedish-webapp-settings.js");
    assertThat(shared)
        .contains("availableLocales: ['sv']")
        .contains("fallbackLocale: 'sv'")
        .contains("short: 'YYYY-MM-DD'")
        .contains("vendor: 'Kommun och region'")
        .contains("disableWelcomeMessage: true");
    String css = readText(APP_ROOT + app + "/styles/user-styles.css")
        .replaceAll("(?s)/\\*.*?\\*/", "");
    assertThat(css.replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none !important; }");
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    return found;
  }

  private static URL resource(String app, String file) {
    URL url = SwedishWebappTranslationsTest.class.getResource(APP_ROOT + app + "/locales/" + file);
    assertThat(url).as("%s/locales/%s on the classpath", app, file).isNotNull();
    return url;
  }

  private static String readText(String path) throws IOException {
    URL url = SwedishWebappTranslationsTest.class.getResource(path);
    assertThat(url).as(path).isNotNull();
    assertThat(url.getProtocol()).as("%s must be ours, not the webjar's", path).isEqualTo("file");
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Camunda's locale files start with a UTF-8 byte order mark, which Jackson does not accept. */
  private static JsonNode readJson(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
