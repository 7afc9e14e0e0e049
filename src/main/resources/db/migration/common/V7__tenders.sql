-- RCC tenders: the need with its lots and criteria, responses (entry pitch and sealed offer),
-- questions and answers, dialogue sessions, committee scores and complaints.
-- Long texts are TEXT: MariaDB counts each VARCHAR at its full utf8mb4 size against the 64 KB row.

CREATE TABLE tender (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  buyer_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  title VARCHAR(200) NOT NULL,
  ambition TEXT NULL,
  scope TEXT NULL,
  circular_goal VARCHAR(2000) NULL,
  purchase_kind VARCHAR(20) NOT NULL,
  location_code CHAR(6) NULL,
  max_budget DECIMAL(15,2) NULL,
  estimated_value DECIMAL(15,2) NULL,
  social_return_percent DECIMAL(5,2) NULL,
  price_weight INT NULL,
  procedure_type VARCHAR(40) NULL,
  entry_deadline DATETIME(6) NULL,
  dialogue_start DATETIME(6) NULL,
  dialogue_end DATETIME(6) NULL,
  offer_deadline DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  published_at DATETIME(6) NULL,
  status_changed_at DATETIME(6) NOT NULL,
  offers_opened_at DATETIME(6) NULL,
  award_reason TEXT NULL,
  standstill_ends_at DATETIME(6) NULL,
  awarded_at DATETIME(6) NULL,
  cancel_reason VARCHAR(2000) NULL,
  CONSTRAINT pk_tender PRIMARY KEY (id),
  CONSTRAINT fk_tender_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
  CONSTRAINT fk_tender_location FOREIGN KEY (location_code) REFERENCES municipality (code)
);
CREATE INDEX ix_tender_status ON tender (status, published_at);
CREATE INDEX ix_tender_buyer ON tender (buyer_id, updated_at);

CREATE TABLE tender_cpv (
  tender_id BIGINT NOT NULL,
  cpv_code CHAR(8) NOT NULL,
  CONSTRAINT pk_tender_cpv PRIMARY KEY (tender_id, cpv_code),
  CONSTRAINT fk_tender_cpv_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
);

CREATE TABLE tender_r_strategy (
  tender_id BIGINT NOT NULL,
  strategy VARCHAR(4) NOT NULL,
  CONSTRAINT pk_tender_r_strategy PRIMARY KEY (tender_id, strategy),
  CONSTRAINT fk_tender_r_strategy_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
);

CREATE TABLE tender_lot (
  id BIGINT NOT NULL AUTO_INCREMENT,
  tender_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  max_budget DECIMAL(15,2) NULL,
  CONSTRAINT pk_tender_lot PRIMARY KEY (id),
  CONSTRAINT fk_tender_lot_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
);

CREATE TABLE tender_lot_cpv (
  lot_id BIGINT NOT NULL,
  cpv_code CHAR(8) NOT NULL,
  CONSTRAINT pk_tender_lot_cpv PRIMARY KEY (lot_id, cpv_code),
  CONSTRAINT fk_tender_lot_cpv_lot FOREIGN KEY (lot_id) REFERENCES tender_lot (id) ON DELETE CASCADE
);

-- Quality criteria; the price criterion is tender.price_weight.
CREATE TABLE tender_criterion (
  tender_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  weight INT NOT NULL,
  CONSTRAINT pk_tender_criterion PRIMARY KEY (tender_id, ordinal),
  CONSTRAINT fk_tender_criterion_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
);

CREATE TABLE tender_response (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  tender_id BIGINT NOT NULL,
  supplier_id BIGINT NOT NULL,
  lot_id BIGINT NULL,
  status VARCHAR(20) NOT NULL,
  vision TEXT NULL,
  expertise TEXT NULL,
  innovation TEXT NULL,
  references_text TEXT NULL,
  pitched_at DATETIME(6) NULL,
  offer_price DECIMAL(15,2) NULL,
  offer_text TEXT NULL,
  offered_at DATETIME(6) NULL,
  selection_note VARCHAR(2000) NULL,
  outcome VARCHAR(20) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_tender_response PRIMARY KEY (id),
  CONSTRAINT uq_tender_response_supplier UNIQUE (tender_id, supplier_id),
  CONSTRAINT fk_tender_response_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_tender_response_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id),
  CONSTRAINT fk_tender_response_lot FOREIGN KEY (lot_id) REFERENCES tender_lot (id)
);
CREATE INDEX ix_tender_response_supplier ON tender_response (supplier_id);

