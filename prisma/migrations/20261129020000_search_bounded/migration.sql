-- Snippets are now cut from the document body at search time: the section copy is dropped
ALTER TABLE "SearchSection" DROP CONSTRAINT "SearchSection_documentId_fkey";
DROP TABLE "SearchSection";

-- The title alone, GIN-indexed: title matches are always ranking candidates
ALTER TABLE "SearchDocument" ADD COLUMN     "titleTsv" tsvector;
UPDATE "SearchDocument" SET "titleTsv" = to_tsvector('english', title);

-- Filter values as words (see lib/search/builtin/keys.ts), written as the indexer writes them
ALTER TABLE "SearchDocument" ADD COLUMN     "keys" TEXT[] DEFAULT ARRAY[]::TEXT[];
UPDATE "SearchDocument" SET "keys" =
  ARRAY['k:' || kind, 's:' || status, 'o:' || owner, 'r:' || "jobRole"]
  || CASE WHEN "projectSlug" IS NULL THEN ARRAY[]::TEXT[] ELSE ARRAY['p:' || "projectSlug"] END
  || coalesce((SELECT array_agg('t:' || t) FROM unnest(tags) AS t), ARRAY[]::TEXT[]);

-- Recency order (sort by recent, browsing without a query)
CREATE INDEX "SearchDocument_updatedAt_documentId_idx" ON "SearchDocument"("updatedAt" DESC, "documentId" DESC);

-- Indexes Prisma cannot declare (a future migrate diff proposes dropping them, so remove those lines)
-- fastupdate off: every search would otherwise scan the pending list of recent inserts until a
-- vacuum merges it, and the embedded database has no autovacuum
CREATE INDEX "SearchDocument_titleTsv_idx" ON "SearchDocument" USING GIN ("titleTsv") WITH (fastupdate = off);
DROP INDEX "SearchDocument_tsv_idx";
CREATE INDEX "SearchDocument_tsv_keys_idx" ON "SearchDocument" USING GIN ("tsv", "keys") WITH (fastupdate = off);
