-- The spend import looks up a batch of lines by their keys at once (import_key IN (...)). H2 uses
-- an index for such a list only on an index's first column, so the unique (buyer_id, import_key)
-- index did not serve it and every batch scanned the buyer's invoices: a re-import of 100,000
-- lines took minutes. Keys start with the contract's id, so the key alone already finds one line.
CREATE INDEX ix_spend_record_import_key ON spend_record (import_key);
