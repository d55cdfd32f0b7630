import 'server-only';
// Who owns an imported page. A file names its owner by handle; the handle is looked up in the
// import's people.yml (by email), then among people here (their handle, or the one an export
// made from their email). People who are not here are created only by a whole-wiki import
// (admins), as content owners without a password; otherwise the importer owns the page and the
// dry run says so.
import { db } from '@/lib/db/client';
import { handleFromEmail } from './handles';

export type TPersonEntry = { handle: string; name: string; email: string; jobRole: string };
/** id null: a person this import adds (note says so), or, with `unknown`, nobody to own it. */
export type TOwner = { id: string | null; handle: string; name: string; note: string; unknown?: boolean };

/** `importer` null: the command line, which owns nothing; a page without a known owner is refused. */
export async function ownerResolver(people: TPersonEntry[], importer: { id: string; name: string } | null, createPeople: boolean) {
  const byHandle = new Map(people.map((p) => [p.handle, p]));
  const users = await db.user.findMany({ select: { id: true, email: true, name: true, handle: true } });
  const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
  const byOwnHandle = new Map(users.flatMap((u) => (u.handle ? [[u.handle, u] as const] : [])));
  const derived = new Map<string, typeof users>();
  for (const u of users) if (!u.handle) derived.set(handleFromEmail(u.email), [...(derived.get(handleFromEmail(u.email)) ?? []), u]);

  return (handle: string | undefined): TOwner => {
    const fallback = (why: string): TOwner =>
      importer
        ? { id: importer.id, handle: handle ?? '', name: importer.name, note: why }
        : { id: null, handle: handle ?? '', name: '', note: `owner: “${handle ?? ''}” is not in people.yml or this wiki; add them to people.yml`, unknown: true };
    if (!handle) return fallback('The file names no owner, so you will own the page.');
    const entry = byHandle.get(handle);
    if (entry) {
      const user = byEmail.get(entry.email.toLowerCase());
      if (user) return { id: user.id, handle, name: user.name, note: '' };
      if (createPeople) return { id: null, handle, name: entry.name, note: '' }; // added with the import's people
      return fallback(`${entry.name} is not a person in this wiki, so you will own the page.`);
    }
    const user = byOwnHandle.get(handle) ?? (derived.get(handle)?.length === 1 ? derived.get(handle)![0] : undefined);
    if (user) return { id: user.id, handle, name: user.name, note: '' };
    return fallback(`The owner “${handle}” is not in people.yml or this wiki, so you will own the page.`);
  };
}
