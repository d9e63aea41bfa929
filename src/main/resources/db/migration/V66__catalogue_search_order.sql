-- Issue 19, ADR 0020: the catalogue's relevance order as a nearest-first walk of a GiST trigram index. A word most
-- products hold ("keripik") matches tens of thousands of listings; scoring and sorting them all for a page of 20 cost
-- 0.7-3 s at 100,000 listings, while the index hands them over nearest first and the walk stops after the page.
CREATE INDEX IF NOT EXISTS catalogue_listing_words_gist ON catalogue_listing USING gist (words gist_trgm_ops) WHERE published;
