-- One indexer per document at a time (issue 12): two workers never index a document's
-- versions out of order. And the outbox is looked up by document.
-- CreateTable
CREATE TABLE "SearchIndexLock" (
    "documentId" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "lockedUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchIndexLock_pkey" PRIMARY KEY ("documentId")
);

-- CreateIndex
CREATE INDEX "SearchOutbox_documentId_idx" ON "SearchOutbox"("documentId");

