package se.familycentre.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.familycentre.handbook.HandbookGenerator.Source;
import se.familycentre.organisation.Groups;

/**
 * The Swedish words for the codes the decision tables use ({@code AGE_0_1} is "0–1 år", {@code PARENTING}
 * "Föräldraskap", {@code bvc} "Barnhälsovård (BVC)"): first as the forms offer them to officials (an option's label
 * for its value), then as configured ({@code familycentre.handbook.code-labels}), then the groups' Swedish names. A
 * code without a label stays as it is.
 */
final class CodeLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> labels;

  private CodeLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  static CodeLabels of(List<Source> forms, Map<String, String> configured) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Source form : forms) {
      try {
        options(JSON.readTree(form.content()).path("components"), labels);
      } catch (IOException | RuntimeException e) {
        // a form that cannot be read is reported by the FormReader; it only lends no words here
      }
    }
    configured.forEach(labels::putIfAbsent);
    Arrays.stream(Groups.values()).forEach(group -> labels.putIfAbsent(group.id, group.swedishName));
    return new CodeLabels(labels);
  }

  private static void options(JsonNode components, Map<String, String> labels) {
    for (JsonNode component : components) {
      component.path("values").forEach(option -> {
        String value = option.path("value").asText("");
        String label = option.path("label").asText("");
        if (!value.isBlank() && !label.isBlank()) {
          labels.putIfAbsent(value, label);
        }
      });
      options(component.path("components"), labels);
    }
  }

  /** The Swedish label of a code, or the code itself. */
  String of(String code) {
    return labels.getOrDefault(code, code);
  }
}
