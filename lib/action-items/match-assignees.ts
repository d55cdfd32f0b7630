import 'server-only';
// Who an action item's owner is. The owner is written as a name ("Mei Lin"), a handle ("mei" or
// "@mei") or an email address, by hand or in imported files; it names a person when exactly one
// active person fits it and may read the page. Otherwise it stays a name, and the item has no
// assignee (the card says so to those who may edit).
import type { TTransaction } from '@/lib/db/client';
import { handleFromEmail } from '@/lib/content/handles';
import { personReads } from '@/lib/policies/read-rule';

type TPerson = { id: string; name: string; handle: string | null; email: string };

const norm = (s: string) => s.trim().replace(/^@/, '').toLowerCase();

/** Whether `owner`, as written, is this person. */
function ownerFits(owner: string, p: TPerson): boolean {
  const o = norm(owner);
  return o !== '' && (p.name.trim().toLowerCase() === o || p.email.toLowerCase() === o || (p.handle ?? handleFromEmail(p.email)) === o);
}

/** For each distinct owner of the page's items, the one person it names, or null. */
export async function matchAssignees(tx: TTransaction, documentId: string, owners: string[]): Promise<Map<string, string | null>> {
  const wanted = [...new Set(owners.map(norm).filter(Boolean))];
  const out = new Map<string, string | null>();
  if (wanted.length === 0) return out;
  const doc = await tx.document.findUniqueOrThrow({
    where: { id: documentId },
    select: { project: { select: { id: true, visibility: true } } },
  });
  const people = await tx.user.findMany({
    where: {
      disabledAt: null,
      serviceProjectId: null,
      OR: [
        { name: { in: wanted, mode: 'insensitive' } },
        { email: { in: wanted, mode: 'insensitive' } },
        { handle: { in: wanted } },
        ...wanted.map((h) => ({ handle: null, email: { startsWith: `${h}@`, mode: 'insensitive' as const } })),
      ],
    },
    select: {
      id: true,
      name: true,
      handle: true,
      email: true,
      role: true,
      memberships: { where: { projectId: doc.project?.id ?? '' }, select: { role: true } },
    },
    take: 500,
  });
  for (const owner of wanted) {
    const fits = people.filter((p) => ownerFits(owner, p));
    const person = fits.length === 1 ? fits[0]! : null;
    out.set(owner, person && personReads(person, doc.project?.visibility ?? null) ? person.id : null);
  }
  return out;
}

/** The assignee of one owner, from matchAssignees' answer. */
export const assigneeOf = (matched: Map<string, string | null>, owner: string) => matched.get(norm(owner)) ?? null;
