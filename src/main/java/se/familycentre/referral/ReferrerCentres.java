package se.familycentre.referral;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.springframework.stereotype.Component;
import se.familycentre.shared.engine.guard.Caller;
import se.familycentre.shared.engine.guard.form.SignedInOptions;

/**
 * The referral start form's centres ({@code valuesKey} {@value #VALUES_KEY}): the family centres (engine tenants)
 * the signed-in official works at, by name, the centre's id as the value. "Works at" is the official's own
 * membership of the centre's tenant, not one through a group: managers and auditors belong to every centre's tenant
 * as groups (to oversee, never to start referrals) and get none. Administrators get every centre.
 */
@Component
public class ReferrerCentres implements SignedInOptions {

  public static final String VALUES_KEY = "referrerCentres";
  static final Comparator<String> SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"))::compare;

  private final IdentityService identityService;

  public ReferrerCentres(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String valuesKey() {
    return VALUES_KEY;
  }

  @Override
  public String inWords() {
    return "familjecentralerna där den inloggade arbetar (förvald när det bara är en)";
  }

  @Override
  public List<Option> options(Caller caller) {
    TenantQuery query = identityService.createTenantQuery();
    List<Tenant> centres = caller.admin() ? query.list() : query.userMember(caller.userId()).list();
    return centres.stream().map(centre -> new Option(centre.getName() == null ? centre.getId() : centre.getName(),
        centre.getId())).sorted(Comparator.comparing(Option::label, SWEDISH).thenComparing(Option::value)).toList();
  }

  @Override
  public String refusal(Caller caller, String centreId) {
    return "Du arbetar inte vid familjecentralen " + centreId + " och kan inte starta ärenden där.";
  }
}
