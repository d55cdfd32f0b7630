// Changes to what a page is beside its fields and text: title, tags, status and owner. Pure.
import type { TFieldChange } from './field-diff';

export type TPageFacts = {
  title: string;
  /** Null for versions saved before tags, status and owner were kept. */
  page: { tags: string[]; status: 'draft' | 'published'; owner: { name: string } | null } | null;
};

const STATUS = { draft: 'Draft', published: 'Published' } as const;

export function diffPage(before: TPageFacts, after: TPageFacts): TFieldChange[] {
  const out: TFieldChange[] = [];
  if (before.title !== after.title) out.push({ op: 'changed', where: [], label: 'Title', from: before.title, to: after.title });
  const [b, a] = [before.page, after.page];
  if (!b || !a) return out;
  for (const tag of b.tags.filter((t) => !a.tags.includes(t))) out.push({ op: 'removed', where: [], label: 'Tag', value: tag });
  for (const tag of a.tags.filter((t) => !b.tags.includes(t))) out.push({ op: 'added', where: [], label: 'Tag', value: tag });
  if (b.status !== a.status) out.push({ op: 'changed', where: [], label: 'Status', from: STATUS[b.status], to: STATUS[a.status] });
  const [ob, oa] = [b.owner?.name ?? '', a.owner?.name ?? ''];
  if (ob !== oa) {
    if (!ob) out.push({ op: 'added', where: [], label: 'Owner', value: oa });
    else if (!oa) out.push({ op: 'removed', where: [], label: 'Owner', value: ob });
    else out.push({ op: 'changed', where: [], label: 'Owner', from: ob, to: oa });
  }
  return out;
}
