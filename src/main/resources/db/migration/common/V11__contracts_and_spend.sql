-- Contracts, spend and impact reporting (issue 7). A contract comes from an award or is entered
-- for a purchase made outside the platform; its parties share its value in percent (a consortium's
-- shares, or 100 for a sole supplier). Each invoice (spend_record) is attributed to the parties by
-- those shares (spend_share), with the recipient's facts at the time of attribution, so that
-- local, SME and social spend count the firms that earned the money. spend_summary holds the
-- sums per month and breakdown that the dashboard reads; it is rebuilt per buyer and year after
-- every change to that year's spend. Portable SQL for H2 in MySQL mode, MySQL 8 and MariaDB 10.11.

CREATE TABLE contract (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  buyer_id BIGINT NOT NULL,
  reference VARCHAR(60) NOT NULL,
  title VARCHAR(200) NOT NULL,
  department VARCHAR(120) NOT NULL,
  tender_id BIGINT NULL,
  origin VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
  contract_value DECIMAL(15,2) NOT NULL,
  r_strategy VARCHAR(3) NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  signed_at DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_contract PRIMARY KEY (id),
  CONSTRAINT uq_contract_reference UNIQUE (buyer_id, reference),
  CONSTRAINT fk_contract_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
  CONSTRAINT fk_contract_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT ck_contract_period CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_contract_tender ON contract (tender_id);
CREATE INDEX ix_contract_buyer ON contract (buyer_id, signed_at);

CREATE TABLE contract_lot (
  contract_id BIGINT NOT NULL,
  lot_id BIGINT NOT NULL,
  CONSTRAINT pk_contract_lot PRIMARY KEY (contract_id, lot_id),
  CONSTRAINT fk_contract_lot_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
  CONSTRAINT fk_contract_lot_lot FOREIGN KEY (lot_id) REFERENCES tender_lot (id)
);

-- The firms that carry out the contract: one SOLE party, or a consortium's LEAD and MEMBERs.
CREATE TABLE contract_party (
  id BIGINT NOT NULL AUTO_INCREMENT,
  contract_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  party_role VARCHAR(10) NOT NULL,
  share_percent DECIMAL(5,2) NOT NULL,
  CONSTRAINT pk_contract_party PRIMARY KEY (id),
  CONSTRAINT uq_contract_party UNIQUE (contract_id, organisation_id),
  CONSTRAINT fk_contract_party_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
  CONSTRAINT fk_contract_party_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_contract_party_share CHECK (share_percent > 0 AND share_percent <= 100)
);
-- A supplier's "my contracts".
CREATE INDEX ix_contract_party_organisation ON contract_party (organisation_id);

CREATE TABLE contract_milestone (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  contract_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  due_on DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  completed_on DATE NULL,
  note VARCHAR(2000) NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  CONSTRAINT pk_contract_milestone PRIMARY KEY (id),
  CONSTRAINT fk_contract_milestone_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE
);
CREATE INDEX ix_contract_milestone_contract ON contract_milestone (contract_id, due_on);

-- A key performance indicator: what is measured (e.g. share of secondary material, CO2 avoided,
-- social-return hours, local jobs), its target, and the latest measured value.
CREATE TABLE contract_kpi (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  contract_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  unit VARCHAR(40) NOT NULL,
  target_value DECIMAL(15,2) NOT NULL,
  higher_is_better BOOLEAN NOT NULL,
  measured_value DECIMAL(15,2) NULL,
  measured_on DATE NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  CONSTRAINT pk_contract_kpi PRIMARY KEY (id),
  CONSTRAINT fk_contract_kpi_contract FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE
);
CREATE INDEX ix_contract_kpi_contract ON contract_kpi (contract_id);

-- One invoice on a contract and its payment. import_key identifies a line of the financial
-- system's export so that importing the same file again changes nothing (or records a payment).
CREATE TABLE spend_record (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  buyer_id BIGINT NOT NULL,
  contract_id BIGINT NOT NULL,
  import_key VARCHAR(200) NOT NULL,
  invoice_number VARCHAR(60) NULL,
  invoice_date DATE NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  paid_on DATE NULL,
  r_strategy VARCHAR(3) NULL,
  origin VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_spend_record PRIMARY KEY (id),
  CONSTRAINT uq_spend_record_key UNIQUE (buyer_id, import_key),
  CONSTRAINT fk_spend_record_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
  CONSTRAINT fk_spend_record_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
);
CREATE INDEX ix_spend_record_contract ON spend_record (contract_id, invoice_date);

-- The part of an invoice that one firm earned, with the facts reporting classifies by, as they
-- were when the invoice was attributed. counts_invoice is true for exactly one share per invoice
-- so that invoice counts (payment on time) are not multiplied by the number of parties.
CREATE TABLE spend_share (
  id BIGINT NOT NULL AUTO_INCREMENT,
  spend_record_id BIGINT NOT NULL,
  buyer_id BIGINT NOT NULL,
  recipient_id BIGINT NOT NULL,
  amount DECIMAL(15,2) NOT NULL,
  spend_year SMALLINT NOT NULL,
  spend_month SMALLINT NOT NULL,
  department VARCHAR(120) NOT NULL,
  r_strategy VARCHAR(3) NULL,
  circular BOOLEAN NOT NULL,
  locality VARCHAR(12) NOT NULL,
  recipient_region CHAR(4) NULL,
  size_class VARCHAR(10) NOT NULL,
  social_enterprise BOOLEAN NOT NULL,
  counts_invoice BOOLEAN NOT NULL,
  payment VARCHAR(10) NOT NULL,
  CONSTRAINT pk_spend_share PRIMARY KEY (id),
  CONSTRAINT fk_spend_share_record FOREIGN KEY (spend_record_id) REFERENCES spend_record (id) ON DELETE CASCADE,
  CONSTRAINT fk_spend_share_recipient FOREIGN KEY (recipient_id) REFERENCES organisation (id)
);
CREATE INDEX ix_spend_share_year ON spend_share (buyer_id, spend_year);
CREATE INDEX ix_spend_share_record ON spend_share (spend_record_id);

-- Sums of spend_share per buyer, year, month and every breakdown the dashboard offers. Rebuilt for
-- one buyer and year at a time (SpendSummary); the dashboard never reads spend_share itself.
CREATE TABLE spend_summary (
  id BIGINT NOT NULL AUTO_INCREMENT,
  buyer_id BIGINT NOT NULL,
  spend_year SMALLINT NOT NULL,
  spend_month SMALLINT NOT NULL,
  department VARCHAR(120) NOT NULL,
  r_strategy VARCHAR(3) NULL,
  circular BOOLEAN NOT NULL,
  locality VARCHAR(12) NOT NULL,
  recipient_region CHAR(4) NULL,
  size_class VARCHAR(10) NOT NULL,
  social_enterprise BOOLEAN NOT NULL,
  payment VARCHAR(10) NOT NULL,
  amount DECIMAL(17,2) NOT NULL,
  invoices INT NOT NULL,
  CONSTRAINT pk_spend_summary PRIMARY KEY (id)
);
CREATE INDEX ix_spend_summary_year ON spend_summary (buyer_id, spend_year);

-- A municipality's targets for a year, in percent of its spend.
CREATE TABLE spend_target (
  buyer_id BIGINT NOT NULL,
  target_year SMALLINT NOT NULL,
  version BIGINT NOT NULL,
  circular_percent DECIMAL(5,2) NOT NULL,
  local_percent DECIMAL(5,2) NOT NULL,
  sme_percent DECIMAL(5,2) NOT NULL,
  social_percent DECIMAL(5,2) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  CONSTRAINT pk_spend_target PRIMARY KEY (buyer_id, target_year),
  CONSTRAINT fk_spend_target_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id)
);
