// Reads what a query names besides its subject: a project ("churn" is the churn-prediction
// project) or a kind of page ("postmortem", "runbook", "why did we pick"). Those words become
// optional: they raise the pages that match them instead of being required in the text, so
// "fraud postmortem" finds the fraud project's retrospective whatever its title says. Pure and
// table-tested; both engines use it.

export type TKindWords = { kinds: string[]; words: string[][] };
export type TProjectWords = { slug: string; words: string[] };

export type TUnderstood = {
  required: string[]; // the subject: every one must match (as before)
  optional: string[]; // words that named a project or a kind: they rank, they do not filter
  projects: string[]; // slugs of the projects named
  kinds: string[]; // kinds named
  lastRequired: boolean; // whether the last word typed is a required one (a prefix as you type)
};

// Words too common in project names to say which project is meant.
const GENERIC = new Set([
  'project',
  'projects',
  'prediction',
  'predictions',
  'model',
  'models',
  'service',
  'system',
  'data',
  'team',
  'pipeline',
  'platform',
  'scoring',
  'score',
  'the',
  'and',
  'for',
]);

/** The words that name each project: its slug's and name's words, less generic ones and those shared by three or more projects. */
export function projectWords(projects: { slug: string; name: string }[], tokenize: (s: string) => string[]): TProjectWords[] {
  const named = projects.map((p) => ({
    slug: p.slug,
    words: [...new Set([...tokenize(p.slug), ...tokenize(p.name)])].filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !GENERIC.has(w)),
  }));
  const uses = new Map<string, number>();
  for (const p of named) for (const w of p.words) uses.set(w, (uses.get(w) ?? 0) + 1);
  return named.map((p) => ({ slug: p.slug, words: p.words.filter((w) => uses.get(w)! <= 2) })).filter((p) => p.words.length > 0);
}

/** The words typed inside identifiers ("churn" in churn_prediction_shift, fraud.scorer): they name the thing, not a project. */
export function identifierParts(typed: string, tokenize: (s: string) => string[]): Set<string> {
  return new Set((typed.toLowerCase().match(/[a-z0-9]+(?:[_.][a-z0-9]+)+/g) ?? []).flatMap(tokenize));
}

/**
 * Splits a query's words into the subject and the words that name a kind or a project. Words in
 * `keep` (the parts of identifiers) always stay in the subject.
 */
export function understand(
  words: string[],
  kindWords: TKindWords[],
  projects: TProjectWords[],
  keep: Set<string> = new Set(),
): TUnderstood {
  const byWord = new Map<string, string[]>();
  for (const p of projects) for (const w of p.words) byWord.set(w, [...(byWord.get(w) ?? []), p.slug]);
  const out: TUnderstood = { required: [], optional: [], projects: [], kinds: [], lastRequired: false };
  for (let i = 0; i < words.length;) {
    // The longest kind phrase starting here, then a project word, else a word of the subject (as
    // is always a part of an identifier).
    const word = words[i]!;
    const kept = keep.has(word);
    let match: { length: number; kinds: string[] } | null = null;
    for (const entry of kept ? [] : kindWords) {
      for (const phrase of entry.words) {
        if (phrase.length > (match?.length ?? 0) && phrase.every((w, k) => words[i + k] === w))
          match = { length: phrase.length, kinds: entry.kinds };
      }
    }
    const slugs = kept ? undefined : byWord.get(word);
    if (match) {
      out.optional.push(...words.slice(i, i + match.length));
      out.kinds.push(...match.kinds.filter((k) => !out.kinds.includes(k)));
      i += match.length;
      out.lastRequired = false;
    } else if (slugs) {
      out.optional.push(word);
      out.projects.push(...slugs.filter((s) => !out.projects.includes(s)));
      i++;
      out.lastRequired = false;
    } else {
      out.required.push(word);
      i++;
      out.lastRequired = true;
    }
  }
  return out;
}
