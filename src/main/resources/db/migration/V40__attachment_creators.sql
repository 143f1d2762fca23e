-- Who created each task attachment: the engine records nobody (ACT_HI_ATTACHMENT.USER_ID_ is never written). Written
-- by the attachment guard in the transaction that creates the attachment; only its creator (or an administrator) may
-- change or delete it. Rows of attachments the engine has removed are deleted after the nightly history cleanup.
CREATE TABLE fc_attachment_creator (
  attachment_id VARCHAR(64) PRIMARY KEY,
  user_id VARCHAR(255) NOT NULL
);
