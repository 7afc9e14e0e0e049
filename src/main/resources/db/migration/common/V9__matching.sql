-- Matching: what a need asks of firms, each municipality's weights for ranking firms, and the
-- invitations sent on publication (with their scores, so that firms with equal scores take turns).

ALTER TABLE tender ADD COLUMN required_certifications VARCHAR(200) NULL;
ALTER TABLE tender ADD COLUMN preferred_certifications VARCHAR(200) NULL;
ALTER TABLE tender ADD COLUMN service_area_required BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE matching_policy (
  municipality_code CHAR(6) NOT NULL,
  version BIGINT NOT NULL,
  capability_weight INT NOT NULL,
  circularity_weight INT NOT NULL,
  locality_weight INT NOT NULL,
  capacity_weight INT NOT NULL,
  social_value_weight INT NOT NULL,
  certification_weight INT NOT NULL,
  track_record_weight INT NOT NULL,
  verification_weight INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  CONSTRAINT pk_matching_policy PRIMARY KEY (municipality_code)
);

CREATE TABLE tender_invitation (
  tender_id BIGINT NOT NULL,
  supplier_id BIGINT NOT NULL,
  list_rank INT NOT NULL,
  score DECIMAL(6,4) NOT NULL,
  invited_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_tender_invitation PRIMARY KEY (tender_id, supplier_id),
  CONSTRAINT fk_tender_invitation_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE,
  CONSTRAINT fk_tender_invitation_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id) ON DELETE CASCADE
);

CREATE INDEX ix_tender_invitation_supplier ON tender_invitation (supplier_id);
