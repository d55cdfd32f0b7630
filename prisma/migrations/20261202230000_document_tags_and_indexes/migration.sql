-- Issue 12: Prisma's implicit "_DocumentToTag" ("A" = document, "B" = tag) becomes the explicit
-- "DocumentTag", renamed in place so no row moves. Also indexes for lookups by owner and by the
-- target of an audit event. (No semicolons in comments: the migration engine splits on them.)
ALTER TABLE "_DocumentToTag" RENAME TO "DocumentTag";
ALTER TABLE "DocumentTag" RENAME COLUMN "A" TO "documentId";
ALTER TABLE "DocumentTag" RENAME COLUMN "B" TO "tagId";
ALTER TABLE "DocumentTag" RENAME CONSTRAINT "_DocumentToTag_AB_pkey" TO "DocumentTag_pkey";
ALTER TABLE "DocumentTag" RENAME CONSTRAINT "_DocumentToTag_A_fkey" TO "DocumentTag_documentId_fkey";
ALTER TABLE "DocumentTag" RENAME CONSTRAINT "_DocumentToTag_B_fkey" TO "DocumentTag_tagId_fkey";
ALTER INDEX "_DocumentToTag_B_index" RENAME TO "DocumentTag_tagId_idx";

-- CreateIndex
CREATE INDEX "Document_ownerId_idx" ON "Document"("ownerId");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");
