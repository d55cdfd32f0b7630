import 'server-only';
import { deliverDue } from './deliver-due';
import { queueDueNotices } from '@/lib/notifications/queue-due-notices';
import { sendDigests, sendNoticeEmails } from '@/lib/notifications/send-emails';
import { pruneDeliveries, queueReminders } from './queue-reminders';

const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * The webhook and email sender that runs in the worker (and beside the server `npm start` runs):
 * every `intervalMs` it sends due webhook deliveries and notice emails; every ten minutes it
 * sweeps for what has come due (reviews and action items for webhooks, review dates for owners'
 * inboxes), sends daily digests and prunes old delivered rows. Safe with several workers running.
 */
export function startWebhookWorker({ intervalMs = 1000, log = console, keepAlive = false } = {}) {
  let running = false;
  let stopped = false;
  let lastError = '';
  let nextSweep = 0;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      if (Date.now() >= nextSweep) {
        nextSweep = Date.now() + SWEEP_EVERY_MS;
        await queueReminders();
        await queueDueNotices();
        await sendDigests();
        await pruneDeliveries();
      }
      await deliverDue();
      await sendNoticeEmails();
      lastError = '';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (message !== lastError) log.error(`Webhook delivery failed (will retry): ${message}`);
      lastError = message;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  if (!keepAlive) timer.unref();
  return {
    ready: tick(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
