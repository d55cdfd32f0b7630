-- An attachment's bytes live in PostgreSQL (data) or in S3-compatible storage (key attachments/<id>).
CREATE TYPE "AttachmentStore" AS ENUM ('database', 's3');

ALTER TABLE "Attachment" ADD COLUMN "storedIn" "AttachmentStore" NOT NULL DEFAULT 'database',
ALTER COLUMN "data" DROP NOT NULL;

-- Bytes are in exactly one place.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_data_where_stored" CHECK (("storedIn" = 'database') = ("data" IS NOT NULL));
