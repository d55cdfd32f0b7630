import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import { makeProject, makeUser, unique } from '@/test/factories';
import { createDocument } from './create-document';
import { ZCreateDocument } from './schemas';

const input = (over: Partial<Parameters<typeof ZCreateDocument.parse>[0]> = {}) =>
  ZCreateDocument.parse({ kind: 'practice', title: unique('Doc'), body: '## Hello\n\nSee [[Elsewhere]].', ...over });

describe('createDocument', () => {
  it('writes the document, its first revision with rendered HTML, tags and links together', async () => {
    const user = await makeUser();
    const project = await makeProject();
    const saved = await createDocument(user, input({ projectSlug: project.slug, tags: ['drift'] }));
    expect(saved.version).toBe(1);
    expect(saved.path).toMatch(new RegExp(`^/w/${project.slug}/doc-`));
    const doc = await db.document.findUniqueOrThrow({
      where: { id: saved.id },
      select: {
        titleKey: true,
        tags: { select: { tag: { select: { name: true } } } },
        revisions: true,
        links: { select: { targetKey: true } },
      },
    });
    expect(doc.tags).toEqual([{ tag: { name: 'drift' } }]);
    expect(doc.links).toEqual([{ targetKey: 'elsewhere' }]);
    expect(doc.revisions).toHaveLength(1);
    expect(doc.revisions[0]).toMatchObject({ version: 1, authorId: user.id });
    expect(doc.revisions[0]!.html).toContain('<h2 id="hello">');
  });

  it('refuses a duplicate slug within a project and writes nothing', async () => {
    const user = await makeUser();
    const project = await makeProject();
    await createDocument(user, input({ projectSlug: project.slug, slug: 'same' }));
    const before = await db.revision.count();
    await expect(createDocument(user, input({ projectSlug: project.slug, slug: 'same' }))).rejects.toThrow(/already exists in/);
    expect(await db.revision.count()).toBe(before);
  });

  it('allows the same slug in another project', async () => {
    const user = await makeUser();
    const [a, b] = [await makeProject(), await makeProject()];
    await createDocument(user, input({ projectSlug: a.slug, slug: 'runbook' }));
    await expect(createDocument(user, input({ projectSlug: b.slug, slug: 'runbook' }))).resolves.toMatchObject({ version: 1 });
  });

  it('enforces unique slugs among documents outside projects, even when racing', async () => {
    const user = await makeUser();
    const slug = unique('shared');
    const results = await Promise.allSettled([createDocument(user, input({ slug })), createDocument(user, input({ slug }))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(Invalid);
    expect(await db.document.count({ where: { slug } })).toBe(1);
  });

  it('saves pages brought in at once with the same new tag, every one of them', async () => {
    const user = await makeUser();
    const tag = unique('fresh-tag');
    const made = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        createDocument(user, ZCreateDocument.parse({ kind: 'practice', title: unique(`Tagged ${i}`), body: 'x', tags: [tag] })),
      ),
    );
    expect(made.map((m) => m.status)).toEqual(Array(6).fill('fulfilled'));
    expect(await db.documentTag.count({ where: { tag: { name: tag } } })).toBe(6);
  });

  it('refuses an unknown project', async () => {
    const user = await makeUser();
    await expect(createDocument(user, input({ projectSlug: 'no-such-project' }))).rejects.toMatchObject({
      status: 422,
      fields: { projectSlug: 'Unknown project' },
    });
  });
});
