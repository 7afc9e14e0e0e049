-- Foundation schema: regions, organisations, users, API tokens and the audit log.
-- Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

CREATE TABLE province (
  code CHAR(4) NOT NULL,
  name VARCHAR(120) NOT NULL,
  CONSTRAINT pk_province PRIMARY KEY (code)
);

CREATE TABLE corop_region (
  code CHAR(4) NOT NULL,
  name VARCHAR(120) NOT NULL,
  province_code CHAR(4) NOT NULL,
  CONSTRAINT pk_corop_region PRIMARY KEY (code),
  CONSTRAINT fk_corop_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE municipality (
  code CHAR(6) NOT NULL,
  name VARCHAR(120) NOT NULL,
  corop_code CHAR(4) NOT NULL,
  CONSTRAINT pk_municipality PRIMARY KEY (code),
  CONSTRAINT fk_municipality_corop FOREIGN KEY (corop_code) REFERENCES corop_region (code)
);

CREATE TABLE organisation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(200) NOT NULL,
  cbs_code CHAR(6) NULL,
  kvk_number CHAR(8) NULL,
  municipality_code CHAR(6) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_organisation PRIMARY KEY (id),
  CONSTRAINT uq_organisation_cbs UNIQUE (cbs_code),
  CONSTRAINT uq_organisation_kvk UNIQUE (kvk_number),
  CONSTRAINT fk_organisation_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_organisation_kind ON organisation (kind, name);

CREATE TABLE app_user (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  username VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  organisation_id BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE app_user_role (
  user_id BIGINT NOT NULL,
  role_name VARCHAR(20) NOT NULL,
  CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role_name),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE api_token (
  id BIGINT NOT NULL AUTO_INCREMENT,
  token_hash CHAR(64) NOT NULL,
  user_id BIGINT NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_api_token PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_expiry ON api_token (expires_at);

-- Append-only: the application inserts rows and never updates or deletes them.
CREATE TABLE audit_entry (
  id BIGINT NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  organisation_id BIGINT NULL,
  action_code VARCHAR(60) NOT NULL,
  object_type VARCHAR(60) NULL,
  object_id VARCHAR(60) NULL,
  detail VARCHAR(1000) NULL,
  CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id);
