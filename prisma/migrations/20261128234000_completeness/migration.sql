-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "completeness" INTEGER,
ADD COLUMN     "ethicsCovered" BOOLEAN,
ADD COLUMN     "missingItems" TEXT[] DEFAULT ARRAY[]::TEXT[];

