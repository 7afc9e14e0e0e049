-- The spend dashboard's grouped queries read one buyer's year of spend_summary five times. With
-- every column in the index they read the index alone (no look-up of each row in the table), which
-- halves the time for a year of a million invoices (docs/performance.md). It starts with
-- (buyer_id, spend_year), so it also serves everything ix_spend_summary_year does. Portable SQL.
CREATE INDEX ix_spend_summary_report ON spend_summary (
  buyer_id, spend_year, spend_month, department, r_strategy, circular, locality,
  recipient_region, size_class, social_enterprise, payment, amount, invoices);
