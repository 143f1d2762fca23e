package se.familycentre.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.familycentre.handbook.HandbookGenerator.Source;
import se.familycentre.handbook.HandbookModel.DecisionDoc;
import se.familycentre.handbook.HandbookModel.Handbook;
import se.familycentre.handbook.HandbookModel.ProcessDoc;
import se.familycentre.handbook.HandbookModel.Step;
import se.familycentre.shared.engine.retention.RetentionProperties;

/** The handbook generated from the fixture models in src/test/resources/handbook and from the real processes/. */
class HandbookGeneratorTest {

  static final Path FIXTURE_PROCESSES = Path.of("src/test/resources/handbook/processes");
  static final Path FIXTURE_FORMS = Path.of("src/test/resources/handbook/forms");
  /** Retention as a configuration would give it: the fixture decision is named, the processes take the default. */
  static final RetentionProperties RETENTION = new RetentionProperties(Map.of("handbookFixtureNeedLevel",
      Duration.ofDays(3650)));
  static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(https?:|//|file:)"
      + "|url\\(\\s*['\"]?\\s*(https?:|//)|@import");

  private static Handbook fixture() {
    return HandbookGenerator.read(HandbookGenerator.files(FIXTURE_PROCESSES, ".bpmn"),
        HandbookGenerator.files(FIXTURE_PROCESSES, ".dmn"), HandbookGenerator.files(FIXTURE_FORMS, ".form"),
        HandbookProperties.defaults(), RETENTION);
  }

  private static ProcessDoc referral(Handbook handbook) {
    return handbook.processes().stream().filter(p -> p.key().equals("handbookFixtureReferral")).findFirst()
        .orElseThrow();
  }

  @Test
  void everyLabelledElementOfTheFixtureModelsIsInTheHandbook() {
    List<Source> bpmn = HandbookGenerator.files(FIXTURE_PROCESSES, ".bpmn");
    List<Source> dmn = HandbookGenerator.files(FIXTURE_PROCESSES, ".dmn");
    List<Source> forms = HandbookGenerator.files(FIXTURE_FORMS, ".form");
    Map<String, String> pages = HandbookGenerator.pages(
        HandbookGenerator.read(bpmn, dmn, forms, HandbookProperties.defaults(), RETENTION), "");

    assertThat(bpmn).hasSize(2);
    assertThat(dmn).hasSize(1);
    assertThat(pages).containsKeys("index.html", "process-handbookFixtureReferral.html",
        "process-handbookFixtureProgramme.html", "decision-handbookFixtureNeedLevel.html");
    assertThat(HandbookCoverage.missing(bpmn, dmn, forms, pages)).as("model elements missing from the handbook")
        .isEmpty();
  }

  @Test
  void everyLabelledElementOfTheRealModelsIsInTheHandbook() {
    Path processes = Path.of("processes");
    Path forms = Path.of("forms");
    List<Source> bpmn = HandbookGenerator.files(processes, ".bpmn");
    List<Source> dmn = HandbookGenerator.files(processes, ".dmn");
    List<Source> formFiles = HandbookGenerator.files(forms, ".form");
    Handbook handbook = HandbookGenerator.read(bpmn, dmn, formFiles, HandbookProperties.defaults(),
        RetentionProperties.fromApplicationYaml());
    Map<String, String> pages = HandbookGenerator.pages(handbook, "");

    assertThat(handbook.problems()).as("models that could not be read").isEmpty();
    assertThat(pages).containsKey("index.html");
    assertThat(HandbookCoverage.missing(bpmn, dmn, formFiles, pages)).as("model elements missing from the handbook")
        .isEmpty();
  }

