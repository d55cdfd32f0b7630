import 'server-only';
import { db } from '@/lib/db/client';
import type { TSearchEngine } from '../contract';
import { indexRecords, removeRecords } from './index-records';
import { searchBuiltin } from './search';
import { similarBuiltin } from './similar';

const GIN = ['"SearchDocument_tsv_keys_idx"', '"SearchDocument_titleTsv_idx"'];

async function setFastUpdate(on: boolean) {
  for (const index of GIN) await db.$executeRawUnsafe(`ALTER INDEX ${index} SET (fastupdate = ${on ? 'on' : 'off'})`);
}

/** The default engine: PostgreSQL full-text search plus pg_trgm, in the wiki's own database. */
export const builtinEngine: TSearchEngine = {
  name: 'built-in',
  usesSections: false, // snippets are cut from the body at search time
  async ping() {
    await db.$queryRaw`SELECT 1 FROM "SearchDocument" LIMIT 1`;
  },
  index: indexRecords,
  remove: removeRecords,
  // A rebuild adds to the GIN indexes through their pending list (measured: 92 s instead of
  // 121 s for 100,000 documents); searches meanwhile scan that list too. Afterwards, VACUUM
  // merges it (inserts go straight in again first), drops old row versions and refreshes the
  // statistics the planner's estimates (the totals shown for very common words) come from.
  beforeRebuild: () => setFastUpdate(true),
  afterRebuild: async () => {
    await setFastUpdate(false);
    await db.$executeRawUnsafe('VACUUM (ANALYZE) "SearchDocument", "SearchTerm"');
  },
  search: searchBuiltin,
  similar: similarBuiltin,
};
