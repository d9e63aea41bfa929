-- Free notes on a business (issue 16): typed on the form or API, or brought by an imported list's "keterangan"
-- column and by what its "izin yang dimiliki" column said that is not a recognised, valid permit number.
-- Bounded like the input record (BusinessData.notes, 2000 characters); the check is the last resort.
ALTER TABLE business ADD COLUMN notes text CHECK (char_length(notes) <= 2000);