  @Test
  void theCoverageCheckFailsWhenAStepIsMissing() {
    List<Source> bpmn = HandbookGenerator.files(FIXTURE_PROCESSES, ".bpmn");
    List<Source> dmn = HandbookGenerator.files(FIXTURE_PROCESSES, ".dmn");
    List<Source> forms = HandbookGenerator.files(FIXTURE_FORMS, ".form");
    Map<String, String> pages = new java.util.HashMap<>(HandbookGenerator.pages(
        HandbookGenerator.read(bpmn, dmn, forms, HandbookProperties.defaults(), RETENTION), ""));
    String page = pages.get("process-handbookFixtureReferral.html");
    pages.put("process-handbookFixtureReferral.html", page
        .replace("id=\"step-timer_assessmentOverdue\"", "id=\"gone\"")
        .replace("Riktat stöd</span>", "</span>")
        .replace("Oro går alltid före", "-"));
    String decision = pages.get("decision-handbookFixtureNeedLevel.html");
    pages.put("decision-handbookFixtureNeedLevel.html", decision.replace("Oro går alltid före", "?"));

    assertThat(HandbookCoverage.missing(bpmn, dmn, forms, pages)).anyMatch(m -> m.contains("timer_assessmentOverdue"))
        .anyMatch(m -> m.contains("flow_targeted")).anyMatch(m -> m.contains("annotation of rule rule_concernFirst"));
  }