-- Partner firms of a consortium response; the lead is tender_response.supplier_id.
CREATE TABLE tender_response_partner (
  response_id BIGINT NOT NULL,
  supplier_id BIGINT NOT NULL,
  CONSTRAINT pk_tender_response_partner PRIMARY KEY (response_id, supplier_id),
  CONSTRAINT fk_tender_response_partner_response FOREIGN KEY (response_id) REFERENCES tender_response (id) ON DELETE CASCADE,
  CONSTRAINT fk_tender_response_partner_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id)
);

CREATE TABLE tender_attachment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  response_id BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_tender_attachment PRIMARY KEY (id),
  CONSTRAINT fk_tender_attachment_response FOREIGN KEY (response_id) REFERENCES tender_response (id) ON DELETE CASCADE
);

CREATE TABLE tender_question (
  id BIGINT NOT NULL AUTO_INCREMENT,
  tender_id BIGINT NOT NULL,
  asked_by BIGINT NOT NULL,
  question TEXT NOT NULL,
  asked_at DATETIME(6) NOT NULL,
  answer TEXT NULL,
  answered_at DATETIME(6) NULL,
  answer_number INT NULL,
  published_at DATETIME(6) NULL,
  CONSTRAINT pk_tender_question PRIMARY KEY (id),
  CONSTRAINT uq_tender_question_number UNIQUE (tender_id, answer_number),
  CONSTRAINT fk_tender_question_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_tender_question_asker FOREIGN KEY (asked_by) REFERENCES organisation (id)
);

CREATE TABLE dialogue_session (
  id BIGINT NOT NULL AUTO_INCREMENT,
  tender_id BIGINT NOT NULL,
  response_id BIGINT NOT NULL,
  starts_at DATETIME(6) NOT NULL,
  duration_minutes INT NOT NULL,
  place VARCHAR(300) NULL,
  video_link VARCHAR(500) NULL,
  minutes_text TEXT NULL,
  CONSTRAINT pk_dialogue_session PRIMARY KEY (id),
  CONSTRAINT fk_dialogue_session_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_dialogue_session_response FOREIGN KEY (response_id) REFERENCES tender_response (id)
);

CREATE TABLE tender_committee_member (
  tender_id BIGINT NOT NULL,
  username VARCHAR(100) NOT NULL,
  CONSTRAINT pk_tender_committee_member PRIMARY KEY (tender_id, username),
  CONSTRAINT fk_tender_committee_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
);

CREATE TABLE tender_score (
  id BIGINT NOT NULL AUTO_INCREMENT,
  tender_id BIGINT NOT NULL,
  response_id BIGINT NOT NULL,
  criterion_ordinal INT NOT NULL,
  scored_by VARCHAR(100) NOT NULL,
  score DECIMAL(4,2) NOT NULL,
  motivation VARCHAR(2000) NOT NULL,
  scored_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_tender_score PRIMARY KEY (id),
  CONSTRAINT uq_tender_score UNIQUE (response_id, criterion_ordinal, scored_by),
  CONSTRAINT fk_tender_score_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_tender_score_response FOREIGN KEY (response_id) REFERENCES tender_response (id)
);

CREATE TABLE tender_complaint (
  id BIGINT NOT NULL AUTO_INCREMENT,
  tender_id BIGINT NOT NULL,
  filed_by BIGINT NOT NULL,
  complaint_text TEXT NOT NULL,
  filed_at DATETIME(6) NOT NULL,
  outcome VARCHAR(20) NULL,
  outcome_text TEXT NULL,
  decided_at DATETIME(6) NULL,
  CONSTRAINT pk_tender_complaint PRIMARY KEY (id),
  CONSTRAINT fk_tender_complaint_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
  CONSTRAINT fk_tender_complaint_filer FOREIGN KEY (filed_by) REFERENCES organisation (id)
);
