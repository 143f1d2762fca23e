package se.familycentre.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import se.familycentre.handbook.HandbookModel.Column;
import se.familycentre.handbook.HandbookModel.DecisionDoc;
import se.familycentre.handbook.HandbookModel.Entry;
import se.familycentre.handbook.HandbookModel.Fact;
import se.familycentre.handbook.HandbookModel.FlowDoc;
import se.familycentre.handbook.HandbookModel.FormField;
import se.familycentre.handbook.HandbookModel.GroupRef;
import se.familycentre.handbook.HandbookModel.Handbook;
import se.familycentre.handbook.HandbookModel.LaneDoc;
import se.familycentre.handbook.HandbookModel.LegalReference;
import se.familycentre.handbook.HandbookModel.Link;
import se.familycentre.handbook.HandbookModel.LinkKind;
import se.familycentre.handbook.HandbookModel.ProcessDoc;
import se.familycentre.handbook.HandbookModel.Rule;
import se.familycentre.handbook.HandbookModel.Step;

/**
 * Writes the handbook as self-contained HTML pages: an index, one page per process and one per decision. The style
 * sheet and each process's diagram (the SVG bpmn-js drew, see {@link Diagrams}) are inlined and nothing is loaded
 * from elsewhere, so the pages open offline and print as they look. Every text from a model is escaped here, with
 * Spring's {@link HtmlUtils}.
 */
final class HtmlWriter {

  static final String INDEX = "index.html";

  private final Handbook handbook;
  private final String linkPrefix;
  private final String css;
  private final Set<String> processKeys;
  private final Set<String> decisionKeys;

  /**
   * @param linkPrefix what page links start with: "" for files side by side, "/handbook/" when served
   */
  HtmlWriter(Handbook handbook, String linkPrefix) {
    this.handbook = handbook;
    this.linkPrefix = linkPrefix;
    this.css = resource("/handbook/handbook.css");
    this.processKeys = handbook.processes().stream().map(ProcessDoc::key).collect(Collectors.toSet());
    this.decisionKeys = handbook.decisions().stream().map(DecisionDoc::key).collect(Collectors.toSet());
  }

