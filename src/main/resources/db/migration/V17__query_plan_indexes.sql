-- Indexes the key queries' plans asked for on province-scale data (bench/data, QueryPlanTest).

-- Permit verification (/verifikasi, PermitRegister.verify) looks a number up in capitals, as typed on a
-- label: upper(number) IN (...). The index on number alone cannot serve that, so every check read the
-- whole permit table (0.3 s at 700,000 permits).
CREATE INDEX permit_number_upper_idx ON permit (upper(number));

-- The case list (/kasus, /api/v1/cases, Cases.list) shows open cases first, the most urgent first:
-- ORDER BY status = 'OPEN' DESC, step_due_on NULLS LAST, id. Read in this order, a page stops after
-- about as many cases as it shows divided by the jurisdiction's share, instead of sorting every case in
-- the country for each page (2 s at a million cases).
CREATE INDEX certification_case_list_idx ON certification_case ((status = 'OPEN') DESC, step_due_on, id);
