import 'server-only';
// Who the @handles of a comment are. A handle is a person's own (people.yml), or for those
// without one the part of their email address before the @. A handle nobody has stays text; one
// that fits two people, or a person who cannot read the page, is refused with a message (and
// nothing is sent to them, so a page's title never reaches someone who may not read it).
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import { handleFromEmail } from '@/lib/content/handles';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { personReads } from '@/lib/policies/read-rule';
import { mentionHandles } from './mention-handles';

const MAX_MENTIONS = 20;

export async function resolveMentions(doc: TLoadedDocument, body: string): Promise<string[]> {
  const handles = mentionHandles(body);
  if (handles.length === 0) return [];
  if (handles.length > MAX_MENTIONS)
    throw new Invalid(`Mention at most ${MAX_MENTIONS} people in one comment.`, { body: 'Too many mentions' });
  const people = await db.user.findMany({
    where: {
      disabledAt: null,
      serviceProjectId: null,
      OR: [
        { handle: { in: handles } },
        { handle: null, OR: handles.map((h) => ({ email: { startsWith: `${h}@`, mode: 'insensitive' as const } })) },
      ],
    },
    select: {
      id: true,
      handle: true,
      email: true,
      role: true,
      memberships: { where: { projectId: doc.project?.id ?? '' }, select: { role: true } },
    },
  });
  const ids: string[] = [];
  for (const handle of handles) {
    const matches = people.filter((p) => (p.handle ?? handleFromEmail(p.email)) === handle);
    if (matches.length === 0) continue;
    if (matches.length > 1)
      throw new Invalid(`@${handle} fits more than one person; ask an admin to give them handles.`, { body: 'Unclear mention' });
    const person = matches[0]!;
    if (!personReads(person, doc.scope.project?.visibility ?? null, doc.scope.draftBy))
      throw new Invalid(`@${handle} cannot read this page, so they cannot be mentioned here.`, {
        body: `@${handle} cannot read this page`,
      });
    ids.push(person.id);
  }
  return ids;
}

/** People who may read the page and whose name, handle or email starts with `q`: mention suggestions. */
export async function mentionable(doc: TLoadedDocument, q: string) {
  const text = q.trim();
  const restricted = doc.scope.project?.visibility === 'restricted';
  const people = await db.user.findMany({
    where: {
      disabledAt: null,
      serviceProjectId: null,
      ...(text
        ? {
            OR: [
              { name: { startsWith: text, mode: 'insensitive' } },
              { name: { contains: ` ${text}`, mode: 'insensitive' } },
              { handle: { startsWith: text, mode: 'insensitive' } },
              { email: { startsWith: text, mode: 'insensitive' } },
            ],
          }
        : {}),
      ...(restricted ? { AND: [{ OR: [{ role: 'admin' }, { memberships: { some: { projectId: doc.project!.id } } }] }] } : {}),
    },
    orderBy: { name: 'asc' },
    take: 8,
    select: { name: true, handle: true, email: true },
  });
  return { people: people.map((p) => ({ name: p.name, handle: p.handle ?? handleFromEmail(p.email) })) };
}
