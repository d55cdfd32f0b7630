-- CreateIndex
CREATE INDEX "Document_slug_idx" ON "Document"("slug");

