-- Datasets become a kind of page, and pages relate to each other with typed relations.
ALTER TYPE "DocumentKind" ADD VALUE 'dataset';

CREATE TYPE "RelationType" AS ENUM ('about', 'operates', 'trained_on', 'evaluated_on', 'affected', 'applies_to', 'supersedes');

CREATE TABLE "Relation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "type" "RelationType" NOT NULL,
    "targetKey" TEXT NOT NULL,
    "version" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Relation_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Relation_targetKey_idx" ON "Relation"("targetKey");

CREATE UNIQUE INDEX "Relation_sourceId_type_targetKey_version_detail_key" ON "Relation"("sourceId", "type", "targetKey", "version", "detail");

ALTER TABLE "Relation" ADD CONSTRAINT "Relation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
