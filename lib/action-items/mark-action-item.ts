import 'server-only';
// Marking an action item done (or open again) without opening the editor: from the tracker or the
// retrospective's card. It is a new version of the retrospective, saved as the person who did it,
// so history shows who ticked it off and when (the item's "done by" and "done on").
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { Conflict } from '@/lib/errors';
import { updateDocument } from '@/lib/documents/update-document';
import { documentPath } from '@/lib/documents/paths';
import type { TSavedDocument } from '@/lib/documents/create-document';
import type { TLoadedActionItem } from '@/lib/policies/loaders';
import { storable } from '@/lib/validation/text';
import { actionKey } from './action-key';

export const ZMarkActionItem = z.object({
  id: z.string().min(1).max(64),
  position: z.coerce.number().int().min(0).max(99),
  // The item's text as the person saw it: if the list changed since, nothing is marked.
  action: storable(z.string().trim().min(1).max(300)),
  status: z.enum(['done', 'open'], { message: 'done or open' }),
});

type TItems = { actionItems?: { action: string; status: string }[] };

export async function markActionItem(
  user: { id: string },
  item: TLoadedActionItem,
  input: z.output<typeof ZMarkActionItem>,
): Promise<TSavedDocument & { status: string }> {
  const doc = await db.document.findFirstOrThrow({
    where: { id: item.document.id },
    select: { version: true, title: true, body: true, status: true, fields: true, tags: { select: { tag: { select: { name: true } } } } },
  });
  const fields = (doc.fields ?? {}) as TItems & Record<string, unknown>;
  const items = fields.actionItems ?? [];
  const current = items[input.position];
  const asked = actionKey(input);
  if (!current || actionKey(current) !== asked || actionKey(item) !== asked) {
    throw new Conflict('The action items of this retrospective changed since you loaded the page. Reload it and try again.', {});
  }
  // Already so (someone else ticked it a moment ago): nothing to save.
  if (current.status === input.status) {
    return {
      id: item.document.id,
      version: doc.version,
      path: documentPath(item.document.project?.slug, item.document.slug),
      status: input.status,
    };
  }
  const next = items.map((a, i) => (i === input.position ? { ...a, status: input.status } : a));
  const verb = input.status === 'done' ? 'Marked done' : 'Reopened';
  const saved = await updateDocument(
    user,
    { ...item.document, version: doc.version, fields: doc.fields },
    {
      baseVersion: doc.version,
      title: doc.title,
      body: doc.body,
      tags: doc.tags.map((t) => t.tag.name),
      status: doc.status,
      fields: { ...fields, actionItems: next },
      message: `${verb}: ${current.action}`.slice(0, 500),
    },
  );
  return { ...saved, status: input.status };
}
