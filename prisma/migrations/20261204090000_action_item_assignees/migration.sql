-- Action items name a person: the matched assignee, and who marked an item done and when.
ALTER TABLE "ActionItem" ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "doneBy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "doneOn" DATE;

CREATE INDEX "ActionItem_assigneeId_status_idx" ON "ActionItem"("assigneeId", "status");

ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
