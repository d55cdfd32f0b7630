-- Identifiers with dots, slashes or colons become searchable by their parts. The PostgreSQL parser
-- reads fraud.scorer or models:/cnp-fraud/41 as one host or file token, so a search for scorer
-- missed them. Underscores and hyphens it already splits. Same rule as splitIdentifiers in
-- lib/search/sections.ts.
CREATE FUNCTION hindsight_split_identifiers(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(t, '([A-Za-z0-9])[./:]+(?=[A-Za-z0-9])', '\1 ', 'g')
$$;

CREATE OR REPLACE FUNCTION hindsight_searchable_text(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT hindsight_split_identifiers(regexp_replace(regexp_replace(regexp_replace(regexp_replace(body,
    '\[\[([^]|]+)\|([^]]+)\]\]', '\2', 'g'),
    '\[\[(?:[^]/]*/)*([^]/]*)\]\]', '\1', 'g'),
    '\]\([^)]*\)', ']', 'g'),
    '<[^>]{1,200}>', ' ', 'g'))
$$;

-- A stored generated column is computed when its row is written, so it is recreated for every
-- body to be read with the new rule.
ALTER TABLE "Document" DROP COLUMN "bodyVector";
ALTER TABLE "Document" ADD COLUMN "bodyVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, hindsight_searchable_text(body))) STORED;

-- Every live page is indexed again, as titles, fields and ranking changed with this release. The
-- worker drains the queue in the background, for either engine.
INSERT INTO "SearchOutbox" ("documentId") SELECT id FROM "Document" WHERE "deletedAt" IS NULL;
