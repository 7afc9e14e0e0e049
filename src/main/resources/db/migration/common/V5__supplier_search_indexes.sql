-- Indexes for the officers' search of the supplier registry (SupplierQuery).
-- supplier_cpv (cpv_code) already serves the CPV prefix range (LIKE '452%') and the broader
-- codes (IN ...); organisation (kind, name) serves the default order by name; the foreign key
-- on organisation (municipality_code) serves the municipality, region and province filters.

-- R-strategy and certificate filters, when the database starts from the wanted value.
CREATE INDEX ix_supplier_r_strategy ON supplier_r_strategy (r_strategy, organisation_id);
CREATE INDEX ix_supplier_certification_kind ON supplier_certification (kind, expires_on, organisation_id);

-- Sorting by headcount or by last change, a page at a time.
CREATE INDEX ix_supplier_profile_employees ON supplier_profile (employees);
CREATE INDEX ix_supplier_profile_updated ON supplier_profile (updated_at);
