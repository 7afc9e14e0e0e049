-- Reference data imported by an administrator: official labels of CPV codes per language.
-- Municipalities, COROP regions and provinces already have their tables (V1).

CREATE TABLE cpv_label (
  code CHAR(8) NOT NULL,
  locale VARCHAR(5) NOT NULL,
  label VARCHAR(1000) NOT NULL,
  imported_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_cpv_label PRIMARY KEY (code, locale)
);
