-- Supplier profiles: past projects as references, and removal of a firm's account.

CREATE TABLE supplier_reference (
  organisation_id BIGINT NOT NULL,
  list_position INT NOT NULL,
  buyer VARCHAR(200) NOT NULL,
  project_year INT NOT NULL,
  contract_value DECIMAL(15,2) NULL,
  cpv_code CHAR(8) NULL,
  circular_aspect VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_supplier_reference PRIMARY KEY (organisation_id, list_position),
  CONSTRAINT fk_supplier_reference_profile FOREIGN KEY (organisation_id) REFERENCES supplier_profile (organisation_id) ON DELETE CASCADE
);

-- A removed organisation stays as an anonymous row so that tender history keeps its references.
ALTER TABLE organisation ADD COLUMN removed_at DATETIME(6) NULL;
