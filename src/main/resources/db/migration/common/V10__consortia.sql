-- Consortia (issue 6): a lead firm invites partner firms to respond to one tender together. Each
-- member covers a work package and an agreed share of the value (percent, all shares adding to
-- 100); the consortium is FORMED once every invited firm accepted. Portable SQL for H2 in MySQL
-- mode, MySQL 8 and MariaDB 10.11, so it lives in common/ like the migrations before it.

CREATE TABLE consortium (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  tender_id BIGINT NOT NULL,
  lead_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_consortium PRIMARY KEY (id),
  CONSTRAINT fk_consortium_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_consortium_lead FOREIGN KEY (lead_id) REFERENCES organisation (id)
);
-- Proposals check "is this firm already in a live consortium for this tender?" per tender.
CREATE INDEX ix_consortium_tender ON consortium (tender_id, status);

-- One row per firm, the lead included (role LEAD, accepted from the start).
CREATE TABLE consortium_member (
  id BIGINT NOT NULL AUTO_INCREMENT,
  consortium_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  member_role VARCHAR(10) NOT NULL,
  work_package VARCHAR(500) NOT NULL,
  share_percent DECIMAL(5,2) NOT NULL,
  invitation VARCHAR(10) NOT NULL,
  invited_at DATETIME(6) NOT NULL,
  answered_at DATETIME(6) NULL,
  decline_reason VARCHAR(1000) NULL,
  CONSTRAINT pk_consortium_member PRIMARY KEY (id),
  CONSTRAINT uq_consortium_member UNIQUE (consortium_id, organisation_id),
  CONSTRAINT fk_consortium_member_consortium FOREIGN KEY (consortium_id)
    REFERENCES consortium (id) ON DELETE CASCADE,
  CONSTRAINT fk_consortium_member_organisation FOREIGN KEY (organisation_id)
    REFERENCES organisation (id),
  CONSTRAINT ck_consortium_member_share CHECK (share_percent > 0 AND share_percent <= 100)
);
-- A firm's inbox: every consortium it leads or is invited to.
CREATE INDEX ix_consortium_member_organisation ON consortium_member (organisation_id);
