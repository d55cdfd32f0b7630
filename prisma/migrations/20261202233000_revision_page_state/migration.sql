-- Issue 13: a version keeps the page's tags, status and owner as they were, beside its title,
-- body and fields. Older versions cannot know theirs (left empty and null), except each
-- document's current version, which is the document as it is now.
ALTER TABLE "Revision" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "status" "DocumentStatus",
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

UPDATE "Revision" r SET
  "ownerId" = d."ownerId",
  status = d.status,
  tags = coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM "DocumentTag" dt JOIN "Tag" t ON t.id = dt."tagId" WHERE dt."documentId" = d.id), ARRAY[]::TEXT[])
FROM "Document" d WHERE d.id = r."documentId" AND d.version = r.version;
