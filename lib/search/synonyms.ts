import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { KINDS } from '@/lib/kinds/kinds';
import { tokenize } from './builtin/query';
import { identifierParts, projectWords, understand, type TKindWords, type TUnderstood } from './understand';

// The search vocabulary a team keeps in content/search/: synonyms (synonyms.yml) and the words
// that name a kind of page (kinds.yml). Read once per process.

const ZPhrase = z.string().trim().min(1).max(60);
const ZSynonyms = z.array(z.array(ZPhrase).min(2).max(20)).max(500);
const ZKindWords = z.array(z.object({ kinds: z.array(z.enum(KINDS)).min(1), words: z.array(ZPhrase).min(1).max(50) })).max(100);

// A path the bundler can see whole: a variable one made it trace the entire project.
const read = (file: 'synonyms.yml' | 'kinds.yml') => load(readFileSync(path.join(process.cwd(), 'content', 'search', file), 'utf8')) ?? [];

let synonyms: string[][][] | null = null;
let kinds: TKindWords[] | null = null;

/** Synonym groups from content/search/synonyms.yml, each phrase as its words. */
export function synonymGroups(): string[][][] {
  synonyms ??= ZSynonyms.parse(read('synonyms.yml')).map((g) => g.map(tokenize).filter((words) => words.length > 0));
  return synonyms;
}

/** The words that name kinds of page, from content/search/kinds.yml, each phrase as its words. */
function kindWords(): TKindWords[] {
  kinds ??= ZKindWords.parse(read('kinds.yml')).map((e) => ({ kinds: e.kinds, words: e.words.map(tokenize).filter((w) => w.length > 0) }));
  return kinds;
}

/**
 * What a query names (lib/search/understand.ts): `words` read against the wiki's projects and the
 * kinds' words, the parts of identifiers in what was `typed` kept as its subject. Both engines.
 */
export function understandQuery(words: string[], typed: string, projects: { slug: string; name: string }[]): TUnderstood {
  return understand(words, kindWords(), projectWords(projects, tokenize), identifierParts(typed, tokenize));
}
