-- In-app messages to users: a tender was published to their firm, answers were published, a
-- phase changed, a decision was taken. The text is stored as a message key with its arguments so
-- each reader sees it in their own language. tender_id has no foreign key: the tender table
-- belongs to another migration and a message may outlive what it refers to.

CREATE TABLE notification (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recipient_user_id BIGINT NOT NULL,
  tender_id BIGINT NULL,
  message_key VARCHAR(120) NOT NULL,
  message_args VARCHAR(2000) NOT NULL,
  link VARCHAR(300) NULL,
  created_at DATETIME(6) NOT NULL,
  read_at DATETIME(6) NULL,
  CONSTRAINT pk_notification PRIMARY KEY (id),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_user_id)
    REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE INDEX ix_notification_recipient_created ON notification (recipient_user_id, created_at);
CREATE INDEX ix_notification_tender ON notification (tender_id);
