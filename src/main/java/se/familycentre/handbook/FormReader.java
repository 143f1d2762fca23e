package se.familycentre.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.familycentre.handbook.HandbookModel.FormDoc;
import se.familycentre.handbook.HandbookModel.FormField;

/** Reads Camunda Forms (form-js JSON) into the fields an official sees: label, type, required, help text. */
final class FormReader {

  /** What each select filled for the signed-in official offers, by its valuesKey (see HandbookWords). */
  private final Map<String, String> signedInOptions;

  FormReader(Map<String, String> signedInOptions) {
    this.signedInOptions = signedInOptions;
  }

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("textfield", "Text"),
      Map.entry("textarea", "Längre text"),
      Map.entry("number", "Tal"),
      Map.entry("checkbox", "Kryssruta (ja/nej)"),
      Map.entry("checklist", "Flera val"),
      Map.entry("radio", "Ett val av flera"),
      Map.entry("select", "Lista (ett val)"),
      Map.entry("taglist", "Lista (flera val)"),
      Map.entry("datetime", "Datum och tid"),
      Map.entry("text", "Förklarande text"),
      Map.entry("html", "Förklarande text"),
      Map.entry("group", "Grupp"),
      Map.entry("dynamiclist", "Upprepad grupp"),
      Map.entry("table", "Tabell"),
      Map.entry("expression", "Beräknat värde"),
      Map.entry("filepicker", "Fil"),
      Map.entry("button", "Knapp"));

  private final ObjectMapper mapper = new ObjectMapper();

  /** The form's id and fields, or null if the text is not a Camunda Form. */
  FormDoc read(String source, byte[] json) throws IOException {
    JsonNode root = mapper.readTree(json);
    String id = root.path("id").asText("");
    if (id.isBlank()) {
      return null;
    }
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), 0, fields);
    return new FormDoc(id, source, fields);
  }

  private void collect(JsonNode components, int depth, List<FormField> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText("");
      if (type.equals("spacer") || type.equals("separator") || type.equals("image") || type.equals("iframe")) {
        continue;
      }
      String label = c.path("label").asText("");
      if (label.isBlank() && (type.equals("text") || type.equals("html"))) {
        label = c.path(type.equals("text") ? "text" : "content").asText("").trim();
      }
      String typeName = TYPES.getOrDefault(type, type);
      if (type.equals("datetime")) {
        typeName = switch (c.path("subtype").asText("")) {
          case "date" -> "Datum";
          case "time" -> "Klockslag";
          default -> typeName;
        };
      }
      JsonNode validate = c.path("validate");
      List<String> notes = new ArrayList<>();
      if (validate.has("min")) {
        notes.add("minst " + validate.get("min").asText());
      }
      if (validate.has("max")) {
        notes.add("högst " + validate.get("max").asText());
      }
      if (validate.has("minLength")) {
        notes.add("minst " + validate.get("minLength").asText() + " tecken");
      }
      if (validate.has("maxLength")) {
        notes.add("högst " + validate.get("maxLength").asText() + " tecken");
      }
      if (validate.has("pattern")) {
        notes.add("mönster " + validate.get("pattern").asText());
      }
      if (c.has("values") && c.get("values").isArray()) {
        List<String> options = new ArrayList<>();
        c.get("values").forEach(v -> options.add(v.path("label").asText(v.path("value").asText())));
        notes.add("alternativ: " + String.join(", ", options));
      }
      if (c.has("valuesKey")) {
        String key = c.get("valuesKey").asText();
        notes.add("alternativ: " + signedInOptions.getOrDefault(key, "från variabeln " + key));
      }
      if (c.has("defaultValue")) {
        notes.add("förval: " + c.get("defaultValue").asText());
      }
      if (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
        notes.add("kan inte ändras");
      }
      String hide = c.path("conditional").path("hide").asText("");
      if (!hide.isBlank()) {
        notes.add("döljs när " + hide);
      }
      fields.add(new FormField(c.path("key").asText(c.path("path").asText("")), label, typeName,
          validate.path("required").asBoolean(false), c.path("description").asText(""), notes, depth));
      if (c.has("components")) {
        collect(c.path("components"), depth + 1, fields);
      }
    }
  }
}
