package se.familycentre.organisation;

import java.util.List;

/**
 * The groups of the organisation: ids are ASCII and stable (other parts rely on them), names are Swedish
 * and shown in Tasklist and Admin.
 */
public enum Groups {
  MVC("mvc", "Mödrahälsovård (BMM)", Kind.WORK),
  BVC("bvc", "Barnhälsovård (BVC)", Kind.WORK),
  OPPEN_FORSKOLA("oppen-forskola", "Öppen förskola", Kind.WORK),
  SOCIALTJANST_FOREBYGGANDE("socialtjanst-forebyggande", "Socialtjänst, förebyggande", Kind.WORK),
  SOCIALTJANST_MOTTAGNING("socialtjanst-mottagning", "Socialtjänst, mottagning", Kind.WORK),
  KOMMUN_UTREDARE("kommun-utredare", "Kommunens utredare", Kind.WORK),
  NAMNDSEKRETERARE("namndsekreterare", "Nämndsekreterare", Kind.WORK),
  REGION_HSF("region-hsf", "Regionens hälso- och sjukvårdsförvaltning", Kind.WORK),
  SAMORDNARE("samordnare", "Familjecentralssamordnare", Kind.WORK),
  LEDNING("ledning", "Förvaltningsledning", Kind.MANAGEMENT),
  REVISION("revision", "Revision", Kind.AUDIT),
  CAMUNDA_ADMIN("camunda-admin", "Administratörer", Kind.ADMIN);

  /** What a group does decides which application and which rights it gets. */
  public enum Kind { WORK, MANAGEMENT, AUDIT, ADMIN }

  public final String id;
  public final String swedishName;
  public final Kind kind;

  Groups(String id, String swedishName, Kind kind) {
    this.id = id;
    this.swedishName = swedishName;
    this.kind = kind;
  }

  public static List<Groups> workGroups() {
    return java.util.Arrays.stream(values()).filter(g -> g.kind == Kind.WORK).toList();
  }

  public static Groups byId(String id) {
    for (Groups g : values()) {
      if (g.id.equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("Okänd grupp: " + id);
  }
}
