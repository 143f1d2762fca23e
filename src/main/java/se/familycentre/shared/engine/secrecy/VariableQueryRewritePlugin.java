package se.familycentre.shared.engine.secrecy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The visibility matrix inside the engine's variable queries: runtime variable instances, historic variable
 * instances and historic details (REST {@code /variable-instance}, {@code /history/variable-instance},
 * {@code /history/detail}, their counts and single reads by id, Cockpit's and Tasklist's variable columns) return
 * and count only the variables the signed-in user's groups may read in that process (see
 * {@link se.familycentre.secrecy.VisibilityMatrix}).
 *
 * <p>Why in the SQL: the engine lets any group that has or had a task in an instance read all its historic
 * variables (the historic queries join ACT_HI_TASKINST on the process instance), and a filter applied to the rows
 * afterwards would leave the counts and pages telling what was removed. The engine's own authorization check stays
 * as it is (which instances); this adds which variables, as one more condition in the same statement.
 *
 * <p>The statements are derived at start from the engine's own mappings, with the condition added at the end of
 * their WHERE clause and only where the engine checks a user's authorizations (never for administrators or the
 * engine's own work). If an engine upgrade changes what this relies on, the application refuses to start.
 */
@Component
public class VariableQueryRewritePlugin extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "se.familycentre.shared.engine.secrecy.VariableVisibility";
  static final String PREFIX = "fcVisible_";
  private static final String ENGINE = "org/camunda/bpm/engine/impl/mapping/entity/";

  /** One family of statements: where it is, its list and count statements, and the column with the process key. */
  record Target(String mapping, String namespace, String criteria, String list, String count, String keyColumn) {
  }

  static final List<Target> TARGETS = List.of(
      new Target(ENGINE + "HistoricVariableInstance.xml",
          "org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity",
          "selectHistoricVariableInstanceByQueryCriteriaSql", "selectHistoricVariableInstanceByQueryCriteria",
          "selectHistoricVariableInstanceCountByQueryCriteria", "RES.PROC_DEF_KEY_"),
      new Target(ENGINE + "HistoricDetail.xml", "org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailEntity",
          "selectHistoricDetailsByQueryCriteriaSql", "selectHistoricDetailsByQueryCriteria",
          "selectHistoricDetailCountByQueryCriteria", "RES.PROC_DEF_KEY_"),
      // runtime: the process definition is joined in exactly where the engine checks authorizations
      new Target(ENGINE + "VariableInstance.xml", "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity",
          "selectVariableInstanceByQueryCriteriaSql", "selectVariableInstanceByQueryCriteria",
          "selectVariableInstanceCountByQueryCriteria", "PROCDEF.KEY_"));

  /**
   * Readable (process, name) pairs of the user's groups, and the copies of the case reference and centre on tasks,
   * as the last condition of the WHERE clause.
   */
  private static final String CONDITION = """
        <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
          <bind name="fcReadable" value="@se.familycentre.shared.engine.secrecy.VariableVisibility@readableFor(
              authCheck.authUserId, authCheck.authGroupIds)" />
          <if test="fcReadable != null">
            <bind name="fcTaskCopies" value="@se.familycentre.shared.engine.secrecy.VariableVisibility@taskCopies()" />
            and ( ( RES.TASK_ID_ is not null and RES.NAME_ in
              <foreach item="fcName" collection="fcTaskCopies" open="(" separator="," close=")">#{fcName}</foreach> )
            <foreach item="fcProcess" collection="fcReadable">
              or ( %s = #{fcProcess.processKey} and RES.NAME_ in
              <foreach item="fcName" collection="fcProcess.names" open="(" separator="," close=")">#{fcName}</foreach> )
            </foreach>
            )
          </if>
        </if>
      """;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    for (Target target : TARGETS) {
      if (!mybatis.hasStatement(PREFIX + target.list())) {
        byte[] mapper = mapper(target, engineMapping(target.mapping())).getBytes(StandardCharsets.UTF_8);
        new XMLMapperBuilder(new ByteArrayInputStream(mapper), mybatis, NAMESPACE + "." + target.list(),
            mybatis.getSqlFragments()).parse();
      }
      mappings.put(target.list(), PREFIX + target.list());
      mappings.put(target.count(), PREFIX + target.count());
    }
    // a map of its own: the engine shares its database-specific map between all engines of the JVM
    sessions.setStatementMappings(mappings);
  }

  static String engineMapping(String resource) {
    try (InputStream in = VariableQueryRewritePlugin.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The engine's mapping " + resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Our copies of the target's list and count statements and their shared criteria, with the condition added. */
  static String mapper(Target target, String engineXml) {
    String criteria = element(target, engineXml, "sql", target.criteria());
    int where = criteria.indexOf("<where>");
    int end = where < 0 ? -1 : matchingEnd(criteria, where);
    if (where < 0 || end < 0) {
      throw unexpected(target, "a <where> block in <sql id=\"" + target.criteria() + "\">");
    }
    criteria = criteria.substring(0, end) + CONDITION.formatted(target.keyColumn()) + criteria.substring(end);
    StringBuilder xml = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        """.formatted(NAMESPACE + "." + target.list()));
    xml.append(renamed(target, criteria)).append('\n');
    xml.append(renamed(target, element(target, engineXml, "select", target.list()))).append('\n');
    xml.append(renamed(target, element(target, engineXml, "select", target.count()))).append('\n');
    return xml.append("</mapper>\n").toString();
  }

  /** The index of the {@code </where>} that closes the {@code <where>} at {@code start}. */
  private static int matchingEnd(String xml, int start) {
    Matcher tags = Pattern.compile("</?where>").matcher(xml);
    int depth = 0;
    tags.region(start, xml.length());
    while (tags.find()) {
      depth += tags.group().startsWith("</") ? -1 : 1;
      if (depth == 0) {
        return tags.start();
      }
    }
    return -1;
  }

  /** Our ids for the three elements; every other local reference (result maps, fragments) stays the engine's. */
  private static String renamed(Target target, String element) {
    String ours = element
        .replace("id=\"" + target.criteria() + "\"", "id=\"" + PREFIX + target.criteria() + "\"")
        .replace("id=\"" + target.list() + "\"", "id=\"" + PREFIX + target.list() + "\"")
        .replace("id=\"" + target.count() + "\"", "id=\"" + PREFIX + target.count() + "\"");
    Matcher local = Pattern.compile("(refid|resultMap)=\"([A-Za-z0-9_]+)\"").matcher(ours);
    StringBuilder qualified = new StringBuilder();
    while (local.find()) {
      String name = local.group(2);
      String replacement = name.startsWith(PREFIX) ? local.group()
          : local.group(1) + "=\"" + target.namespace() + "." + name + "\"";
      local.appendReplacement(qualified, Matcher.quoteReplacement(replacement));
    }
    local.appendTail(qualified);
    return qualified.toString().replace("refid=\"" + PREFIX + target.criteria() + "\"",
        "refid=\"" + NAMESPACE + "." + target.list() + "." + PREFIX + target.criteria() + "\"");
  }

  private static String element(Target target, String xml, String tag, String id) {
    Matcher start = Pattern.compile("<" + tag + " id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(xml);
    if (!start.find()) {
      throw unexpected(target, "<" + tag + " id=\"" + id + "\">");
    }
    int end = xml.indexOf("</" + tag + ">", start.end());
    if (end < 0) {
      throw unexpected(target, "the end of <" + tag + " id=\"" + id + "\">");
    }
    return xml.substring(start.start(), end + tag.length() + 3);
  }

  private static IllegalStateException unexpected(Target target, String what) {
    return new IllegalStateException("The engine's mapping " + target.mapping() + " no longer has " + what
        + "; se.familycentre.shared.engine.secrecy.VariableQueryRewritePlugin was written against Camunda 7.24 "
        + "and must be checked against this engine version before the application can start");
  }
}
