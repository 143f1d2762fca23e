package se.familycentre.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.familycentre.establishment.EstablishmentProcess;
import se.familycentre.establishment.EstablishmentProcess.Ids;
import se.familycentre.register.CentreStatus;
import se.familycentre.register.FamilyCentreRegister;
import se.familycentre.support.FamilyCentreSpringTest;

/** The demo establishment cases (switched off in the test profile, so created here), and a second run adds nothing. */
@FamilyCentreSpringTest
class EstablishmentDemoCasesTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyCentreRegister register;
  @Autowired
  EstablishmentDemoCases demoCases;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void runningTheDemoCasesTwiceCreatesNothingTwice() {
    demoCases.createAll();
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EstablishmentProcess.KEY).count();

    assertThat(demoCases.createAll()).isZero();

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(EstablishmentProcess.KEY).count()).isEqualTo(instances);
    for (String centre : EstablishmentDemoCases.CENTRES) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(centre).count())
          .isEqualTo(1);
    }
    ProcessInstance danderyd = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(EstablishmentDemoCases.DANDERYD).singleResult();
    assertThat(danderyd).isWaitingAt(Ids.EVALUATE_CENTRE);
    var morby = register.centre(EstablishmentDemoCases.DANDERYD).orElseThrow();
    assertThat(morby.status()).isEqualTo(CentreStatus.ACTIVE);
    assertThat(morby.classification()).isEqualTo("FAMILY_CENTRE");
    assertThat(morby.agreement().from()).hasToString("2022-03-01");
    assertThat(morby.premises()).isEqualTo("Välkomstcentret, Mörby centrum");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(EstablishmentDemoCases.OSTERAKER).singleResult()).isWaitingAt(Ids.INVESTIGATE);
    var rinkeby = register.centre(EstablishmentDemoCases.RINKEBY).orElseThrow();
    assertThat(rinkeby.status()).isEqualTo(CentreStatus.ACTIVE);
    assertThat(rinkeby.classification()).isEqualTo("FAMILY_CENTRE_LIKE");
  }
}
