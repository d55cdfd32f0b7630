-- The body's full-text vector is stored with the document, so a full reindex of the built-in
-- engine copies vectors instead of running the English parser over every body again (measured:
-- 0.4 ms of CPU per 4.6 KB body, about 40% of a full reindex). A generated column: every path
-- that writes a body (saves, restores, imports, seeds) gets it, and PostgreSQL recomputes it
-- only when the body itself is written.

-- Markdown as text search reads it: wikilinks reduced to their label, link and image targets
-- and HTML tags removed (the parser skips the rest of the syntax). The same rules as
-- searchableText() in lib/search/sections.ts, which lib/search/builtin/body-vector.test.ts keeps
-- in step.
CREATE FUNCTION hindsight_searchable_text(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(body,
    '\[\[([^]|]+)\|([^]]+)\]\]', '\2', 'g'),
    '\[\[(?:[^]/]*/)*([^]/]*)\]\]', '\1', 'g'),
    '\]\([^)]*\)', ']', 'g'),
    '<[^>]{1,200}>', ' ', 'g')
$$;

-- (A later migrate diff proposes `ALTER COLUMN "bodyVector" DROP DEFAULT` for it: delete that line.)
ALTER TABLE "Document" ADD COLUMN "bodyVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, hindsight_searchable_text(body))) STORED;
