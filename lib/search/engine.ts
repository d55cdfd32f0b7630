import 'server-only';
import { searchConfig } from '@/lib/env';
import type { TSearchEngine } from './contract';
import { builtinEngine } from './builtin/engine';
import { meiliEngine } from './meili/engine';

let meili: TSearchEngine | undefined;

/** The engine this server uses: Meilisearch when MEILI_HOST is set, else the built-in one. */
export function searchEngine(): TSearchEngine {
  const config = searchConfig();
  if (!config.MEILI_HOST) return builtinEngine;
  return (meili ??= meiliEngine({ host: config.MEILI_HOST, apiKey: config.MEILI_API_KEY, index: config.MEILI_INDEX }));
}
