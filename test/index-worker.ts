// A stand-alone indexer for the crash test: drains the outbox in small batches and says how far
// it got after each one, until the test kills it.
import { builtinEngine } from '@/lib/search/builtin/engine';
import { drainOutboxOnce } from '@/lib/search/drain-outbox';

async function main() {
  let total = 0;
  for (;;) {
    const n = await drainOutboxOnce(builtinEngine, 5);
    total += n;
    process.stdout.write(`drained ${total}\n`);
    if (n === 0) await new Promise((r) => setTimeout(r, 50));
  }
}

void main();
