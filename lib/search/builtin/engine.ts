import 'server-only';
import type { TSearchEngine } from '../contract';
import { indexRecords, removeRecords } from './index-records';
import { searchBuiltin } from './search';

/** The default engine: PostgreSQL full-text search plus pg_trgm, in the wiki's own database. */
export const builtinEngine: TSearchEngine = {
  name: 'built-in',
  usesSections: false, // snippets are cut from the body at search time
  index: indexRecords,
  remove: removeRecords,
  search: searchBuiltin,
};
