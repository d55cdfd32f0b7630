// The sidebar follows the read rule: a restricted project shows only to its members, a draft only
// to those who may see it; only the current project's pages are loaded, at most PER_KIND a kind.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, unique } from '@/test/factories';
import { PER_KIND, sidebarTree } from './sidebar-tree';

let open: { id: string; slug: string };
let secret: { id: string; slug: string };
let author: Awaited<ReturnType<typeof makeUser>>;
let member: Awaited<ReturnType<typeof makeUser>>;
let outsider: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  [open, secret] = await Promise.all([makeProject(unique('side-open'), 'internal'), makeProject(unique('side-secret'), 'restricted')]);
  [author, member, outsider] = await Promise.all([
    makeUser('Side Author', 'editor'),
    makeUser('Member', 'viewer'),
    makeUser('Outsider', 'viewer'),
  ]);
  await addMember(secret.id, member.id, 'viewer');
  const write = (title: string, kind: 'runbook' | 'retrospective', status: 'draft' | 'published') =>
    createDocument(author, { kind, projectSlug: open.slug, title, body: 'Body.', tags: [], status });
  for (let i = 0; i < PER_KIND + 2; i++) await write(`Runbook ${String(i).padStart(2, '0')}`, 'runbook', 'published');
  await write('Retro in progress', 'retrospective', 'draft');
});

describe('sidebarTree', () => {
  it('lists a restricted project to its members only', async () => {
    const slugsFor = async (u: typeof member) => (await sidebarTree(u, null)).projects.map((p) => p.slug);
    expect(await slugsFor(member)).toEqual(expect.arrayContaining([open.slug, secret.slug]));
    expect(await slugsFor(outsider)).toContain(open.slug);
    expect(await slugsFor(outsider)).not.toContain(secret.slug);
    expect((await sidebarTree(member, null)).projects.find((p) => p.slug === secret.slug)?.restricted).toBe(true);
  });

  it('loads no pages outside a project, and none of a project the reader may not read', async () => {
    expect((await sidebarTree(outsider, null)).current).toBeNull();
    expect((await sidebarTree(outsider, secret.slug)).current).toBeNull();
  });

  it('groups the current project’s pages by kind, at most PER_KIND each with the true total', async () => {
    const tree = await sidebarTree(author, open.slug);
    const runbooks = tree.current?.groups.find((g) => g.kind === 'runbook');
    expect(runbooks?.total).toBe(PER_KIND + 2);
    expect(runbooks?.docs).toHaveLength(PER_KIND);
    expect(runbooks?.docs[0]).toEqual({ title: 'Runbook 00', path: `/w/${open.slug}/runbook-00`, draft: false });
    expect(tree.current?.groups.find((g) => g.kind === 'retrospective')?.docs).toEqual([
      expect.objectContaining({ title: 'Retro in progress', draft: true }),
    ]);
  });

  it('shows a draft to its author, never to another reader', async () => {
    const tree = await sidebarTree(outsider, open.slug);
    expect(tree.current?.groups.map((g) => g.kind)).toEqual(['runbook']);
  });
});
