"""PostgreSQL's index for a part of a name shorter than a trigram (county_0007).

county_name_grams(name) is the lower-cased name's characters and pairs of characters; a
GIN index on it answers `county_name_grams(name) @> ARRAY['小明']` (a search of one or
two characters) from the index. Created by the migration and, for a schema made from the
models (tests), after the county_member table; SQLite has neither.
"""

from __future__ import annotations

GRAMS_INDEX = "ix_county_member_name_grams"
CREATE_FUNCTION = """
CREATE OR REPLACE FUNCTION county_name_grams(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, n)), '{}')
    FROM generate_series(1, char_length(name)) AS i, (VALUES (1), (2)) AS g(n)
    WHERE i + n - 1 <= char_length(name)
$$"""
CREATE_INDEX = (f"CREATE INDEX IF NOT EXISTS {GRAMS_INDEX} ON county_member "
                "USING gin (county_name_grams(name))")
DROP_INDEX = f"DROP INDEX IF EXISTS {GRAMS_INDEX}"
DROP_FUNCTION = "DROP FUNCTION IF EXISTS county_name_grams(text)"
