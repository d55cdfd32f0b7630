// Marks the query's words in a snippet, in Node: cheaper than a round trip to ts_headline for
// every page of hits. Words match by their beginning (as wordStems cuts them), so "drift" marks
// "drifting" and "retraining" marks "retrained"; a synonym phrase is marked only whole. Pure,
// table-tested.
import { MATCH_START, MATCH_STOP } from '../snippet';
import { wordStems } from './best-section';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Letters and digits, Latin scripts with their accents. Not \p{L}: a new expression is built
// for every search, and compiling Unicode property classes case-insensitively took 2 ms of it.
const WORD_CHAR = 'a-zA-Z0-9\\u00C0-\\u024F';

/** One regular expression for every phrase (longest first), or null when there is nothing to mark. */
export function matcher(phrases: string[][]): RegExp | null {
  const alts = phrases
    .filter((p) => p.length > 0)
    .map((p) =>
      wordStems(p)
        .map((w) => `${escapeRegExp(w)}[${WORD_CHAR}]*`)
        .join(`[^${WORD_CHAR}]+`),
    )
    .sort((a, b) => b.length - a.length);
  return alts.length ? new RegExp(`(?<![${WORD_CHAR}])(?:${alts.join('|')})`, 'gi') : null;
}

// Text read on each side of the first match before whitespace is collapsed: collapsing a whole
// section costs more than finding the match in it (measured: 0.7 ms a page of 20 hits).
const BEFORE = 240;

/**
 * About `size` characters of `text` around its first match, cut at spaces, "…" where text was
 * left out, with MATCH_START/MATCH_STOP around every match (snippetHtml turns them into <mark>).
 * Takes the phrases, or their matcher when marking many snippets for one query.
 */
export function markMatches(text: string, phrasesOrMatcher: string[][] | RegExp | null, size = 240): string {
  const re = Array.isArray(phrasesOrMatcher) ? matcher(phrasesOrMatcher) : phrasesOrMatcher;
  const at = re ? Math.max(0, text.search(re)) : 0;
  // The part around the match, starting at a word's beginning (a word cut in two could match).
  let lo = Math.max(0, at - BEFORE);
  while (lo > 0 && !/\s/.test(text[lo - 1]!)) lo--;
  const hi = Math.min(text.length, at + 4 * size);
  const flat = text.slice(lo, hi).replace(/\s+/g, ' ').trim();
  const before = lo > 0 && /\S/.test(text.slice(0, lo));
  const after = hi < text.length && /\S/.test(text.slice(hi));
  const first = re ? flat.search(re) : -1;
  let start = first > 60 ? first - 60 : 0;
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > Math.max(start, first)) end = space;
  }
  const window = flat.slice(start, end);
  const marked = re ? window.replace(re, (m) => `${MATCH_START}${m}${MATCH_STOP}`) : window;
  return `${start > 0 || before ? '… ' : ''}${marked}${end < flat.length || after ? ' …' : ''}`;
}
