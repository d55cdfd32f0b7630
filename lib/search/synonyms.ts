import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { tokenize } from './builtin/query';

const ZSynonyms = z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)).max(500);

let cached: string[][][] | null = null;

/** Synonym groups from content/search/synonyms.yml, each phrase as its words. */
export function synonymGroups(): string[][][] {
  if (cached) return cached;
  // A path the bundler can see whole: a variable one made it trace the entire project.
  const groups = ZSynonyms.parse(load(readFileSync(path.join(process.cwd(), 'content', 'search', 'synonyms.yml'), 'utf8')) ?? []);
  cached = groups.map((g) => g.map(tokenize).filter((words) => words.length > 0));
  return cached;
}
