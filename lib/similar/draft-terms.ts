// The words a "more like this" query is made of: a draft's title, headings, tags and structured
// fields, weighted (title and tags three times, headings twice), without stop words and the
// words every page of a kind shares, the weightiest first. Pure.

const STOP = new Set(
  (
    'the and for with that this from was were are our not but have has had its into than then they their them what when which who ' +
    'will would can could should about after before over under more most each every all any one two three per also only out how why ' +
    'use used using new did does done been being there here where while during between because until very much many some such ' +
    'same other others own just like get got make made still yet both either neither same need needs page pages write written ' +
    // Headings every page of a kind has (content/templates): they say nothing about what it is about.
    'summary background timeline happened went well wrong lucky lessons action items decisions whys five notes data feasibility ' +
    'ethics bias model card retrospective runbook practice dataset version versions owner owners ' +
    // Words of time that every plan and report has.
    'day days week weeks month months year years first last top'
  ).split(/\s+/),
);

export type TDraftText = { title: string; body: string; tags: string[]; fields: unknown };
export type TTerm = { term: string; weight: number };

/** Lower-cased words of three letters or more, starting with a letter, not stop words. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && /^[a-z]/.test(w) && !STOP.has(w));
}

// Fields that name people, dates and addresses: they say who and where, not what it is about.
const NOT_ABOUT = new Set([
  'participants',
  'owners',
  'owner',
  'decidedBy',
  'doneBy',
  'jobRole',
  'link',
  'registry',
  'run',
  'status',
  'stage',
]);
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;
// Web and catalogue addresses (https://…, catalog://…): their parts are not words of the page.
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/** Every string inside structured fields, as one text (leaving out people, dates and links). */
export function fieldsText(fields: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (!DATE.test(v)) out.push(v.replace(ADDRESS, ' '));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!NOT_ABOUT.has(k)) walk(x);
  };
  walk(fields);
  return out.join('\n');
}

const headings = (markdown: string) => (markdown.match(/^#{1,6}\s+.+$/gm) ?? []).map((h) => h.replace(/^#+\s+/, '')).join('\n');

export function draftTerms(draft: TDraftText, max = 24): TTerm[] {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of words(text)) weights.set(w, (weights.get(w) ?? 0) + weight);
  };
  add(draft.title, 3);
  add(draft.tags.join(' '), 3);
  add(headings(draft.body), 2);
  add(fieldsText(draft.fields), 1);
  return [...weights.entries()]
    .map(([term, weight]) => ({ term, weight }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, max);
}
