-- Email for notifications: per-person choices, the digest, and each notice's email state.

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAfter" TIMESTAMP(3),
ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailState" TEXT,
ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailDigest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noticePrefs" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "Notification_emailState_emailAfter_idx" ON "Notification"("emailState", "emailAfter");

