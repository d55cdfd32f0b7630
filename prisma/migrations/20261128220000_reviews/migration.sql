-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "reviewBy" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "verifiedById" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verification_documentId_verifiedAt_idx" ON "Verification"("documentId", "verifiedAt");

-- CreateIndex
CREATE INDEX "Document_reviewBy_idx" ON "Document"("reviewBy");

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Existing documents get the default review interval of their kind, counted from their last
-- update: runbooks and model cards 90 days, practices 180, retrospectives 365.
UPDATE "Document" SET "reviewBy" = "updatedAt" + CASE "kind"
    WHEN 'runbook' THEN INTERVAL '90 days'
    WHEN 'model_card' THEN INTERVAL '90 days'
    WHEN 'practice' THEN INTERVAL '180 days'
    ELSE INTERVAL '365 days' END
WHERE "reviewBy" IS NULL;
