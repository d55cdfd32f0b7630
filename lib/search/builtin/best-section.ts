// Which section of a document a hit points to, and the part of it worth highlighting. Pure,
// table-tested.

/** Word beginnings, so "retraining" also finds "retrain" in a section's text. */
export function wordStems(words: string[]): string[] {
  return words.map((w) => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 3)) : w));
}

/**
 * The section holding most of the phrases (each given as its words' stems; a substring test:
 * cheap, and close enough to the stemmed match that found the document), the first one on a
 * tie; null for no sections.
 */
export function bestSection<T extends { heading: string }>(sections: T[], phrases: string[][], text: (s: T) => string): T | null {
  let best: T | null = null;
  let bestScore = -1;
  for (const s of sections) {
    const lower = `${s.heading} ${text(s)}`.toLowerCase();
    const score = phrases.filter((p) => p.length > 0 && p.every((w) => lower.includes(w))).length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * At most `size` characters of `text` from a little before the first stem found (from the start
 * when none is), cut at spaces: highlighting reads only this, not the whole section.
 */
export function excerptAround(text: string, stems: string[], size = 480): string {
  if (text.length <= size) return text;
  const lower = text.toLowerCase();
  const hits = stems.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  let start = Math.max(0, Math.min(first - Math.floor(size / 4), text.length - size));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return text.slice(start, end);
}
