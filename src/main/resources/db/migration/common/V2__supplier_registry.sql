-- Supplier registry: the profile of each supplier organisation with its capabilities.

CREATE TABLE supplier_profile (
  organisation_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  contact_name VARCHAR(200) NOT NULL,
  email VARCHAR(254) NOT NULL,
  phone VARCHAR(40) NULL,
  street VARCHAR(200) NULL,
  postcode CHAR(6) NULL,
  city VARCHAR(120) NULL,
  employees INT NOT NULL,
  annual_turnover DECIMAL(15,2) NOT NULL,
  size_class VARCHAR(10) NOT NULL,
  social_enterprise BOOLEAN NOT NULL,
  cso_registered BOOLEAN NOT NULL,
  pso_level VARCHAR(10) NULL,
  target_group_percent DECIMAL(5,2) NULL,
  max_contract_value DECIMAL(15,2) NULL,
  available_from DATE NULL,
  available_until DATE NULL,
  service_area VARCHAR(20) NOT NULL,
  description VARCHAR(4000) NULL,
  kvk_verified BOOLEAN NOT NULL,
  social_verified BOOLEAN NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_supplier_profile PRIMARY KEY (organisation_id),
  CONSTRAINT fk_supplier_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_supplier_profile_size ON supplier_profile (size_class);

CREATE TABLE supplier_cpv (
  organisation_id BIGINT NOT NULL,
  cpv_code CHAR(8) NOT NULL,
  CONSTRAINT pk_supplier_cpv PRIMARY KEY (organisation_id, cpv_code),
  CONSTRAINT fk_supplier_cpv_profile FOREIGN KEY (organisation_id) REFERENCES supplier_profile (organisation_id) ON DELETE CASCADE
);
CREATE INDEX ix_supplier_cpv_code ON supplier_cpv (cpv_code);

CREATE TABLE supplier_r_strategy (
  organisation_id BIGINT NOT NULL,
  r_strategy VARCHAR(3) NOT NULL,
  CONSTRAINT pk_supplier_r_strategy PRIMARY KEY (organisation_id, r_strategy),
  CONSTRAINT fk_supplier_r_profile FOREIGN KEY (organisation_id) REFERENCES supplier_profile (organisation_id) ON DELETE CASCADE
);

CREATE TABLE supplier_certification (
  organisation_id BIGINT NOT NULL,
  list_position INT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  name VARCHAR(200) NULL,
  level_value INT NULL,
  expires_on DATE NULL,
  CONSTRAINT pk_supplier_certification PRIMARY KEY (organisation_id, list_position),
  CONSTRAINT fk_supplier_cert_profile FOREIGN KEY (organisation_id) REFERENCES supplier_profile (organisation_id) ON DELETE CASCADE
);
