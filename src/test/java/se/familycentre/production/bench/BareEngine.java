package se.familycentre.production.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BpmnModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.env.Environment;
import se.familycentre.production.ApplicationNode;
import se.familycentre.referral.ReferralProperties;
import se.familycentre.referral.support.ReferralDeadlines;
import se.familycentre.support.EmbeddedPostgresServer;

/**
 * The bare engine of benchmark part 1: a plain Camunda engine ({@link StandaloneProcessEngineConfiguration}, no
 * Spring context, no plugin of ours, only Camunda's own Spin plugin for JSON values) with the engine settings of
 * ours that matter for cost, copied from ours' configuration, on a database of its own of the same kind (a sibling
 * H2 file with the same URL flags, or a separate database on the same embedded PostgreSQL), with a Hikari pool as
 * Spring Boot gives ours. It gets ours' users, groups, centres (tenants), memberships and authorizations, and the
 * referral model and the models it calls with everything of ours stripped (see {@link #strip}), the decision tables
 * and the forms.
 */
final class BareEngine implements AutoCloseable {

  private static final Pattern EXPRESSION_ROOT = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private final ProcessEngine engine;
  private final HikariDataSource dataSource;
  private final String description;
  /** The bare H2 file's path without its extensions (null on PostgreSQL), removed on close. */
  private final Path h2File;

