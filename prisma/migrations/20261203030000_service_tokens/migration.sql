-- A project's service token acts through a stand-in user confined to that project

ALTER TABLE "User" ADD COLUMN     "serviceProjectId" TEXT;

