// Does a metric's value meet its decision threshold? Thresholds are written by people ("≥ 0.30",
// "> 0.8", "<= 0.1", "at least 0.35"); those that state a comparison and a number are checked,
// anything else is left to the reader (null). Pure.

const COMPARISONS: [RegExp, (v: number, t: number) => boolean][] = [
  [/^(?:≥|>=|at least|min(?:imum)?)\s*/i, (v, t) => v >= t],
  [/^(?:≤|<=|at most|max(?:imum)?)\s*/i, (v, t) => v <= t],
  [/^>\s*/, (v, t) => v > t],
  [/^<\s*/, (v, t) => v < t],
];

/** The threshold's comparison and its number, when it states both (null otherwise). */
export function parseThreshold(threshold: string): { limit: number; test: (v: number) => boolean } | null {
  const text = threshold.trim();
  for (const [pattern, test] of COMPARISONS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = /^(-?\d+(?:[.,]\d+)?)\s*(%?)/.exec(text.slice(match[0].length));
    if (!number) return null;
    const limit = Number(number[1]!.replace(',', '.')) / (number[2] ? 100 : 1);
    return { limit, test: (v) => test(v, limit) };
  }
  return null;
}

export function meetsThreshold(value: number | undefined, threshold: string): boolean | null {
  if (value === undefined) return null;
  return parseThreshold(threshold)?.test(value) ?? null;
}
