-- AlterTable
ALTER TABLE "SearchOutbox" ADD COLUMN     "claimedAt" TIMESTAMP(3);
