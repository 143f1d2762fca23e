package se.familycentre.handbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.familycentre.handbook.HandbookModel.LegalReference;

/**
 * Settings of the auditor's handbook, under {@code familycentre.handbook}. The legal references live here (and may
 * be overridden in application.yaml), never in the models' labels or in the HTML code: paragraph numbers change with
 * the law (the Social Services Act 2025:400 renumbered the old SoL), and then only configuration changes. So are the
 * Swedish words for codes no form offers ({@code code-labels}).
 */
@ConfigurationProperties(prefix = "familycentre.handbook")
public record HandbookProperties(List<LegalReference> legalReferences, Map<String, String> codeLabels) {

  public HandbookProperties {
    legalReferences = legalReferences == null || legalReferences.isEmpty() ? DEFAULT_LEGAL_REFERENCES
        : List.copyOf(legalReferences);
    Map<String, String> labels = new LinkedHashMap<>(DEFAULT_CODE_LABELS);
    if (codeLabels != null) {
      labels.putAll(codeLabels);
    }
    codeLabels = Map.copyOf(labels);
  }

  /** The defaults, for the generator run outside Spring. */
  public static HandbookProperties defaults() {
    return new HandbookProperties(null, null);
  }

  /**
   * Swedish words for codes of the decision tables that no form offers as an option (the forms' option labels come
   * first, see {@link CodeLabels}); a municipality adds or rewords them in configuration.
   */
  public static final Map<String, String> DEFAULT_CODE_LABELS = Map.of(
      "FAMILY_CENTRE", "familjecentral",
      "FAMILY_CENTRE_LIKE", "familjecentralsliknande verksamhet",
      "NOT_A_FAMILY_CENTRE", "inte en familjecentral");

  /** The law the processes follow (domain.md), by default; a municipality overrides them in configuration. */
  public static final List<LegalReference> DEFAULT_LEGAL_REFERENCES = List.of(
      new LegalReference("Anmälan vid oro för ett barn (orosanmälan)",
          "Socialtjänstlagen (2025:400), bestämmelsen om anmälningsskyldighet (motsvarar 14 kap. 1 § i den "
              + "upphävda socialtjänstlagen 2001:453)",
          "Den som arbetar med barn i hälso- och sjukvården, socialtjänsten, förskolan och liknande verksamheter "
              + "ska genast anmäla till socialnämnden om hen får kännedom om eller misstänker att ett barn far illa. "
              + "Skyldigheten är personlig, kräver inget samtycke och gäller i den kommun där barnet bor."),
      new LegalReference("Skyddsbedömning, förhandsbedömning och utredning",
          "Socialtjänstlagen (2025:400)",
          "Efter en orosanmälan gör socialtjänsten genast en skyddsbedömning (normalt samma dag), beslutar inom "
              + "14 dagar om utredning ska inledas (om inte synnerliga skäl finns) och slutför en utredning inom "
              + "fyra månader. Anmälningar om våld går direkt till utredning."),
      new LegalReference("Sekretess inom hälso- och sjukvården",
          "Offentlighets- och sekretesslagen (2009:400) 25 kap. 1 §",
          "Uppgifter om en enskilds hälsotillstånd och personliga förhållanden är sekretessbelagda. Mödra- och "
              + "barnhälsovården lämnar inte uppgifter till kommunen utan vårdnadshavarens samtycke."),
      new LegalReference("Sekretess inom socialtjänsten",
          "Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §",
          "Uppgifter om en enskilds personliga förhållanden inom socialtjänsten är sekretessbelagda, också mot "
              + "regionen och mellan nämnder."),
      new LegalReference("Samtycke häver sekretessen",
          "Offentlighets- och sekretesslagen (2009:400) 12 kap. 2 §",
          "Vårdnadshavaren kan samtycka till att uppgifter lämnas: per mottagande verksamhet, specifikt (vem lämnar "
              + "vad, varför och hur länge), dokumenterat och möjligt att återkalla; vid gemensam vårdnad båda "
              + "vårdnadshavarna. Samtycket häver sekretessen men är inte den rättsliga grunden för behandling enligt "
              + "dataskyddsförordningen (myndigheterna stöder sig på rättslig förpliktelse och allmänt intresse)."),
      new LegalReference("Sekretess hindrar inte en orosanmälan",
          "Offentlighets- och sekretesslagen (2009:400) 10 kap. 28 §",
          "Sekretess hindrar inte att uppgifter lämnas till socialnämnden när en anmälningsskyldighet gäller."),
      new LegalReference("Barnets bästa och barnkonsekvensanalys",
          "FN:s konvention om barnets rättigheter (barnkonventionen), svensk lag genom lag (2018:1197)",
          "Barnets bästa ska komma i främsta rummet vid alla åtgärder som rör barn. Därför redovisar varje "
              + "tjänsteutlåtande om en familjecentral konsekvenserna för barn, och barns och föräldrars delaktighet "
              + "ingår i det lokala samverkansavtalet."),
      new LegalReference("Tilläggsavtal familjecentral",
          "Region Stockholm, förfrågningsunderlag för barnmorskemottagning (BMM) och barnavårdscentral (BVC): "
              + "valbart uppdrag familjecentral",
          "Endast vårdgivare med avtal om BMM eller BVC kan ansöka. Regionens hälso- och sjukvårdsförvaltning "
              + "bedömer kraven (alla fyra verksamheter, målgrupp 0–5 år, gemensam behovsanalys, grad av "
              + "samlokalisering) och beviljar tilläggsavtalet från ett visst datum eller avslår ansökan."));
}
