package se.familycentre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.referral.ReferralProcess;
import se.familycentre.referral.support.ReferralSupportProcess;
import se.familycentre.reportofconcern.ReportOfConcernProcess;
import se.familycentre.support.AsUser;
import se.familycentre.support.FamilyCentreSpringTest;

/**
 * The demo referrals (switched off in the test profile, so created here): every work group of the referral path finds
 * something in its Tasklist at Danderyd/Mörby, and a second start creates nothing new.
 */
@FamilyCentreSpringTest
class DemoReferralCasesTest {

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired DemoReferralCases demo;

  long demoCases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .variableValueLike(DemoReferralCases.DEMO_CASE, "%").count();
  }

  @Test
  void everyReferralWorkGroupHasSomethingInTasklistAndASecondStartAddsNothing() {
    demo.createAll();
    assertThat(demoCases()).isEqualTo(9);

    // the demo cases, found as the system (officials may search by case number only, not by the demo marker)
    String[] demoReferrals = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReferralProcess.KEY).variableValueLike(DemoReferralCases.DEMO_CASE, "%").list().stream()
        .map(HistoricProcessInstance::getBusinessKey).toArray(String[]::new);
    for (String user : new String[] {"erik.johansson", "anna.lindqvist", "maria.nilsson", "lena.persson"}) {
      assertThat(AsUser.call(identityService, user, () -> taskService.createTaskQuery()
          .processDefinitionKey(ReferralProcess.KEY).processInstanceBusinessKeyIn(demoReferrals)
          .count())).as(user).isPositive();
    }
    // the receiving organisations work in their own process (the demo marker stays in the referral): a demo case's
    // support instance has its referral's id as business key
    for (String user : new String[] {"sara.berg", "erik.johansson"}) {
      assertThat(AsUser.call(identityService, user, () -> taskService.createTaskQuery()
          .processDefinitionKey(ReferralSupportProcess.KEY)
          .taskDefinitionKey(ReferralSupportProcess.Ids.ACCEPT_REFERRAL)
          .processInstanceBusinessKeyIn(demoReferrals).count())).as(user + " as receiver").isPositive();
    }
    // social services' intake works in its own process (the demo marker stays in the referral)
    assertThat(AsUser.call(identityService, "johan.holm", () -> taskService.createTaskQuery()
        .processDefinitionKey(ReportOfConcernProcess.KEY)
        .taskDefinitionKey(ReportOfConcernProcess.Ids.ASSESS_PROTECTION)
        .count())).isPositive();
    assertThat(AsUser.call(identityService, "johan.holm", () -> taskService.createTaskQuery()
        .processDefinitionKey(ReportOfConcernProcess.KEY)
        .taskDefinitionKey(ReportOfConcernProcess.Ids.DECIDE_ON_INVESTIGATION).count())).isPositive();
    assertThat(AsUser.call(identityService, "amira.hassan", () -> taskService.createTaskQuery()
        .processDefinitionKey(ReferralProcess.KEY).processInstanceBusinessKeyIn(demoReferrals).count()))
        .as("other centre").isZero();
    assertThat(AsUser.call(identityService, "amira.hassan", () -> taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(demoReferrals).count())).as("other centre, receiving side").isZero();

    assertThat(demo.createAll()).isZero();
    assertThat(demoCases()).isEqualTo(9);
  }
}
