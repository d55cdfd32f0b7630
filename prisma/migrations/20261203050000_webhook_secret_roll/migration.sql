-- Rolling a webhook secret: the old one keeps signing beside the new one for a while.

ALTER TABLE "WebhookEndpoint" ADD COLUMN "previousSecret" TEXT,
ADD COLUMN "previousSecretUntil" TIMESTAMP(3);