  private BareEngine(ProcessEngine engine, HikariDataSource dataSource, String description, Path h2File) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.description = description;
    this.h2File = h2File;
  }

  ProcessEngine engine() {
    return engine;
  }

  /** One line: what the bare engine is and which settings it shares with ours. */
  String description() {
    return description;
  }

  /**
   * Builds the bare engine beside the given node, on a database of the same kind, and deploys the stripped model and
   * the models it calls.
   */
  static BareEngine besides(ApplicationNode node, String processKey) {
    return besides(node, processKey, null);
  }

  /**
   * As {@link #besides(ApplicationNode, String)}; on PostgreSQL the bare database is {@code barePostgresUrl} when
   * given (a profiling run with a server of its own), else a new database on the shared embedded server.
   */
  static BareEngine besides(ApplicationNode node, String processKey, String barePostgresUrl) {
    Environment env = node.context().getEnvironment();
    String oursUrl = env.getRequiredProperty("spring.datasource.url");
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("bare");
    Path h2File = null;
    if (oursUrl.startsWith("jdbc:postgresql:")) {
      dataSource.setJdbcUrl(barePostgresUrl != null ? barePostgresUrl
          : EmbeddedPostgresServer.createDatabase("benchbare"));
      dataSource.setUsername(EmbeddedPostgresServer.user());
    } else if (oursUrl.startsWith("jdbc:h2:file:")) {
      int flags = oursUrl.indexOf(';');
      Path file = Path.of(oursUrl.substring("jdbc:h2:file:".length(), flags < 0 ? oursUrl.length() : flags));
      h2File = file.resolveSibling("bare-" + file.getFileName());
      dataSource.setJdbcUrl("jdbc:h2:file:" + h2File
          + (flags < 0 ? "" : oursUrl.substring(flags)));
      dataSource.setUsername(env.getProperty("spring.datasource.username", "sa"));
      dataSource.setPassword(env.getProperty("spring.datasource.password", ""));
    } else {
      throw new IllegalStateException("no bare database for " + oursUrl);
    }
    dataSource.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));

    ProcessEngineConfigurationImpl ours = (ProcessEngineConfigurationImpl) node.engine()
        .getProcessEngineConfiguration();
    StandaloneProcessEngineConfiguration bare = new StandaloneProcessEngineConfiguration();
    bare.setProcessEngineName("bare" + node.name());
    bare.setDataSource(dataSource);
    bare.setDatabaseSchemaUpdate("true");
    bare.setJobExecutorActivate(false);
    bare.setHistory(ours.getHistoryLevel().getName());
    bare.setAuthorizationEnabled(ours.isAuthorizationEnabled());
    bare.setAuthorizationEnabledForCustomCode(ours.isAuthorizationEnabledForCustomCode());
    bare.setEnforceSpecificVariablePermission(ours.isEnforceSpecificVariablePermission());
    bare.setEnableHistoricInstancePermissions(ours.isEnableHistoricInstancePermissions());
    bare.setDefaultUserPermissionNameForTask(ours.getDefaultUserPermissionNameForTask());
    bare.setTenantCheckEnabled(ours.isTenantCheckEnabled());
    bare.setDefaultSerializationFormat(ours.getDefaultSerializationFormat());
    bare.setJavaSerializationFormatEnabled(ours.isJavaSerializationFormatEnabled());
    bare.setIdGenerator(ours.getIdGenerator() instanceof StrongUuidGenerator ? new StrongUuidGenerator() : null);
    bare.setJdbcBatchProcessing(ours.isJdbcBatchProcessing());
    bare.setEnforceHistoryTimeToLive(ours.isEnforceHistoryTimeToLive());
    bare.setHistoryRemovalTimeStrategy(ours.getHistoryRemovalTimeStrategy());
    bare.setGeneralResourceWhitelistPattern(ours.getGeneralResourceWhitelistPattern());
    bare.setLoggingContextBusinessKey(ours.getLoggingContextBusinessKey());
    bare.setMetricsEnabled(ours.isMetricsEnabled());
    bare.setDbMetricsReporterActivate(ours.isDbMetricsReporterActivate());
    bare.setCmmnEnabled(ours.isCmmnEnabled());
    bare.setDmnEnabled(ours.isDmnEnabled());
    bare.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
    ProcessEngine engine = bare.buildProcessEngine();
    String description = String.format(Locale.ROOT, "bare engine: plain Camunda %s (Standalone configuration, no"
        + " Spring, plugins: Spin only), own %s database; as ours: history %s, authorization %s, specific variable"
        + " permissions %s, historic instance permissions %s, task permission %s, serialization %s, ids %s,"
        + " job executor off", ProcessEngine.class.getPackage().getImplementationVersion(),
        oursUrl.startsWith("jdbc:h2") ? "H2 file" : "PostgreSQL", bare.getHistory(),
        onOff(bare.isAuthorizationEnabled()), onOff(bare.isEnforceSpecificVariablePermission()),
        onOff(bare.isEnableHistoricInstancePermissions()), bare.getDefaultUserPermissionNameForTask(),
        bare.getDefaultSerializationFormat(), bare.getIdGenerator().getClass().getSimpleName());
    try {
      copyIdentities(node.engine(), engine);
      deployStripped(node, engine, processKey);
    } catch (RuntimeException e) {
      engine.close();
      dataSource.close();
      throw e;
    }
    return new BareEngine(engine, dataSource, description, h2File);
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  /** Users, groups, centres, memberships and authorizations of ours, copied (no passwords: nobody logs in). */
  private static void copyIdentities(ProcessEngine from, ProcessEngine to) {
    IdentityService source = from.getIdentityService();
    IdentityService target = to.getIdentityService();
    for (Group group : source.createGroupQuery().list()) {
      Group copy = target.newGroup(group.getId());
      copy.setName(group.getName());
      copy.setType(group.getType());
      target.saveGroup(copy);
    }
    for (User user : source.createUserQuery().list()) {
      User copy = target.newUser(user.getId());
      copy.setFirstName(user.getFirstName());
      copy.setLastName(user.getLastName());
      copy.setEmail(user.getEmail());
      target.saveUser(copy);
      for (Group group : source.createGroupQuery().groupMember(user.getId()).list()) {
        target.createMembership(user.getId(), group.getId());
      }
    }
    for (Tenant tenant : source.createTenantQuery().list()) {
      Tenant copy = target.newTenant(tenant.getId());
      copy.setName(tenant.getName());
      target.saveTenant(copy);
      for (User user : source.createUserQuery().memberOfTenant(tenant.getId()).list()) {
        target.createTenantUserMembership(tenant.getId(), user.getId());
      }
      for (Group group : source.createGroupQuery().memberOfTenant(tenant.getId()).list()) {
        target.createTenantGroupMembership(tenant.getId(), group.getId());
      }
    }
    AuthorizationService sourceAuth = from.getAuthorizationService();
    AuthorizationService targetAuth = to.getAuthorizationService();
    for (Authorization authorization : sourceAuth.createAuthorizationQuery().list()) {
      var existing = targetAuth.createAuthorizationQuery().authorizationType(authorization.getAuthorizationType())
          .resourceType(authorization.getResourceType()).resourceId(authorization.getResourceId());
      if (authorization.getUserId() != null) {
        existing.userIdIn(authorization.getUserId());
      } else {
        existing.groupIdIn(authorization.getGroupId());
      }
      AuthorizationEntity copy = (AuthorizationEntity) existing.list().stream().findFirst()
          .orElseGet(() -> targetAuth.createNewAuthorization(authorization.getAuthorizationType()));
      copy.setUserId(authorization.getUserId());
      copy.setGroupId(authorization.getGroupId());
      copy.setResourceType(authorization.getResourceType());
      copy.setResourceId(authorization.getResourceId());
      copy.setPermissions(((AuthorizationEntity) authorization).getPermissions());
      targetAuth.saveAuthorization(copy);
    }
  }

  /**
   * The latest model of ours and every process it calls (its call activities', and theirs, e.g. the receiving
   * organisation's {@code referralSupportProcess}), each stripped, with the decision tables and forms of the same
   * deployment, in one deployment.
   */
  private static void deployStripped(ApplicationNode node, ProcessEngine bare, String processKey) {
    RepositoryService ours = node.engine().getRepositoryService();
    DeploymentBuilder deployment = bare.getRepositoryService().createDeployment().name("bare");
    Set<String> keys = new LinkedHashSet<>(List.of(processKey));
    String deploymentId = null;
    for (List<String> pending = List.of(processKey); !pending.isEmpty(); ) {
      List<String> called = new ArrayList<>();
      for (String key : pending) {
        ProcessDefinition definition = ours.createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().singleResult();
        BpmnModelInstance model;
        try (InputStream xml = ours.getProcessModel(definition.getId())) {
          model = Bpmn.readModelFromStream(xml);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
          if (keys.add(call.getCalledElement())) {
            called.add(call.getCalledElement());
          }
        }
        deployment.addString(definition.getResourceName(), strip(model, node));
        deploymentId = deploymentId == null ? definition.getDeploymentId() : deploymentId;
      }
      pending = called;
    }
    for (String resource : ours.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".dmn") || resource.endsWith(".form")) {
        deployment.addInputStream(resource, ours.getResourceAsStream(deploymentId, resource));
      }
    }
    deployment.deploy();
  }

  /**
   * Strips everything of ours from a model: every service and send task becomes a {@link NoOpDelegate} (no
   * delegate expression, expression, connector or field injection), every execution and task listener goes, and
   * the expressions that call our beans get the engine-only equivalent of what they return: the consent gateway
   * reads the consent variable, the first-contact due date and timer are the configured duration. A model that
   * still names one of our beans afterwards is refused, so nothing of ours slips into the baseline.
   */
  static String strip(BpmnModelInstance model, ApplicationNode node) {
    List<BpmnModelElementInstance> steps = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
    steps.addAll(model.getModelElementsByType(SendTask.class));
    for (BpmnModelElementInstance step : steps) {
      for (String attribute : List.of("class", "delegateExpression", "expression", "resultVariable", "type",
          "topic")) {
        step.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", attribute);
      }
      step.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class", NoOpDelegate.class.getName());
    }
    List<ModelElementInstance> ours = new ArrayList<>();
    ours.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
    ours.addAll(model.getModelElementsByType(CamundaTaskListener.class));
    ours.addAll(model.getModelElementsByType(CamundaConnector.class));
    for (CamundaField field : model.getModelElementsByType(CamundaField.class)) {
      if (steps.contains(field.getParentElement().getParentElement())) {
        ours.add(field);
      }
    }
    ours.forEach(element -> element.getParentElement().removeChildElement(element));

    String deadline = node.bean(ReferralDeadlines.class).firstContactDuration();
    long seconds = java.time.Duration.parse(deadline).getSeconds();
    ReferralProperties deadlines = node.bean(ReferralProperties.class);
    String xml = Bpmn.convertToString(model)
        .replace("${referralConsent.covers(execution)}", "${consentGiven}")
        .replace("${referralDeadlines.firstContactDue(execution)}", "${dateTime().plusSeconds(" + seconds + ").toDate()}")
        .replace("${referralDeadlines.firstContactDuration(execution)}", deadline)
        .replace("${referralDeadlines.consentDue(execution)}", "${dateTime().plusSeconds("
            + deadlines.consentDeadline("NORMAL").getSeconds() + ").toDate()}")
        .replace("${referralDeadlines.routeDecisionDue(execution)}", "${dateTime().plusSeconds("
            + deadlines.routeDecisionDeadline("NORMAL").getSeconds() + ").toDate()}");
    Set<String> beans = new TreeSet<>();
    Matcher roots = EXPRESSION_ROOT.matcher(xml);
    while (roots.find()) {
      if (node.context().containsBean(roots.group(1))) {
        beans.add(roots.group(1));
      }
    }
    if (!beans.isEmpty()) {
      throw new IllegalStateException("The bare model still calls our beans " + beans
          + "; give each expression an engine-only stand-in in BareEngine.strip");
    }
    return xml;
  }

  /** Closes the engine and its pool; the bare H2 file (hundreds of MB after a run) goes too. */
  @Override
  public void close() {
    engine.close();
    dataSource.close();
    if (h2File != null) {
      for (String extension : List.of(".mv.db", ".trace.db")) {
        try {
          java.nio.file.Files.deleteIfExists(h2File.resolveSibling(h2File.getFileName() + extension));
        } catch (IOException e) {
          System.err.println("could not remove " + h2File + extension + ": " + e);
        }
      }
    }
  }
}
