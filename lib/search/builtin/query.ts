// Turns what a person typed into a PostgreSQL tsquery: words ANDed, the last one as a prefix
// (search as you type), and synonym phrases expanded into alternatives. Pure and table-tested.

const MAX_WORDS = 12;

/** Lower-case words of letters and digits, accents folded. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  ).slice(0, MAX_WORDS);
}

// `expansions`: whole indexed words a prefix term may complete to. Needed because the index holds
// stems ("experiment" is stored as "experi"), which the prefix "experim" does not begin.
export type TTerm = { alternatives: string[][]; prefix: boolean; expansions?: string[] };

/** Groups words into terms: a synonym phrase becomes one term with every phrase of its group. */
export function toTerms(words: string[], groups: string[][][], prefixLast: boolean): TTerm[] {
  const terms: TTerm[] = [];
  for (let i = 0; i < words.length;) {
    let match: { length: number; group: string[][] } | null = null;
    for (const group of groups) {
      for (const phrase of group) {
        if (phrase.length > (match?.length ?? 0) && phrase.every((w, k) => words[i + k] === w)) match = { length: phrase.length, group };
      }
    }
    const end = i + (match?.length ?? 1);
    const isLast = end === words.length;
    if (match) terms.push({ alternatives: match.group, prefix: false });
    else terms.push({ alternatives: [[words[i]!]], prefix: prefixLast && isLast && words[i]!.length >= 2 });
    i = end;
  }
  return terms;
}

/**
 * The tsquery text for to_tsquery('english', ...): only [a-z0-9] words, so nothing to escape.
 * Terms are ANDed, or ORed when `any` (the fallback when no document has every word).
 */
export function toTsquery(terms: TTerm[], any = false): string {
  return terms
    .map((t) => {
      const alts = alternatives(t);
      return alts.length > 1 ? `(${alts.join(' | ')})` : alts[0]!;
    })
    .join(any ? ' | ' : ' & ');
}

/** One term's alternatives as tsquery text: phrases, the prefix, the words it completes to. */
function alternatives(t: TTerm): string[] {
  const alts = t.alternatives.map((phrase) => {
    const p = phrase.join(' <-> ');
    return t.prefix ? `${p}:*` : phrase.length > 1 ? `(${p})` : p;
  });
  for (const word of t.expansions ?? []) if (/^[a-z0-9]+$/.test(word)) alts.push(word);
  return alts;
}

/** Damerau-Levenshtein distance (adjacent swaps count once), for ranking typo corrections. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still be corrected. */
export function typoBudget(word: string): number {
  if (word.length < 4 || /^\d+$/.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}
