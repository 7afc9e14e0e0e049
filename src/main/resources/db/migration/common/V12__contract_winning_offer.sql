-- A contract made from an award names the winning offer it settles, so that one winning offer gets
-- one contract at most, even when two officers ask at the same moment. Manual contracts leave it
-- empty (NULLs do not collide in a unique key on H2, MySQL and MariaDB).
ALTER TABLE contract ADD COLUMN winning_offer_id BIGINT NULL;
ALTER TABLE contract ADD CONSTRAINT uq_contract_winning_offer UNIQUE (winning_offer_id);
ALTER TABLE contract ADD CONSTRAINT fk_contract_winning_offer FOREIGN KEY (winning_offer_id) REFERENCES tender_response (id);
