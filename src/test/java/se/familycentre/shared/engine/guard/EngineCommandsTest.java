package se.familycentre.shared.engine.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.familycentre.shared.engine.ProcessDefinitionRows;
import se.familycentre.shared.engine.guard.EngineCommands.Kind;

/**
 * Every command class of the Camunda jars on the classpath is classified in {@code engine-commands.txt}, once and
 * on purpose: a new engine version with a new command fails here until someone decides what officials may do with
 * it, and a command that is gone must leave the list. The classes the issue names land where it says.
 */
class EngineCommandsTest {

  private final EngineCommands commands = EngineCommands.get();

  /** Every concrete class under org.camunda implementing the engine's Command, read from the class files. */
  static TreeSet<String> commandClassesOnTheClasspath() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    CachingMetadataReaderFactory factory = new CachingMetadataReaderFactory(resolver);
    AssignableTypeFilter isCommand = new AssignableTypeFilter(Command.class);
    TreeSet<String> found = new TreeSet<>();
    for (Resource resource : resolver.getResources("classpath*:org/camunda/**/*.class")) {
      MetadataReader reader = factory.getMetadataReader(resource);
      ClassMetadata type = reader.getClassMetadata();
      if (!type.isInterface() && !type.isAbstract() && isCommand.match(reader, factory)) {
        found.add(type.getClassName());
      }
    }
    return found;
  }

  @Test
  void everyCommandClassOfTheEngineAndTheWebappsIsClassifiedAndNothingElse() throws IOException {
    TreeSet<String> onTheClasspath = commandClassesOnTheClasspath();
    TreeSet<String> unclassified = new TreeSet<>(onTheClasspath);
    unclassified.removeAll(commands.all().keySet());
    TreeSet<String> gone = new TreeSet<>(commands.all().keySet());
    gone.removeAll(onTheClasspath);

    assertThat(onTheClasspath).as("the scan finds the engine's and the webapps' commands").hasSizeGreaterThan(350)
        .contains("org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
            "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteListQueryCmd");
    assertThat(unclassified).as("command classes without a decision in " + EngineCommands.RESOURCE).isEmpty();
    assertThat(gone).as("listed in " + EngineCommands.RESOURCE + " but no longer on the classpath").isEmpty();
  }

  @Test
  void theIssuesDoorsAreAdministratorsOnly() {
    assertThat(kindsOf(
        // instances: start elsewhere, modification (sync, async), migration, restart, deletion, suspension
        "cmd.StartProcessInstanceAtActivitiesCmd", "cmd.ModifyProcessInstanceCmd", "cmd.ModifyProcessInstanceAsyncCmd",
        "cmd.ProcessInstanceModificationCmd", "cmd.ProcessInstanceModificationBatchCmd",
        "migration.MigrateProcessInstanceCmd", "migration.batch.MigrateProcessInstanceBatchCmd",
        "cmd.CreateMigrationPlanCmd", "cmd.RestartProcessInstancesCmd", "batch.RestartProcessInstancesBatchCmd",
        "cmd.DeleteProcessInstanceCmd", "cmd.DeleteProcessInstancesCmd", "cmd.batch.DeleteProcessInstanceBatchCmd",
        "cmd.DeleteHistoricProcessInstancesCmd", "cmd.batch.DeleteHistoricProcessInstancesBatchCmd",
        "cmd.SuspendProcessInstanceCmd", "cmd.ActivateProcessInstanceCmd",
        "cmd.UpdateProcessInstancesSuspendStateCmd", "cmd.UpdateProcessInstancesSuspendStateBatchCmd",
        // variables outside a completion, runtime, task and history
        "cmd.SetExecutionVariablesCmd", "cmd.PatchExecutionVariablesCmd", "cmd.RemoveExecutionVariablesCmd",
        "cmd.SetTaskVariablesCmd", "cmd.PatchTaskVariablesCmd", "cmd.RemoveTaskVariablesCmd",
        "cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd", "cmd.DeleteHistoricVariableInstanceCmd",
        "cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
        // jobs, job definitions, incidents
        "cmd.SetJobRetriesCmd", "cmd.ExecuteJobsCmd", "cmd.SuspendJobDefinitionCmd", "cmd.ResolveIncidentCmd",
        "cmd.CreateIncidentCmd",
        // deployments, messages, signals, external tasks, batches, history cleanup
        "cmd.DeployCmd", "cmd.DeleteDeploymentCmd", "cmd.CorrelateMessageCmd", "cmd.CorrelateAllMessageCmd",
        "cmd.MessageEventReceivedCmd", "cmd.SignalEventReceivedCmd", "cmd.FetchExternalTasksCmd",
        "cmd.LockExternalTaskCmd", "cmd.CompleteExternalTaskCmd", "batch.DeleteBatchCmd", "cmd.SuspendBatchCmd",
        "cmd.HistoryCleanupCmd",
        // schema, telemetry, metrics; identity, authorizations, filters, tenants
        "ManagementServiceImpl$DbSchemaUpgradeCmd", "cmd.TelemetryConfigureCmd", "cmd.DeleteMetricsCmd",
        "cmd.CreateUserCmd", "cmd.DeleteUserCmd", "cmd.UnlockUserCmd", "cmd.SaveGroupCmd", "cmd.CreateMembershipCmd",
        "cmd.SaveAuthorizationCmd", "cmd.DeleteAuthorizationCmd", "cmd.SaveFilterCmd", "cmd.DeleteFilterCmd",
        "cmd.SaveTenantCmd", "cmd.CreateTenantUserMembershipCmd",
        // reads that skip the engine's authorization
        "TablePageQueryImpl", "NativeProcessInstanceQueryImpl",
        "cmd.optimize.OptimizeHistoricVariableUpdateQueryCmd"))
        .allSatisfy((name, kind) -> assertThat(kind).as(name).isEqualTo(Kind.ADMIN_ONLY));
  }

  @Test
  void theOfficialsWorkIsUserWorkAndTheirReadsAreReads() {
    assertThat(kindsOf("cmd.ClaimTaskCmd", "cmd.AssignTaskCmd", "cmd.CompleteTaskCmd", "cmd.SubmitTaskFormCmd",
        "cmd.ResolveTaskCmd", "cmd.StartProcessInstanceCmd", "cmd.SubmitStartFormCmd", "cmd.AddCommentCmd",
        "cmd.CreateAttachmentCmd", "cmd.DeleteAttachmentCmd", "cmd.SaveUserCmd", "cmd.CheckPassword"))
        .allSatisfy((name, kind) -> assertThat(kind).as(name).isEqualTo(Kind.USER_WORK));
    assertThat(kindsOf("TaskQueryImpl", "cmd.ExecuteFilterListPageCmd", "cmd.GetTaskFormVariablesCmd",
        "GetDeployedTaskFormCmd", "HistoricProcessInstanceQueryImpl",
        "org.camunda.bpm.webapp.impl.db.QueryServiceImpl$ExecuteListQueryCmd"))
        .allSatisfy((name, kind) -> assertThat(kind).as(name).isEqualTo(Kind.READ));
  }

  @Test
  void aSubclassOfOursCountsAsTheEnginesClassItExtendsAndALambdaIsUnknown() throws Exception {
    Command<String> lambda = context -> "x";
    Class<?> rowsOnly = Class.forName(ProcessDefinitionRows.class.getName() + "$RowsOnlyQuery");

    assertThat(commands.of(rowsOnly).kind()).isEqualTo(Kind.READ);
    assertThat(commands.of(lambda.getClass())).isNull();
  }

  @Test
  void aBrokenListIsRefusedWhenRead() {
    Assertions.assertThatThrownBy(() -> EngineCommands.parse(reader("[READ]\ncmd.ClaimTaskCmd\ncmd.ClaimTaskCmd\n")))
        .hasMessageContaining("listed twice");
    Assertions.assertThatThrownBy(() -> EngineCommands.parse(reader("[ADMIN_ONLY]\ncmd.DeployCmd\n")))
        .hasMessageContaining("name what only administrators may do");
    Assertions.assertThatThrownBy(() -> EngineCommands.parse(reader("cmd.DeployCmd\n")))
        .hasMessageContaining("before the first section");
  }

  private Map<String, Kind> kindsOf(String... names) {
    return Arrays.stream(names).collect(Collectors.toMap(Function.identity(), name -> {
      String full = name.startsWith("org.") ? name : EngineCommands.ENGINE_PACKAGE + name;
      EngineCommands.Classification classification = commands.all().get(full);
      assertThat(classification).as(full + " is listed").isNotNull();
      return classification.kind();
    }, (a, b) -> a, TreeMap::new));
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
