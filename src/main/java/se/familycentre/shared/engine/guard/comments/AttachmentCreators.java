package se.familycentre.shared.engine.guard.comments;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who created each attachment (table {@code fc_attachment_creator}): the engine records nobody. Its attachment
 * carries no user (ACT_HI_ATTACHMENT has a USER_ID_ column that Camunda 7 never writes), and its user operation log
 * entry names the user and the file name but not the attachment, and can be deleted by an administrator. Written by
 * {@link AttachmentGuard} in the transaction that creates the attachment, so both are saved or neither.
 *
 * <p>An attachment the engine removes by itself (history cleanup, deleting a process instance's or a task's history)
 * leaves its row here behind; {@link #forgetRemoved()} deletes those after the nightly history cleanup window, so a
 * creator is kept no longer than the attachment.
 * (Spring's scheduling is switched on here for that one nightly task.)
 */
@Component
@EnableScheduling
public class AttachmentCreators {

  private static final Logger LOG = LoggerFactory.getLogger(AttachmentCreators.class);

  private final JdbcTemplate jdbc;
  private final ObjectProvider<ProcessEngine> engine;

  public AttachmentCreators(JdbcTemplate jdbc, ObjectProvider<ProcessEngine> engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  void record(String attachmentId, String userId) {
    jdbc.update("INSERT INTO fc_attachment_creator (attachment_id, user_id) VALUES (?, ?)", attachmentId, userId);
  }

  /** The user who created the attachment; empty for one created without a user or before creators were kept. */
  Optional<String> creator(String attachmentId) {
    List<String> users = jdbc.queryForList("SELECT user_id FROM fc_attachment_creator WHERE attachment_id = ?",
        String.class, attachmentId);
    return users.stream().findFirst();
  }

  void forget(String attachmentId) {
    jdbc.update("DELETE FROM fc_attachment_creator WHERE attachment_id = ?", attachmentId);
  }

  /** Deletes the creators of attachments that no longer exist; returns how many. */
  @Scheduled(cron = "${familycentre.attachment-creators.forget-removed:0 30 5 * * *}", zone = "Europe/Stockholm")
  public int forgetRemoved() {
    String prefix = ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration())
        .getDatabaseTablePrefix();
    int forgotten = jdbc.update("DELETE FROM fc_attachment_creator WHERE NOT EXISTS (SELECT 1 FROM " + prefix
        + "ACT_HI_ATTACHMENT A WHERE A.ID_ = fc_attachment_creator.attachment_id)");
    if (forgotten > 0) {
      LOG.info("Forgot the creators of {} attachments the engine has removed", forgotten);
    }
    return forgotten;
  }
}
