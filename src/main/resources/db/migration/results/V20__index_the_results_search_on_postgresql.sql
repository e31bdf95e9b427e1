-- Issue 21: the public results search matches the Java-folded search_key with PostgreSQL full-text search
-- (ResultsRepository.search: to_tsvector('simple', search_key) @@ to_tsquery('simple', 'word:* & …')); without an
-- index on that expression every search reads and parses every funded project's key. A GIN index on the same
-- expression answers it, prefix matches included. H2 has no GIN index and searches with LIKE: ${postgresql_only}
-- comments the statement out there (see Infrastructure.largeBinaryColumns).
${postgresql_only}CREATE INDEX results_project_search ON results_project USING GIN (to_tsvector('simple', search_key));
