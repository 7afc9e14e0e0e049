-- A change to a few invoices rebuilds only their months of spend_summary (SpendSummary): this
-- index lets that rebuild read one month's shares of a buyer instead of the whole year's.
CREATE INDEX ix_spend_share_month ON spend_share (buyer_id, spend_year, spend_month);
