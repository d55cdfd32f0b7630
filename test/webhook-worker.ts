// A stand-alone webhook sender for the crash test: sends due deliveries, one at a time, until
// the test kills it (with SIGKILL, mid-delivery).
import { deliverDueOnce } from '@/lib/webhooks/deliver-due';

async function main() {
  for (;;) {
    const n = await deliverDueOnce({ batch: 1, concurrency: 1 });
    if (n === 0) await new Promise((r) => setTimeout(r, 50));
  }
}

void main();
