// Marks the query's words in a snippet, in Node: cheaper than a round trip to ts_headline for
// every page of hits. Words match by their beginning (as wordStems cuts them), so "drift" marks
// "drifting" and "retraining" marks "retrained"; a synonym phrase is marked only whole. Pure,
// table-tested.
import { MATCH_START, MATCH_STOP } from '../snippet';
import { wordStems } from './best-section';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for every phrase (longest first), or null when there is nothing to mark. */
export function matcher(phrases: string[][]): RegExp | null {
  const alts = phrases
    .filter((p) => p.length > 0)
    .map((p) => wordStems(p).map((w) => `${escapeRegExp(w)}[\\p{L}\\p{N}]*`).join('[^\\p{L}\\p{N}]+'))
    .sort((a, b) => b.length - a.length);
  return alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`, 'giu') : null;
}

/**
 * About `size` characters of `text` around its first match, cut at spaces, "…" where text was
 * left out, with MATCH_START/MATCH_STOP around every match (snippetHtml turns them into <mark>).
 * Takes the phrases, or their matcher when marking many snippets for one query.
 */
export function markMatches(text: string, phrasesOrMatcher: string[][] | RegExp | null, size = 240): string {
  const re = Array.isArray(phrasesOrMatcher) ? matcher(phrasesOrMatcher) : phrasesOrMatcher;
  const flat = text.replace(/\s+/g, ' ').trim();
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
  return `${start > 0 ? '… ' : ''}${marked}${end < flat.length ? ' …' : ''}`;
}
