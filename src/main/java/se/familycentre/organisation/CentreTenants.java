package se.familycentre.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * One engine tenant per family centre (tenant id = centre id): "staff see the cases of their own centre" becomes the
 * engine's tenant check, a plain IN-clause on every query. Process definitions are shared (no tenant); a case gets
 * its centre's tenant when it starts. Managers and auditors belong to every centre's tenant as groups, so they
 * see state everywhere, still limited by their authorizations (never variable values).
 */
@Component
public class CentreTenants {

  private final IdentityService identityService;

  public CentreTenants(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the centre's tenant if it does not exist yet; idempotent. */
  public void ensureCentre(String centreId, String centreName) {
    Tenant tenant = identityService.createTenantQuery().tenantId(centreId).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(centreId);
      tenant.setName(centreName);
      identityService.saveTenant(tenant);
    }
    for (Groups overseeing : new Groups[] {Groups.LEDNING, Groups.REVISION}) {
      if (identityService.createTenantQuery().tenantId(centreId).groupMember(overseeing.id).count() == 0) {
        identityService.createTenantGroupMembership(centreId, overseeing.id);
      }
    }
  }

  /** Makes a member of staff part of a centre; idempotent. */
  public void addStaff(String userId, String centreId) {
    if (identityService.createTenantQuery().tenantId(centreId).userMember(userId).count() == 0) {
      identityService.createTenantUserMembership(centreId, userId);
    }
  }

  /** The centre's tenant (its id and name), or null when there is no such centre. */
  public Tenant find(String centreId) {
    return identityService.createTenantQuery().tenantId(centreId).singleResult();
  }
}
