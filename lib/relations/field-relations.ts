// The typed relations a page's structured fields declare: a model card's datasets (trained or
// evaluated on), a runbook's models (operates), a retrospective's models (about or affected), a
// practice's projects (applies to) and a decision's predecessor (supersedes). Pure.
import { wikilinkKey } from '@/lib/markdown/wikilinks';
import { projectKey, type TRelationRow } from './relation-types';

type TFields = Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const obj = (v: unknown) => (v && typeof v === 'object' ? (v as TFields) : {});

export function fieldRelations(kind: string, fields: TFields | null | undefined): TRelationRow[] {
  if (!fields) return [];
  const out: TRelationRow[] = [];
  // detail: the target as written (shown while no page has that name), or for a superseding
  // decision, both decisions' words.
  const add = (type: TRelationRow['type'], target: string, version = '', detail = target) => {
    const targetKey = type === 'applies_to' ? (target ? projectKey(target) : '') : wikilinkKey(target);
    if (targetKey) out.push({ type, targetKey, version, detail });
  };
  if (kind === 'model_card') {
    for (const d of list(fields.datasets).map(obj)) add(str(d.use) === 'evaluation' ? 'evaluated_on' : 'trained_on', str(d.name));
  }
  if (kind === 'runbook') for (const m of list(fields.operates)) add('operates', str(m));
  if (kind === 'retrospective') {
    for (const m of list(fields.models).map(obj)) add(str(m.relation) === 'affected' ? 'affected' : 'about', str(m.model), str(m.version));
  }
  if (kind === 'practice') for (const p of list(fields.projects)) add('applies_to', str(p));
  for (const d of list(fields.decisions).map(obj)) {
    if (str(d.supersedes)) add('supersedes', str(d.supersedesPage) || SELF, '', supersedesDetail(str(d.supersedes), str(d.decision)));
  }
  return out;
}

/** A decision that supersedes one on its own page names that page by this key. */
export const SELF = '.';

// A superseding decision's relation keeps both decisions' words: the earlier one's, then its own.
const SEP = '\u001f';
const supersedesDetail = (earlier: string, later: string) => `${earlier}${SEP}${later}`;

export function supersedesWords(detail: string): { earlier: string; later: string } {
  const [earlier = '', later = ''] = detail.split(SEP);
  return { earlier, later };
}
