-- Facts the permit rules read that the forms did not ask (issue #15): the SNI commodity and the
-- halal self-declare product type (codes of reference/product-vocabulary.yml; null = not
-- answered, suggested from the category), preservation methods and non-simple processing, where
-- meat comes from and who ground it, and whether the business is an eatery.
ALTER TABLE product
    ADD COLUMN sni_commodity     varchar(30),
    ADD COLUMN self_declare_type varchar(30),
    ADD COLUMN preservation      varchar(30)[] NOT NULL DEFAULT '{}',
    ADD COLUMN processing        varchar(30)[] NOT NULL DEFAULT '{}',
    ADD COLUMN meat_source       varchar(20) CHECK (meat_source IN ('NONE', 'HALAL_CERTIFIED', 'NOT_CERTIFIED')),
    ADD COLUMN meat_grinding     varchar(20) CHECK (meat_grinding IN ('NONE', 'IN_HOUSE', 'CERTIFIED_SERVICE', 'UNCERTIFIED_SERVICE'));

-- The heat treatments were ticks among the traits; they are preservation methods and processing now.
UPDATE product SET
    preservation = ARRAY(SELECT m FROM unnest(ARRAY[
        CASE WHEN 'PASTEURISED' = ANY (traits) THEN 'PASTEURISATION' END,
        CASE WHEN 'STERILISED' = ANY (traits) THEN 'STERILISATION' END]) m WHERE m IS NOT NULL),
    processing = CASE WHEN 'RETORT' = ANY (traits) THEN ARRAY['RETORT']::varchar(30)[] ELSE '{}' END,
    meat_source = CASE
        WHEN 'SLAUGHTER_SOURCE_CERTIFIED' = ANY (traits) THEN 'HALAL_CERTIFIED'
        WHEN 'SLAUGHTERED_ANIMAL_INGREDIENTS' = ANY (traits) THEN 'NOT_CERTIFIED' END
WHERE traits && ARRAY['PASTEURISED', 'STERILISED', 'RETORT', 'SLAUGHTER_SOURCE_CERTIFIED', 'SLAUGHTERED_ANIMAL_INGREDIENTS']::varchar(30)[];

UPDATE product SET traits = ARRAY(SELECT t FROM unnest(traits) t
    WHERE t NOT IN ('PASTEURISED', 'STERILISED', 'RETORT', 'SLAUGHTER_SOURCE_CERTIFIED', 'SLAUGHTERED_ANIMAL_INGREDIENTS'))
WHERE traits && ARRAY['PASTEURISED', 'STERILISED', 'RETORT', 'SLAUGHTER_SOURCE_CERTIFIED', 'SLAUGHTERED_ANIMAL_INGREDIENTS']::varchar(30)[];

-- A warung, rumah makan or caterer serves food rather than selling packaged goods (Kepkaban 146/2025).
ALTER TABLE business
    ADD COLUMN kind       varchar(20) CHECK (kind IN ('GOODS', 'EATERY', 'CATERING')),
    ADD COLUMN menu_items integer CHECK (menu_items >= 0);
