-- The short name content files use for a page's owner (people.yml handles), kept so an export
-- writes the same owner the import read
ALTER TABLE "User" ADD COLUMN     "handle" TEXT;

CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
