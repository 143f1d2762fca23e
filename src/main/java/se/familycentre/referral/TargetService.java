package se.familycentre.referral;

import java.util.List;

/**
 * The targeted services a family can be referred to, who gives them and which organisation (secrecy boundary)
 * receives the referral. The routing table ({@code referralRouting}) chooses among them; the coordinator may choose
 * any of them when the table finds none. Each receiving organisation needs the guardians' consent.
 */
public enum TargetService {
  EXTENDED_HOME_VISITING("Utökat hembesöksprogram", "bvc,socialtjanst-forebyggande",
      List.of(ReceivingOrganisation.REGION, ReceivingOrganisation.SOCIAL_SERVICES)),
  PARENTING_PROGRAMME_ABC("Föräldraskapsstöd ABC", "socialtjanst-forebyggande",
      List.of(ReceivingOrganisation.SOCIAL_SERVICES)),
  PARENTING_PROGRAMME_ICDP("Vägledande samspel (ICDP)", "socialtjanst-forebyggande",
      List.of(ReceivingOrganisation.SOCIAL_SERVICES)),
  FAMILY_COUNSELLING("Familjerådgivning", "socialtjanst-forebyggande",
      List.of(ReceivingOrganisation.SOCIAL_SERVICES)),
  MHV_PSYCHOLOGIST("Psykolog inom mödrahälsovården", "mvc", List.of(ReceivingOrganisation.REGION)),
  BHV_PSYCHOLOGIST("Psykolog inom barnhälsovården", "bvc", List.of(ReceivingOrganisation.REGION)),
  CHILD_HEALTH_FOLLOW_UP("Fördjupad uppföljning av utveckling och språk på BVC", "bvc",
      List.of(ReceivingOrganisation.REGION)),
  SOCIAL_COUNSELLOR("Socialrådgivare på familjecentralen", "socialtjanst-forebyggande",
      List.of(ReceivingOrganisation.SOCIAL_SERVICES));

  public final String swedishName;
  /** Candidate groups of the receiving organisation's tasks, comma-separated (as the engine reads them). */
  public final String groups;
  public final List<ReceivingOrganisation> receivers;

  TargetService(String swedishName, String groups, List<ReceivingOrganisation> receivers) {
    this.swedishName = swedishName;
    this.groups = groups;
    this.receivers = receivers;
  }

  /** The organisations across a secrecy boundary that a referral may go to; consent is given per organisation. */
  public enum ReceivingOrganisation {
    /** The region's health care: maternity and child health care, their psychologists. */
    REGION,
    /** The municipality's social services (preventive work, family counselling, social counsellor). */
    SOCIAL_SERVICES
  }
}
