// npm run content:import — imports content/ into the database named by DATABASE_URL.
import path from 'node:path';
import { importContent } from '@/lib/content/import-content';

const root = path.resolve(process.argv[2] ?? 'content');
const started = Date.now();
importContent(root, (line) => console.log(`  ${line}`))
  .then((r) => {
    console.log(
      `Imported content/ in ${Date.now() - started} ms: ${r.created} created, ${r.updated} updated, ` +
        `${r.unchanged} unchanged, ${r.projects} projects.`,
    );
    process.exit(0);
  })
  .catch((err: Error) => {
    console.error(`Content import failed: ${err.message}`);
    process.exit(1);
  });
