package se.familycentre.production.bench;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;

/** Benchmark part 1: end-to-end cases per second, ours against a bare process, same engine, same run. */
final class Throughput {

  private static final String FIXTURE = "benchCase";

  private final List<String> rows;

  Throughput(List<String> rows) {
    this.rows = rows;
  }

  // ---- 1. end-to-end cases per second -------------------------------------------------------------------------

  void run(ProcessEngine engine, String database, String requestedKey, int cases) {
    String key = requestedKey.isBlank()
        ? (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("familyReferralProcess")
            .count() > 0 ? "familyReferralProcess" : FIXTURE)
        : requestedKey;
    if (key.equals(FIXTURE)) {
      engine.getRepositoryService().createDeployment().addClasspathResource("fixtures/bench-case.bpmn").deploy();
    }
    BpmnModelInstance ours = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId());
    int activities = ours.getModelElementsByType(Activity.class).size();
    String bareKey = "benchBare" + activities;
    AbstractFlowNodeBuilder<?, ?> bare = Bpmn.createExecutableProcess(bareKey).camundaHistoryTimeToLive(1)
        .startEvent();
    for (int i = 0; i < activities; i++) {
      bare = bare.serviceTask("serviceTask_noop" + i).camundaClass(NoOpDelegate.class.getName());
    }
    engine.getRepositoryService().createDeployment().addModelInstance(bareKey + ".bpmn", bare.endEvent().done())
        .deploy();

    // Warm up both, then bare, ours, bare: the baseline is the mean of the two bare runs.
    drive(engine, key, Math.max(10, cases / 10));
    drive(engine, bareKey, Math.max(10, cases / 10));
    double bare1 = drive(engine, bareKey, cases);
    double ourRate = drive(engine, key, cases);
    double bare2 = drive(engine, bareKey, cases);
    double bareRate = (bare1 + bare2) / 2;
    if (rows.isEmpty()) {
      rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10s | %12s | %s", "database", "end-to-end cases",
          "activities", "cases/s", "ratio vs bare (same run)"));
    }
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %12.1f | %.2f", database, key, activities, ourRate,
        ourRate / bareRate));
    rows.add(String.format(Locale.ROOT, "%-10s | %-44s | %10d | %12.1f | 1.00 (baseline)", database,
        "bare, no-op delegates", activities, bareRate));
  }

  /** Drives n cases from start to end: completes every open task (as a member of its candidate group), runs jobs. */
  private static double drive(ProcessEngine engine, String key, int n) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      String id = runtime.startProcessInstanceByKey(key, key + "-" + System.nanoTime()).getId();
      for (int step = 0; step < 200; step++) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(id).list();
        List<Job> jobs = management.createJobQuery().processInstanceId(id).executable().list();
        if (open.isEmpty() && jobs.isEmpty()) {
          break;
        }
        jobs.forEach(job -> management.executeJob(job.getId()));
        open.forEach(task -> tasks.complete(task.getId()));
      }
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        throw new IllegalStateException(key + " did not end when driven without variables; give it a driver");
      }
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

}
