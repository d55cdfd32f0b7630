// Which section of a document a hit points to. Pure, table-tested.

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
