// The typed relations between pages, with the words for both ends, and the [[type::Target]]
// syntax that declares one in Markdown. Pure.

export const RELATION_TYPES = ['about', 'operates', 'trained_on', 'evaluated_on', 'affected', 'applies_to', 'supersedes'] as const;
export type TRelationType = (typeof RELATION_TYPES)[number];

/** How the source speaks of its target, and how the target speaks of its sources. */
export const RELATION_WORDS: Record<TRelationType, { out: string; in: string; syntax: string }> = {
  about: { out: 'About', in: 'Retrospectives about this', syntax: 'about' },
  operates: { out: 'Operates', in: 'Runbooks that operate it', syntax: 'operates' },
  trained_on: { out: 'Trained on', in: 'Models trained on it', syntax: 'trained on' },
  evaluated_on: { out: 'Evaluated on', in: 'Models evaluated on it', syntax: 'evaluated on' },
  affected: { out: 'Affected', in: 'Incidents and retrospectives that affected it', syntax: 'affected' },
  applies_to: { out: 'Applies to', in: 'Practices that apply to it', syntax: 'applies to' },
  supersedes: { out: 'Supersedes a decision on', in: 'Decisions here superseded by', syntax: 'supersedes' },
};

export type TRelationRow = { type: TRelationType; targetKey: string; version: string; detail: string };

const BY_SYNTAX = new Map(RELATION_TYPES.map((t) => [RELATION_WORDS[t].syntax, t]));
const VERSION = /@([\w.+-]{1,60})$/;

/**
 * Reads "operates::Fraud model" or "about::Churn model card@2.1" (a wikilink's target); null for
 * an ordinary target. The version is everything after the last "@", when it has no spaces.
 */
export function parseRelationTarget(target: string): { type: TRelationType; target: string; version: string } | null {
  const i = target.indexOf('::');
  if (i < 0) return null;
  const type = BY_SYNTAX.get(
    target
      .slice(0, i)
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' '),
  );
  if (!type) return null;
  let rest = target.slice(i + 2).trim();
  let version = '';
  const m = VERSION.exec(rest);
  if (m) {
    version = m[1]!;
    rest = rest.slice(0, -m[0].length).trim();
  }
  return rest ? { type, target: rest, version } : null;
}

/** A practice names a project by slug: its relation's key. */
export const projectKey = (slug: string) => `project:${slug.trim().toLowerCase()}`;
