CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "indexedVersion" INTEGER;

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "documentId" TEXT NOT NULL,
    "enqueuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "documentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "projectId" TEXT,
    "projectSlug" TEXT,
    "projectName" TEXT,
    "restricted" BOOLEAN NOT NULL,
    "owner" TEXT NOT NULL,
    "jobRole" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "tags" TEXT[],
    "reviewBy" DATE,
    "monitoringReviewBy" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "head" tsvector,
    "tsv" tsvector,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "SearchSection" (
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SearchSection_pkey" PRIMARY KEY ("documentId","position")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchOutbox_availableAt_idx" ON "SearchOutbox"("availableAt");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchSection" ADD CONSTRAINT "SearchSection_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Indexes Prisma cannot declare (a future migrate diff proposes dropping them, so remove those lines)
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");
CREATE INDEX "SearchTerm_trgm_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);
