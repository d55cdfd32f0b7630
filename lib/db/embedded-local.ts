// The project's own embedded database, as `npm start` keeps it: for scripts that run beside the
// wiki (reindex, admin:reset) and must use its database whether or not the wiki is running.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded';
import { assertPortFree, chooseDataDir } from './embedded-host';

type TLocalDatabase = { url: string; attached: boolean; stop: () => Promise<void> };

export function embeddedSettings(projectRoot: string) {
  const { dataDir, note } = chooseDataDir(projectRoot, process.env.HINDSIGHT_DATA_DIR);
  return { dataDir, note, port: Number(process.env.HINDSIGHT_DB_PORT ?? 54329) };
}

/** Attaches to the running wiki's database, or starts it for the length of the script. */
async function embeddedDatabase(projectRoot: string): Promise<TLocalDatabase> {
  const { dataDir, port } = embeddedSettings(projectRoot);
  const passwordFile = path.join(dataDir, 'hindsight-password');
  const running = await assertPortFree(port).then(
    () => false,
    () => true,
  );
  if (running) {
    if (!existsSync(passwordFile))
      throw new Error(`Port ${port} is in use, but ${dataDir} holds no Hindsight database. Set HINDSIGHT_DATA_DIR and HINDSIGHT_DB_PORT.`);
    const password = readFileSync(passwordFile, 'utf8').trim();
    return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/hindsight`, attached: true, stop: async () => {} };
  }
  const started: TEmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port });
  return { url: started.url, attached: false, stop: started.stop };
}

/**
 * For scripts (migrate, worker, reindex, admin:reset): DATABASE_URL when it is set, else the
 * project's embedded database, attached or started (and set as DATABASE_URL). Call the returned
 * stop when done; it stops only a database this started.
 */
export async function databaseForScript(projectRoot: string): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) return async () => {};
  const embedded = await embeddedDatabase(projectRoot);
  process.env.DATABASE_URL = embedded.url;
  return embedded.stop;
}
