package se.familycentre.shared.engine.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * Tasklist's task list and count with authorization on, in time linear in the number of tasks.
 *
 * <p>Camunda 7.24's task query joins the authorization table into the task rows
 * ({@code join (select ... from ACT_RU_AUTHORIZATION ...) AUTH on AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')})
 * and then keeps the rows where {@code AUTH.RESOURCE_ID_ is not null}. The engine writes one authorization row per
 * task and candidate group, so a group with N open tasks also has N authorization rows, and because the join
 * condition is an OR over two tables no database can hash it: PostgreSQL compares every task with every row
 * (measured by {@code bench/run.sh explain=true}: 1,562,500 comparisons for 1,250 tasks; the count took 225 ms at
 * 10,000 open tasks and, by the issue's measurement, over a minute at 100,000).
 *
 * <p>This plugin gives the engine the same two statements ({@code selectTaskByQueryCriteria},
 * {@code selectTaskCountByQueryCriteria}) with the check written as {@code exists (select 1 from
 * ACT_RU_AUTHORIZATION A where <the same user, group, type and permission conditions> and A.RESOURCE_ID_ = ...)}
 * for everything ({@code '*'}), the task and its process definition: the very same rule (a task is visible when at
 * least one grant of the user or one of the user's groups covers the task, its process definition, or
 * everything), answered with one index lookup per task. The same rewrite went into the engine's successors (CIB seven, Operaton: "use EXISTS for task
 * authorization queries"). Nothing about who may see what changes; {@code TaskQueryAuthorizationTest} compares
 * both statements' answers for every demo user.
 *
 * <p>The statements are derived at start from the engine's own mapping ({@code Task.xml} in the engine jar), so
 * every filter of the task query stays exactly the engine's; if an engine upgrade changes the parts this rewrite
 * relies on, the application refuses to start and says so, rather than silently running either variant.
 * Where the engine checks revokes too ({@code authorizationCheckRevokes}, used when REVOKE rows exist), the
 * statement falls back to the engine's own per-row check, as before.
 */
@Component
public class TaskQueryAuthorizationPlugin extends AbstractProcessEnginePlugin {

  static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String NAMESPACE = "se.familycentre.shared.tasklist.TaskQueryAuthorization";
  static final String LIST = "selectTaskByQueryCriteria";
  static final String COUNT = "selectTaskCountByQueryCriteria";
  static final String GROUPS = "selectAuthorizedGroupIds";
  static final String PREFIX = "fcExists_";

  private static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final String AUTH = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";
  private static final String CRITERIA = "selectTaskByQueryCriteriaSql";

  /** The join of the authorization table into the task rows, as the engine writes it. */
  private static final Pattern AUTH_JOIN = Pattern.compile(
      "<if test=\"authCheck\\.shouldPerformAuthorizatioCheck &amp;&amp; authCheck\\.authUserId != null\">\\s*"
          + "<if test=\"!authCheck\\.revokeAuthorizationCheckEnabled\">\\s*"
          + "<include refid=\"" + Pattern.quote(AUTH) + "\\.authCheckJoinWithoutOnClause\" />\\s*"
          + "AUTH ON \\(AUTH\\.RESOURCE_ID_ \\$\\{authJoinStart\\} RES\\.ID_ \\$\\{authJoinSeparator\\} D\\.KEY_ "
          + "\\$\\{authJoinSeparator\\} '\\*' \\$\\{authJoinEnd\\}\\)\\s*</if>\\s*</if>");

  /** The condition on the joined rows, as the engine writes it. */
  private static final Pattern AUTH_CONDITION = Pattern.compile(
      "<include refid=\"" + Pattern.quote(AUTH) + "\\.contextualAuthorizationCheck\" />");

  /**
   * The same grants as the engine's join selects, asked per task, in three steps, each answered by one index lookup
   * and the first that holds ends the check: a grant on everything ({@code '*'}, the same for every task, so the
   * database asks it once), a grant on the task itself (how work groups see their tasks), a grant on the task's
   * process definition. {@code OFFSET 0 ROWS} (no effect on the answer) keeps PostgreSQL from turning an EXISTS back
   * into a join: it cannot estimate {@code PERMS_ & n = n}, guesses one matching grant row and would again compare
   * every task with every grant row (measured: 213 ms instead of 14 ms for 250 tasks).
   */
  private static final String EXISTS_CONDITION = """
      <choose>
        <when test="authCheck.revokeAuthorizationCheckEnabled">
          <include refid="%1$s.contextualAuthorizationCheck" />
        </when>
        <when test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
          <bind name="authGroupIds" value="authCheck.authGroupIds" />
          <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
          <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
          and (
          <if test="authCheck.useLeftJoin">
            (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR
          </if>
          EXISTS (<include refid="%2$sgrantsOfUser" /> AND A.RESOURCE_ID_ = '*' OFFSET 0 ROWS)
          OR EXISTS (<include refid="%2$sgrantsOfUser" /> AND A.RESOURCE_ID_ = RES.ID_ OFFSET 0 ROWS)
          OR EXISTS (<include refid="%2$sgrantsOfUser" /> AND A.RESOURCE_ID_ = D.KEY_ OFFSET 0 ROWS)
          )
        </when>
      </choose>
      """.formatted(AUTH, PREFIX);

  /** The grant rows of the authenticated user and their groups that carry the permission asked for. */
  private static final String GRANTS_OF_USER = """
        <sql id="%2$sgrantsOfUser">
          SELECT 1 FROM ${prefix}ACT_RU_AUTHORIZATION A
          WHERE A.TYPE_ &lt; 2
          AND ( A.USER_ID_ in ( #{authCheck.authUserId, jdbcType=VARCHAR}, '*')
          <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
            OR A.GROUP_ID_ IN <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
          </if>
          )
          <include refid="%1$s.atomicChecksOnResourceTypeAndPerms" />
        </sql>
      """.formatted(AUTH, PREFIX);

  /**
   * Before every check, the engine asks which groups hold any authorization at all
   * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, once per command), which reads the whole table:
   * with a row per open task, every Tasklist request paid for every open task. The same set of groups, found by
   * stepping through the group index from one group to the next (a few index lookups, however many rows).
   * The engine drops the null group of user grants itself; MIN skips it.
   */
  private static final String AUTHORIZED_GROUPS = """
        <select id="%1$s%2$s" resultType="string">
          WITH RECURSIVE G (GROUP_ID_) AS (
            SELECT MIN(GROUP_ID_) FROM ${prefix}ACT_RU_AUTHORIZATION
            UNION ALL
            SELECT (SELECT MIN(A.GROUP_ID_) FROM ${prefix}ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ &gt; G.GROUP_ID_)
            FROM G WHERE G.GROUP_ID_ IS NOT NULL
          )
          SELECT GROUP_ID_ FROM G WHERE GROUP_ID_ IS NOT NULL
        </select>
      """.formatted(PREFIX, GROUPS);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(PREFIX + LIST)) {
      byte[] mapper = mapper(engineMapping()).getBytes(StandardCharsets.UTF_8);
      new XMLMapperBuilder(new ByteArrayInputStream(mapper), mybatis, NAMESPACE, mybatis.getSqlFragments()).parse();
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    mappings.put(LIST, PREFIX + LIST);
    mappings.put(COUNT, PREFIX + COUNT);
    mappings.put(GROUPS, PREFIX + GROUPS);
    // a map of its own: the engine shares its database-specific map between all engines of the JVM
    sessions.setStatementMappings(mappings);
  }

  static String engineMapping() {
    try (InputStream in = TaskQueryAuthorizationPlugin.class.getClassLoader().getResourceAsStream(ENGINE_MAPPING)) {
      if (in == null) {
        throw new IllegalStateException("The engine's task mapping " + ENGINE_MAPPING + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mapper with our two statements, derived from the engine's Task.xml: the list and count statements and
   * the criteria they share, renamed, with the authorization join removed and its condition written as EXISTS.
   */
  static String mapper(String engineXml) {
    String criteria = replaceOnce(element(engineXml, "sql", CRITERIA), AUTH_JOIN, "");
    criteria = replaceOnce(criteria, AUTH_CONDITION, Matcher.quoteReplacement(EXISTS_CONDITION));
    StringBuilder xml = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        """.formatted(NAMESPACE));
    xml.append(GRANTS_OF_USER);
    xml.append(renamed(criteria)).append('\n');
    xml.append(renamed(element(engineXml, "select", LIST))).append('\n');
    xml.append(renamed(element(engineXml, "select", COUNT))).append('\n');
    xml.append(AUTHORIZED_GROUPS);
    return xml.append("</mapper>\n").toString();
  }

  /** Our ids; references to the engine's own result map and column list stay the engine's. */
  private static String renamed(String element) {
    return element
        .replace("id=\"" + CRITERIA + "\"", "id=\"" + PREFIX + CRITERIA + "\"")
        .replace("refid=\"" + CRITERIA + "\"", "refid=\"" + PREFIX + CRITERIA + "\"")
        .replace("id=\"" + LIST + "\"", "id=\"" + PREFIX + LIST + "\"")
        .replace("id=\"" + COUNT + "\"", "id=\"" + PREFIX + COUNT + "\"")
        .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"")
        .replace("refid=\"columnSelection\"", "refid=\"" + ENGINE_NAMESPACE + ".columnSelection\"");
  }

  private static String element(String xml, String tag, String id) {
    Matcher start = Pattern.compile("<" + tag + " id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(xml);
    if (!start.find()) {
      throw unexpected("<" + tag + " id=\"" + id + "\">");
    }
    int end = xml.indexOf("</" + tag + ">", start.end());
    if (end < 0) {
      throw unexpected("the end of <" + tag + " id=\"" + id + "\">");
    }
    return xml.substring(start.start(), end + tag.length() + 3);
  }

  private static String replaceOnce(String text, Pattern pattern, String replacement) {
    long occurrences = pattern.matcher(text).results().count();
    if (occurrences != 1) {
      throw unexpected((occurrences == 0 ? "" : "only one occurrence of ") + pattern.pattern());
    }
    return pattern.matcher(text).replaceFirst(replacement);
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException("The engine's task query mapping (" + ENGINE_MAPPING + ") no longer has "
        + what + "; se.familycentre.shared.engine.tasklist.TaskQueryAuthorizationPlugin was written against Camunda 7.24 "
        + "and must be checked against this engine version before the application can start");
  }
}