  @Test
  void stepsFollowTheFlowBranchByBranchWithBoundaryEventsUnderTheirHostAndEventSubProcessesLast() {
    ProcessDoc referral = referral(fixture());

    assertThat(referral.steps()).extracting(Step::id).containsExactly(
        "startEvent_referralReceived", "businessRuleTask_classifyNeed", "gateway_needLevel",
        "userTask_reportConcern", "endEvent_concernReported",
        "userTask_assessSupport", "subProcess_provideSupport", "endEvent_supportCompleted",
        "endEvent_supportAborted", "endEvent_consentWithdrawn",
        "serviceTask_remindOfficial", "endEvent_officialReminded",
        "userTask_escalateAssessment", "endEvent_assessmentEscalated",
        "serviceTask_registerUniversalSupport", "endEvent_universalSupportRegistered",
        "subProcess_annualReview");
    Step assess = referral.steps().get(5);
    assertThat(assess.boundaryEvents()).extracting(Step::id, Step::number)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("timer_reportBack", "6a"),
            org.assertj.core.groups.Tuple.tuple("timer_assessmentOverdue", "6b"));
    Step support = referral.steps().get(6);
    assertThat(support.children()).extracting(Step::id).containsExactly("startEvent_supportStarted",
        "callActivity_parentingProgramme", "gateway_programmeCompleted", "endEvent_supportGiven",
        "endEvent_programmeAborted");
    assertThat(support.children()).extracting(Step::number).startsWith("7.1", "7.2");
    assertThat(support.boundaryEvents()).extracting(Step::kind).containsExactly("Fel", "Meddelande");
    // and the page lists them in that order
    String page = HandbookGenerator.pages(fixture(), "").get("process-handbookFixtureReferral.html");
    assertThat(page.indexOf("id=\"step-gateway_needLevel\"")).isLessThan(page.indexOf("id=\"step-userTask_reportConcern\""));
    assertThat(page.indexOf("id=\"step-endEvent_assessmentEscalated\""))
        .isLessThan(page.indexOf("id=\"step-serviceTask_registerUniversalSupport\""));
    assertThat(page.indexOf("id=\"step-serviceTask_registerUniversalSupport\""))
        .isLessThan(page.indexOf("id=\"step-subProcess_annualReview\""));
  }

  @Test
  void aStepWherePathsMeetComesAfterAllPathsIntoItAndLoopsEnd() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("orderTest").startEvent("start")
        .parallelGateway("fork").userTask("a").userTask("b").parallelGateway("join").userTask("check")
        .exclusiveGateway("ok").condition("nej", "${!ok}").connectTo("check")
        .moveToNode("ok").condition("ja", "${ok}").endEvent("end")
        .moveToNode("fork").userTask("c").connectTo("join").done();
    ProcessDoc doc = read(model).processes().get(0);

    assertThat(doc.steps()).extracting(Step::id).containsExactly("start", "fork", "a", "b", "c", "join", "check",
        "ok", "end");
  }

  @Test
  void stepsSayWhoDoesWhatWithWhichFormAndDeadline() {
    ProcessDoc referral = referral(fixture());
    List<Step> all = HandbookGenerator.allSteps(referral.steps());
    Step assess = all.stream().filter(s -> s.id().equals("userTask_assessSupport")).findFirst().orElseThrow();
    Step concern = all.stream().filter(s -> s.id().equals("userTask_reportConcern")).findFirst().orElseThrow();
    Step universal = all.stream().filter(s -> s.id().equals("serviceTask_registerUniversalSupport")).findFirst()
        .orElseThrow();
    Step annual = all.stream().filter(s -> s.id().equals("timer_annualReview")).findFirst().orElseThrow();

    assertThat(referral.historyTimeToLive()).isEqualTo("5 år (1\u00a0825 dagar)");
    assertThat(referral.starterGroups()).extracting(g -> g.swedishName())
        .containsExactly("Barnhälsovård (BVC)", "Mödrahälsovård (BMM)");
    assertThat(concern.kind()).isEqualTo("Användaruppgift");
    assertThat(concern.groups()).extracting(g -> g.swedishName()).containsExactly("Barnhälsovård (BVC)");
    assertThat(concern.facts()).anyMatch(f -> f.text().equals("samma dag (genast) från att uppgiften skapas"));
    assertThat(assess.groupNote()).isEqualTo("bestäms vid körning (${supportGroup}); möjliga grupper: "
        + "Socialtjänst, förebyggande, Öppen förskola");
    assertThat(assess.facts()).extracting(f -> f.term() + ": " + f.text()).contains(
        "Förfallodatum: inom 14 dagar från att uppgiften skapas",
        "Tidsfrist: inom 14 dagar (P14D); annars avbryts steget och «14 dagar» följer",
        "Påminnelse: vid datumet i variabeln reportBackDate: «Återrapportering» (steget fortsätter)");
    assertThat(assess.form().fields()).extracting(f -> f.label() + "|" + f.type() + "|" + f.required())
        .containsExactly("Stödinsats|Lista (ett val)|true", "Samtycke|Grupp|false",
            "Vårdnadshavarna har samtyckt|Kryssruta (ja/nej)|true", "Vad samtycket omfattar|Längre text|false");
    assertThat(universal.kind()).isEqualTo("Automatiskt steg");
    assertThat(universal.facts()).extracting(f -> f.text()).contains(
        "programkomponenten registerUniversalSupportDelegate (${registerUniversalSupportDelegate})");
    assertThat(annual.facts()).extracting(f -> f.text()).contains("varje år (var 12:e månad), utan slut (R/P1Y)",
        "nej: processen fortsätter, detta sker vid sidan av");

    String page = HandbookGenerator.pages(fixture(), "").get("process-handbookFixtureReferral.html");
    assertThat(page).contains("<span class=\"cond\">Om: Oro för barnet</span> → <a href=\"#step-userTask_reportConcern\">")
        .contains("<span class=\"cond\">Annars: Allmänt stöd</span> → ")
        .contains("<a href=\"decision-handbookFixtureNeedLevel.html\">Behovsnivå (testmodell)</a>")
        .contains("<a href=\"process-handbookFixtureProgramme.html\">Föräldraprogram (testmodell)</a>")
        .contains("Användaruppgift").contains("Beslutstabell").contains("Delprocess").contains("Timer")
        .contains("Meddelande").contains("Anropad process");
    // the diagram is the one bpmn-js drew (src/test/resources/handbook/diagrams), its steps linking to their sections
    assertThat(page).contains("<svg class=\"diagram\" data-bpmn-source=\"src/test/resources/handbook/processes/fixture/"
            + "handbookFixtureReferral.bpmn\"").contains("Genomför").contains("<a href=\"#step-timer_assessmentOverdue\">")
        .doesNotContain("xmlns");
  }

  @Test
  void everyRuleOfOurDecisionTablesIsASwedishSentenceWithoutCodes() {
    Handbook handbook = HandbookGenerator.read(HandbookGenerator.files(Path.of("processes"), ".bpmn"),
        HandbookGenerator.files(Path.of("processes"), ".dmn"), HandbookGenerator.files(Path.of("forms"), ".form"),
        HandbookProperties.defaults(), RETENTION);
    DecisionDoc routing = handbook.decisions().stream().filter(d -> d.key().equals("referralRouting")).findFirst()
        .orElseThrow();
    DecisionDoc classification = handbook.decisions().stream()
        .filter(d -> d.key().equals("familyCentreClassification")).findFirst().orElseThrow();

    assertThat(routing.rules()).extracting(HandbookModel.Rule::sentence).contains(
        "Om oro (minst en av) omfattar Föräldraskap, barnets ålder är 3–6 år och erbjuds på familjecentralen omfattar "
            + "Föräldraskapsstöd ABC blir riktad insats Föräldraskapsstöd ABC och grupp som ger insatsen "
            + "Socialtjänst, förebyggande.");
    assertThat(classification.rules().get(0).sentence()).isEqualTo("Om mödrahälsovård på plats är ja, barnhälsovård "
        + "på plats är ja, öppen förskola på plats är ja och förebyggande socialtjänst på plats är ja blir klassning "
        + "familjecentral.");
    // no code and no FEEL left for an auditor to decode, neither in the sentences nor in the table's cells
    for (DecisionDoc decision : List.of(routing, classification)) {
      for (HandbookModel.Rule rule : decision.rules()) {
        assertThat(rule.sentence()).as(rule.id()).doesNotContainPattern("[A-Z]{2,}_[A-Z_0-9]+")
            .doesNotContain("list contains", "?", "\"");
        assertThat(rule.inputEntries()).extracting(e -> e.plain()).allSatisfy(plain -> assertThat(plain)
            .doesNotContainPattern("[A-Z]{2,}_[A-Z_0-9]+").doesNotContain("list contains"));
      }
      String page = HandbookGenerator.pages(handbook, "").get("decision-" + decision.key() + ".html");
      assertThat(page).contains("<h2>Reglerna i ord</h2>").contains(HtmlWriter.esc(decision.rules().get(0).sentence()));
    }
  }

  @Test
  void aDecisionTableIsAReadableTableWithEveryRule() {
    Handbook handbook = fixture();
    DecisionDoc decision = handbook.decisions().get(0);
    String page = HandbookGenerator.pages(handbook, "").get("decision-handbookFixtureNeedLevel.html");

    assertThat(decision.hitPolicy()).isEqualTo("Första: den första regeln uppifrån som gäller avgör");
    assertThat(decision.historyTimeToLive()).isEqualTo("10 år (3\u00a0650 dagar)");
    assertThat(decision.usedBy()).extracting(l -> l.text())
        .containsExactly("Hänvisning till riktat stöd (testmodell): Bedöm behovsnivå");
    assertThat(decision.rules()).hasSize(4);
    assertThat(decision.rules().get(1).inputEntries()).extracting(e -> e.plain())
        .containsExactly("nej", "ja", "minst 2");
    assertThat(decision.rules().get(2).inputEntries()).extracting(e -> e.plain()).containsExactly("nej", "ja", "0–1");
    assertThat(decision.rules().get(0).inputEntries()).extracting(e -> e.plain())
        .containsExactly("ja", "(oavsett)", "(oavsett)");
    assertThat(page).contains("<th class=\"in\" id=\"col-input_concern\">Om Oro för barnets säkerhet<br><code>"
            + "concernForSafety</code> <small>ja/nej</small></th>")
        .contains("<th class=\"out\" id=\"col-output_needLevel\">Då Behovsnivå<br><code>needLevel</code>")
        .contains("<tr id=\"rule-rule_recurringNeed\"><td class=\"num\">2</td><td class=\"in\" title=\"false\">nej</td>"
            + "<td class=\"in\" title=\"true\">ja</td><td class=\"in\" title=\"&gt;= 2\">minst 2</td>"
            + "<td class=\"out\" title=\"&quot;TARGETED&quot;\">TARGETED</td>"
            + "<td class=\"note\">Återkommande behov ger riktat stöd</td></tr>")
        .contains("Hur reglerna gäller");
  }

  @Test
  void retentionIsTheConfiguredOneWhateverTheModelSays() {
    // the fixture referral's model says 1825 days, its decision 3650: the configuration decides
    RetentionProperties configured = new RetentionProperties(Map.of("handbookFixtureReferral", Duration.ofDays(400),
        "handbookFixtureNeedLevel", Duration.ofDays(730)));
    Handbook handbook = HandbookGenerator.read(HandbookGenerator.files(FIXTURE_PROCESSES, ".bpmn"),
        HandbookGenerator.files(FIXTURE_PROCESSES, ".dmn"), HandbookGenerator.files(FIXTURE_FORMS, ".form"),
        HandbookProperties.defaults(), configured);
    Map<String, String> pages = HandbookGenerator.pages(handbook, "");

    assertThat(referral(handbook).historyTimeToLive()).isEqualTo("400 dagar");
    assertThat(handbook.decisions().get(0).historyTimeToLive()).isEqualTo("2 år (730 dagar)");
    assertThat(pages.get("index.html")).contains("<td>400 dagar</td>").contains("<td>2 år (730 dagar)</td>");
    assertThat(pages.get("process-handbookFixtureReferral.html"))
        .contains("<dt>Historiken sparas</dt><dd>400 dagar efter att ärendet avslutats");
    assertThat(pages.get("decision-handbookFixtureNeedLevel.html"))
        .contains("<dt>Historiken sparas</dt><dd>2 år (730 dagar)</dd>");
  }

  @Test
  void aDiagramDrawnFromAnotherVersionOfTheModelIsNotShown() {
    List<Source> bpmn = HandbookGenerator.files(FIXTURE_PROCESSES, ".bpmn").stream()
        .map(s -> s.path().endsWith("handbookFixtureReferral.bpmn")
            ? new Source(s.path(), (new String(s.content(), java.nio.charset.StandardCharsets.UTF_8) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) : s)
        .toList();
    Handbook handbook = HandbookGenerator.read(bpmn, List.of(), List.of(), HandbookProperties.defaults(), RETENTION);
    String page = HandbookGenerator.pages(handbook, "").get("process-handbookFixtureReferral.html");

    assertThat(handbook.problems()).singleElement().asString()
        .contains("handbookFixtureReferral.bpmn", "annan version", "export-handbook-diagrams.sh");
    assertThat(page).doesNotContain("<svg").contains("<p class=\"warn\">Diagrammet handbook/diagrams/"
        + "handbookFixtureReferral.svg är ritat ur en annan version");
    assertThat(HandbookGenerator.pages(handbook, "").get("process-handbookFixtureProgramme.html")).contains("<svg");
  }

  @Test
  void theLegalReferencesComeFromConfiguration() {
    Handbook handbook = fixture();
    String index = HandbookGenerator.pages(handbook, "").get("index.html");
    assertThat(index).contains("Offentlighets- och sekretesslagen (2009:400) 10 kap. 28 §")
        .contains("Socialtjänstlagen (2025:400)").contains("barnkonventionen").contains("Tilläggsavtal familjecentral");

    HandbookProperties own = new HandbookProperties(List.of(new HandbookModel.LegalReference("Egen regel",
        "Kommunens riktlinje 2026:1", "Text")), null);
    String configured = HandbookGenerator.pages(new Handbook(handbook.processes(), handbook.decisions(),
        own.legalReferences(), List.of()), "").get("index.html");
    assertThat(configured).contains("Kommunens riktlinje 2026:1").doesNotContain("10 kap. 28 §");
    // paragraph numbers appear in the legal references only, never in the pages the code writes around them
    handbook.processes().forEach(p -> assertThat(HandbookGenerator.pages(handbook, "")
        .get(HtmlWriter.processPage(p.key()))).doesNotContain("§"));
  }

  @Test
  void theApplicationYamlSettingsAreWhatTheStaticBuildUses() {
    HandbookProperties properties = HandbookGenerator.configuredProperties();
    assertThat(properties.legalReferences()).isNotEmpty();
  }

  @Test
  void theHandbookLoadsNothingFromElsewhere() {
    Map<String, String> pages = HandbookGenerator.pages(fixture(), "");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertThat(EXTERNAL.matcher(page.getValue()).find()).as(page.getKey() + " refers to an external resource")
          .isFalse();
      assertThat(page.getValue()).as(page.getKey()).doesNotContain("http:").doesNotContain("https:")
          .contains("<style>").doesNotContain("<script").doesNotContain("<link");
    }
    assertThat(EXTERNAL.matcher("<img src=\"https://cdn.example/x.png\">").find()).isTrue();
  }

  @Test
  void labelsAndDocumentationAreEscaped(@TempDir Path dir) throws IOException {
    BpmnModelInstance model = Bpmn.createExecutableProcess("escapeTest").name("Test <b>fet</b> & \"citat\"")
        .camundaHistoryTimeToLive(30).startEvent("start").name("<script>alert('start')</script>")
        .userTask("userTask_evil").name("<script>alert(1)</script>").camundaCandidateGroups("bvc")
        .documentation("Se https://example.org/<img src=x onerror=alert(2)>")
        .sequenceFlowId("flow_evil").condition("<i>om</i>", "${a < b}").endEvent("end").name("Slut</text><svg>")
        .done();
    Path processes = Files.createDirectories(dir.resolve("processes"));
    Bpmn.writeModelToFile(processes.resolve("escape.bpmn").toFile(), model);
    Map<String, String> pages = HandbookGenerator.generate(processes, dir.resolve("forms"),
        HandbookProperties.defaults(), RETENTION, "");
    String page = pages.get("process-escapeTest.html");

    assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>fet")
        .doesNotContain("<i>om").doesNotContain("Slut</text>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Se https://example.org/&lt;img src=x onerror=alert(2)&gt;")
        .contains("Test &lt;b&gt;fet&lt;/b&gt; &amp; &quot;citat&quot;")
        .contains("&lt;i&gt;om&lt;/i&gt;").contains("${a &lt; b}");
    assertThat(EXTERNAL.matcher(page).find()).isFalse();
    assertThat(HandbookCoverage.missing(HandbookGenerator.files(processes, ".bpmn"), List.of(), List.of(), pages))
        .isEmpty();
  }

  @Test
  void theStaticSiteIsWrittenAsFilesSideBySide(@TempDir Path dir) throws IOException {
    Map<String, String> pages = HandbookGenerator.generate(FIXTURE_PROCESSES, FIXTURE_FORMS,
        HandbookProperties.defaults(), RETENTION, "");
    HandbookGenerator.write(pages, dir);

    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
        "process-handbookFixtureReferral.html", "process-handbookFixtureProgramme.html",
        "decision-handbookFixtureNeedLevel.html");
    assertThat(Files.readString(dir.resolve("index.html"))).contains("href=\"process-handbookFixtureReferral.html\"");
  }

  private static Handbook read(BpmnModelInstance model) {
    return HandbookGenerator.read(List.of(new Source("processes/test.bpmn",
        Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8))), List.of(), List.of(),
        HandbookProperties.defaults(), RETENTION);
  }
}
