-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "monitoringReviewBy" DATE;

-- CreateIndex
CREATE INDEX "Document_monitoringReviewBy_idx" ON "Document"("monitoringReviewBy");


-- Every kind now has structured fields and completeness rules read them, so recompute on next start
UPDATE "Document" SET "completeness" = NULL;
