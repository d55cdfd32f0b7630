import 'server-only';
import type { TSearchEngine } from './contract';
import { builtinEngine } from './builtin/engine';

/** The engine this server uses. */
export function searchEngine(): TSearchEngine {
  return builtinEngine;
}
