-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('open', 'done', 'dropped');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "fields" JSONB,
ADD COLUMN     "fieldsVersion" INTEGER;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "fields" JSONB;

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "alternatives" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "modelVersion" TEXT NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "tags" TEXT[],
    "learnedOn" DATE NOT NULL,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "due" DATE,
    "status" "ActionStatus" NOT NULL,
    "link" TEXT NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Decision_decidedOn_idx" ON "Decision"("decidedOn");

-- CreateIndex
CREATE INDEX "Decision_documentId_idx" ON "Decision"("documentId");

-- CreateIndex
CREATE INDEX "Lesson_learnedOn_idx" ON "Lesson"("learnedOn");

-- CreateIndex
CREATE INDEX "Lesson_documentId_idx" ON "Lesson"("documentId");

-- CreateIndex
CREATE INDEX "ActionItem_status_due_idx" ON "ActionItem"("status", "due");

-- CreateIndex
CREATE INDEX "ActionItem_documentId_idx" ON "ActionItem"("documentId");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