  /** Every page by its file name, the index first. */
  Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(INDEX, index());
    handbook.processes().forEach(p -> pages.put(processPage(p.key()), process(p)));
    handbook.decisions().forEach(d -> pages.put(decisionPage(d.key()), decision(d)));
    return pages;
  }

  static String processPage(String key) {
    return "process-" + fileSafe(key) + ".html";
  }

  static String decisionPage(String key) {
    return "decision-" + fileSafe(key) + ".html";
  }

  /** A key as part of a file name: letters, digits, '_' and '-' only. */
  private static String fileSafe(String key) {
    return key.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  // ------------------------------------------------------------------ index

  private String index() {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Handbok för granskning</h1>\n<p class=\"lead\">Så arbetar kommunen och regionen med "
        + "familjecentraler: varje process steg för steg, vem som gör vad, inom vilken tid och enligt vilken regel. "
        + "Handboken skapas direkt ur de modeller som systemet kör, så den beskriver alltid det som faktiskt "
        + "gäller. Den innehåller inga personuppgifter.</p>\n");
    if (!handbook.problems().isEmpty()) {
      b.append("<div class=\"problems\"><h2>Modeller som inte kunde läsas</h2><ul>");
      handbook.problems().forEach(p -> b.append("<li>").append(esc(p)).append("</li>"));
      b.append("</ul></div>\n");
    }
    b.append("<h2 id=\"processer\">Processer</h2>\n");
    if (handbook.processes().isEmpty()) {
      b.append("<p class=\"empty\">Det finns inga processmodeller ännu.</p>\n");
    } else {
      b.append("<table class=\"list\"><thead><tr><th>Process</th><th>Nyckel</th><th>Får startas av</th>"
          + "<th>Steg</th><th>Historiken sparas</th></tr></thead><tbody>\n");
      for (ProcessDoc p : handbook.processes()) {
        b.append("<tr><td><a href=\"").append(esc(linkPrefix + processPage(p.key()))).append("\">")
            .append(esc(p.name())).append("</a></td><td><code>").append(esc(p.key())).append("</code></td><td>")
            .append(p.starterGroups().isEmpty() && !p.calledFrom().isEmpty()
                ? "anropas från " + links(p.calledFrom(), "") : groupList(p.starterGroups(), "–"))
            .append("</td><td>").append(countSteps(p.steps()))
            .append("</td><td>").append(esc(p.historyTimeToLive())).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("<h2 id=\"beslutstabeller\">Beslutstabeller</h2>\n");
    if (handbook.decisions().isEmpty()) {
      b.append("<p class=\"empty\">Det finns inga beslutstabeller ännu.</p>\n");
    } else {
      b.append("<table class=\"list\"><thead><tr><th>Beslut</th><th>Nyckel</th><th>Hur reglerna gäller</th>"
          + "<th>Regler</th><th>Används i</th><th>Historiken sparas</th></tr></thead><tbody>\n");
      for (DecisionDoc d : handbook.decisions()) {
        b.append("<tr><td><a href=\"").append(esc(linkPrefix + decisionPage(d.key()))).append("\">")
            .append(esc(d.name())).append("</a></td><td><code>").append(esc(d.key())).append("</code></td><td>")
            .append(esc(d.hitPolicy() == null ? "Uttryck" : d.hitPolicy())).append("</td><td>")
            .append(d.rules().size()).append("</td><td>").append(links(d.usedBy(), "–")).append("</td><td>")
            .append(esc(d.historyTimeToLive())).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append(legal());
    return page("Handbok för granskning", "", b.toString());
  }

  private static int countSteps(List<Step> steps) {
    int n = 0;
    for (Step s : steps) {
      n += 1 + s.boundaryEvents().size() + countSteps(s.children());
    }
    return n;
  }

  private String legal() {
    StringBuilder b = new StringBuilder("<h2 id=\"lagstod\">Lagstöd och avtal</h2>\n<dl class=\"legal\">\n");
    for (LegalReference ref : handbook.legalReferences()) {
      b.append("<dt>").append(esc(ref.name())).append("</dt><dd><p class=\"ref\">").append(esc(ref.reference()))
          .append("</p>").append(ref.text() == null ? "" : paragraphs(ref.text())).append("</dd>\n");
    }
    return b.append("</dl>\n").toString();
  }

  // ------------------------------------------------------------------ process

  private String process(ProcessDoc p) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(p.name())).append("</h1>\n");
    if (p.documentation() != null) {
      b.append("<div class=\"lead\">").append(paragraphs(p.documentation())).append("</div>\n");
    }
    b.append("<dl class=\"meta\">");
    meta(b, "Processnyckel", "<code>" + esc(p.key()) + "</code>"
        + (p.versionTag() != null ? " version " + esc(p.versionTag()) : "")
        + (p.executable() ? "" : " (beskrivning, körs inte av systemet)"));
    meta(b, "Får startas av", groupList(p.starterGroups(), "ingen grupp direkt")
        + (p.starterUsers().isEmpty() ? "" : ", användare " + esc(String.join(", ", p.starterUsers()))));
    if (!p.calledFrom().isEmpty()) {
      meta(b, "Startas också från", links(p.calledFrom(), ""));
    }
    if (!p.participantGroups().isEmpty()) {
      meta(b, "Grupper som kan få uppgifter vid körning", groupList(p.participantGroups(), ""));
    }
    meta(b, "Historiken sparas", esc(p.historyTimeToLive()) + " efter att ärendet avslutats, sedan tas den bort");
    meta(b, "Källa", "<code>" + esc(p.source()) + "</code>");
    b.append("</dl>\n");
    if (!p.lanes().isEmpty()) {
      b.append("<h2>Vem gör vad (banor)</h2>\n<ul class=\"lanes\">");
      for (LaneDoc lane : p.lanes()) {
        b.append("<li id=\"lane-").append(esc(lane.id())).append("\"><strong>").append(esc(lane.name()))
            .append("</strong>");
        if (!lane.stepNames().isEmpty()) {
          b.append(": ").append(esc(String.join(" · ", lane.stepNames())));
        }
        b.append("</li>");
      }
      b.append("</ul>\n");
    }
    b.append("<h2>Diagram</h2>\n");
    if (p.svg() == null) {
      b.append(p.diagramProblem() == null ? "<p class=\"empty\">Modellen har inget diagram.</p>\n"
          : "<p class=\"warn\">" + esc(p.diagramProblem()) + "</p>\n");
    } else {
      b.append("<div class=\"diagram-frame\">").append(p.svg()).append("</div>\n")
          .append("<p class=\"hint\">Klicka på ett steg i diagrammet för att läsa om det nedan.</p>\n");
    }
    b.append("<h2>Steg för steg</h2>\n");
    b.append("<p class=\"hint\">Stegen i flödets ordning från start. Steg i en delprocess står under den, "
        + "händelser som kan inträffa medan ett steg pågår (tidsfrister, meddelanden, fel) står under steget.</p>\n");
    steps(b, p.steps(), "steps");
    return page(p.name(), "", b.toString());
  }

  private void steps(StringBuilder b, List<Step> steps, String cssClass) {
    b.append("<div class=\"").append(cssClass).append("\">\n");
    for (Step s : steps) {
      step(b, s, false);
    }
    b.append("</div>\n");
  }

  private void step(StringBuilder b, Step s, boolean boundary) {
    b.append("<section class=\"step").append(boundary ? " boundary" : "").append("\" id=\"step-").append(esc(s.id()))
        .append("\">\n<h3><span class=\"num\">").append(esc(s.number())).append("</span> ");
    if (s.name() != null) {
      b.append(esc(s.name()));
    } else {
      b.append("<span class=\"unnamed\">").append(esc(s.kind())).append("</span>");
    }
    b.append(" <span class=\"kind\">").append(esc(s.kind())).append("</span></h3>\n");
    if (s.documentation() != null) {
      b.append("<div class=\"doc\">").append(paragraphs(s.documentation())).append("</div>\n");
    }
    StringBuilder facts = new StringBuilder();
    if (!s.groups().isEmpty() || s.groupNote() != null) {
      String groups = groupList(s.groups(), "");
      if (s.groupNote() != null) {
        groups += (groups.isEmpty() ? "" : "; ") + esc(s.groupNote());
      }
      meta(facts, "Ansvarig grupp", groups);
    }
    if (s.lane() != null) {
      meta(facts, "Bana", esc(s.lane()));
    }
    for (Fact fact : s.facts()) {
      meta(facts, fact.term(), fact.link() != null ? link(fact.link()) : esc(fact.text()));
    }
    if (s.formRef() != null && s.form() == null) {
      meta(facts, "Formulär", "<code>" + esc(s.formRef()) + "</code> <span class=\"warn\">finns inte i forms/</span>");
    }
    if (!facts.isEmpty()) {
      b.append("<dl class=\"facts\">").append(facts).append("</dl>\n");
    }
    if (s.form() != null) {
      form(b, s);
    }
    if (!s.outgoing().isEmpty()) {
      b.append("<ul class=\"flows\">");
      for (FlowDoc f : s.outgoing()) {
        b.append("<li id=\"flow-").append(esc(f.id())).append("\">");
        String target = "<a href=\"#step-" + esc(f.targetId()) + "\">" + esc(f.targetName()) + "</a>";
        if (f.isDefault()) {
          b.append("<span class=\"cond\">Annars").append(f.name() != null ? ": " + esc(f.name()) : "")
              .append("</span> → ").append(target);
        } else if (f.condition() != null) {
          b.append("<span class=\"cond\">Om: ").append(esc(f.name() != null ? f.name() : f.condition()))
              .append("</span> → ").append(target);
        } else {
          b.append(f.name() != null ? "<span class=\"cond\">" + esc(f.name()) + "</span> → " : "Sedan → ")
              .append(target);
        }
        if (f.condition() != null) {
          b.append(" <span class=\"expr\">villkor <code>").append(esc(f.condition())).append("</code></span>");
        }
        b.append("</li>");
      }
      b.append("</ul>\n");
    }
    if (!s.boundaryEvents().isEmpty()) {
      b.append("<div class=\"boundaries\"><p class=\"sub-title\">Medan steget pågår kan detta hända:</p>\n");
      s.boundaryEvents().forEach(be -> step(b, be, true));
      b.append("</div>\n");
    }
    if (!s.children().isEmpty()) {
      b.append("<div class=\"children\"><p class=\"sub-title\">Delprocessens steg:</p>\n");
      steps(b, s.children(), "steps nested");
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  private void form(StringBuilder b, Step s) {
    b.append("<details class=\"form\" open><summary>Formulär <code>").append(esc(s.form().id()))
        .append("</code>: ").append(s.form().fields().size()).append(" fält</summary>\n")
        .append("<table><thead><tr><th>Fält</th><th>Typ</th><th>Obligatoriskt</th><th>Hjälptext</th>"
            + "<th>Regler och val</th></tr></thead><tbody>\n");
    for (FormField f : s.form().fields()) {
      b.append("<tr><td style=\"padding-left:").append(6 + f.depth() * 18).append("px\">")
          .append(esc(f.label().isEmpty() ? f.key() : f.label()));
      if (!f.key().isEmpty()) {
        b.append(" <code>").append(esc(f.key())).append("</code>");
      }
      b.append("</td><td>").append(esc(f.type())).append("</td><td>").append(f.required() ? "ja" : "nej")
          .append("</td><td>").append(esc(f.help())).append("</td><td>").append(esc(String.join("; ", f.notes())))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></details>\n");
  }

  // ------------------------------------------------------------------ decision

  private String decision(DecisionDoc d) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(d.name())).append("</h1>\n");
    if (d.documentation() != null) {
      b.append("<div class=\"lead\">").append(paragraphs(d.documentation())).append("</div>\n");
    }
    b.append("<dl class=\"meta\">");
    meta(b, "Beslutsnyckel", "<code>" + esc(d.key()) + "</code>");
    if (d.hitPolicy() != null) {
      meta(b, "Hur reglerna gäller", esc(d.hitPolicy()));
    }
    if (!d.usedBy().isEmpty()) {
      meta(b, "Används i", links(d.usedBy(), ""));
    }
    if (!d.requiredDecisions().isEmpty()) {
      meta(b, "Bygger på", d.requiredDecisions().stream()
          .map(k -> link(new Link(LinkKind.DECISION, k, k))).collect(Collectors.joining(", ")));
    }
    meta(b, "Historiken sparas", esc(d.historyTimeToLive()));
    meta(b, "Källa", "<code>" + esc(d.source()) + "</code>");
    b.append("</dl>\n");
    if (d.literalExpression() != null) {
      b.append("<h2>Uttryck</h2><pre>").append(esc(d.literalExpression())).append("</pre>\n");
      return page(d.name(), "", b.toString());
    }
    b.append("<h2>Tabell</h2>\n<p class=\"hint\">Varje rad är en regel. Villkoren (blå) läses med \"och\"; "
        + "(oavsett) betyder att kolumnen inte spelar någon roll. Utfallet (grönt) är vad regeln ger.</p>\n");
    b.append("<div class=\"table-frame\"><table class=\"dmn\"><thead><tr><th>Regel</th>");
    for (Column c : d.inputs()) {
      column(b, c, "in");
    }
    for (Column c : d.outputs()) {
      column(b, c, "out");
    }
    b.append("<th>Förklaring</th></tr></thead><tbody>\n");
    for (Rule r : d.rules()) {
      b.append("<tr id=\"rule-").append(esc(r.id())).append("\"><td class=\"num\">").append(r.number())
          .append("</td>");
      for (Entry e : r.inputEntries()) {
        cell(b, e, "in");
      }
      for (Entry e : r.outputEntries()) {
        cell(b, e, "out");
      }
      b.append("<td class=\"note\">").append(r.annotation() == null ? "" : esc(r.annotation())).append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    b.append("<h2>Reglerna i ord</h2>\n<ol class=\"rule-sentences\">");
    for (Rule r : d.rules()) {
      b.append("<li id=\"sentence-").append(esc(r.id())).append("\">").append(esc(r.sentence())).append("</li>");
    }
    b.append("</ol>\n");
    return page(d.name(), "", b.toString());
  }

  private static void column(StringBuilder b, Column c, String kind) {
    b.append("<th class=\"").append(kind).append("\" id=\"col-").append(esc(c.id())).append("\">")
        .append(kind.equals("in") ? "Om " : "Då ").append(esc(c.label()));
    if (c.expression() != null && !c.expression().equals(c.label())) {
      b.append("<br><code>").append(esc(c.expression())).append("</code>");
    }
    if (c.type() != null) {
      b.append(" <small>").append(esc(typeName(c.type()))).append("</small>");
    }
    if (!c.allowedValues().isEmpty()) {
      b.append("<br><small>tillåtna värden: ").append(esc(String.join(", ", c.allowedValues()))).append("</small>");
    }
    b.append("</th>");
  }

  private static String typeName(String type) {
    return switch (type) {
      case "boolean" -> "ja/nej";
      case "string" -> "text";
      case "integer", "long" -> "heltal";
      case "double" -> "tal";
      case "date" -> "datum";
      default -> type;
    };
  }

  private static void cell(StringBuilder b, Entry e, String kind) {
    b.append("<td class=\"").append(kind).append(e.plain().startsWith("(") ? " any" : "").append("\" title=\"")
        .append(esc(e.raw())).append("\">").append(esc(e.plain())).append("</td>");
  }

  // ------------------------------------------------------------------ shared pieces

  private String page(String title, String head, String body) {
    return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + esc(title) + " – Handbok familjecentral</title>\n<style>\n" + css + "</style>\n" + head
        + "</head>\n<body>\n<header class=\"top\"><a href=\"" + esc(linkPrefix + INDEX) + "\">Handbok för granskning"
        + "</a><nav><a href=\"" + esc(linkPrefix + INDEX) + "#processer\">Processer</a> <a href=\""
        + esc(linkPrefix + INDEX) + "#beslutstabeller\">Beslutstabeller</a> <a href=\"" + esc(linkPrefix + INDEX)
        + "#lagstod\">Lagstöd</a></nav></header>\n<main>\n" + body
        + "</main>\n<footer>Skapad ur modellerna i processes/ och forms/ – ändra modellen, inte handboken."
        + "</footer>\n</body>\n</html>\n";
  }

  private static void meta(StringBuilder b, String term, String html) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>");
  }

  private static String groupList(List<GroupRef> groups, String none) {
    if (groups.isEmpty()) {
      return esc(none);
    }
    return groups.stream().map(g -> esc(g.swedishName()) + " <code>" + esc(g.id()) + "</code>")
        .collect(Collectors.joining(", "));
  }

  private String links(List<Link> links, String none) {
    if (links.isEmpty()) {
      return esc(none);
    }
    return links.stream().map(this::link).collect(Collectors.joining(", "));
  }

  private String link(Link link) {
    boolean exists = link.kind() == LinkKind.PROCESS ? processKeys.contains(link.key())
        : decisionKeys.contains(link.key());
    String text = esc(link.text());
    if (!exists) {
      return text + " <span class=\"warn\">(finns inte i processes/)</span>";
    }
    String page = link.kind() == LinkKind.PROCESS ? processPage(link.key()) : decisionPage(link.key());
    String anchor = link.anchor() == null ? "" : "#" + link.anchor();
    return "<a href=\"" + esc(linkPrefix + page + anchor) + "\">" + text + "</a>";
  }

  /** Text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
  static String paragraphs(String text) {
    StringBuilder b = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      b.append("<p>").append(esc(paragraph.strip()).replace("\n", "<br>")).append("</p>");
    }
    return b.toString();
  }

  /** Text and attribute values escaped (&amp; &lt; &gt; &quot; &#39;; the pages are UTF-8, so nothing else). */
  static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  private static String resource(String path) {
    try (InputStream in = HtmlWriter.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
