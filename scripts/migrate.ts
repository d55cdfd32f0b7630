// npm run migrate — one-shot preparation of the database named by DATABASE_URL (or the embedded
// one): migrations, content/ import, first admin, completeness. Run it once per deployment before
// starting `next start` servers and workers; running it twice, even at once, is safe.
import path from 'node:path';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');

async function main() {
  const stopDatabase = await databaseForScript(root);
  try {
    const { prepareDatabase } = await import('@/lib/setup/prepare-database');
    await prepareDatabase({ contentDir: path.join(root, 'content'), log: (line) => console.log(line) });
  } finally {
    await stopDatabase();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`migrate failed: ${err.message}`);
    process.exit(1);
  },
);
