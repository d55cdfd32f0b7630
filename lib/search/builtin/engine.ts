import 'server-only';
import { db } from '@/lib/db/client';
import type { TSearchEngine } from '../contract';
import { indexRecords, removeRecords } from './index-records';
import { searchBuiltin } from './search';

/** The default engine: PostgreSQL full-text search plus pg_trgm, in the wiki's own database. */
export const builtinEngine: TSearchEngine = {
  name: 'built-in',
  usesSections: false, // snippets are cut from the body at search time
  index: indexRecords,
  remove: removeRecords,
  // Old row versions gone and fresh statistics: the planner's estimates are the totals shown
  // for very common words.
  afterRebuild: async () => {
    await db.$executeRawUnsafe('VACUUM (ANALYZE) "SearchDocument", "SearchTerm"');
  },
  search: searchBuiltin,
};
