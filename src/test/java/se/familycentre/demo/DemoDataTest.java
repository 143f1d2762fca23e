package se.familycentre.demo;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import se.familycentre.shared.FamilyCentreProperties;

/** The one demo runner: users first, then the establishment cases, then the referrals, each only when switched on. */
class DemoDataTest {

  final DemoUsers users = mock(DemoUsers.class);
  final EstablishmentDemoCases establishmentCases = mock(EstablishmentDemoCases.class);
  final DemoReferralCases referralCases = mock(DemoReferralCases.class);

  DemoData demo(boolean users, boolean cases) {
    return new DemoData(new FamilyCentreProperties(null, new FamilyCentreProperties.Demo(users, cases, "demo")),
        this.users, establishmentCases, referralCases);
  }

  @Test
  void theDemoProfileCreatesTheUsersThenTheEstablishmentCasesThenTheReferrals() {
    demo(true, true).create();

    InOrder order = inOrder(users, establishmentCases, referralCases);
    order.verify(users).createAll();
    order.verify(establishmentCases).createAll();
    order.verify(referralCases).createAll();
  }

  @Test
  void withoutDemoCasesOnlyTheUsersAreCreatedAndProdCreatesNothing() {
    demo(true, false).create();
    verify(users).createAll();
    verifyNoInteractions(establishmentCases, referralCases);

    DemoUsers prodUsers = mock(DemoUsers.class);
    new DemoData(new FamilyCentreProperties(null, new FamilyCentreProperties.Demo(false, false, null)), prodUsers,
        establishmentCases, referralCases).create();
    verifyNoInteractions(prodUsers, establishmentCases, referralCases);
  }
}
