-- Reminders are no longer only for webhooks: notifications use the same keys.

ALTER TABLE "WebhookReminder" RENAME TO "Reminder";
ALTER TABLE "Reminder" RENAME CONSTRAINT "WebhookReminder_pkey" TO "Reminder_pkey";
