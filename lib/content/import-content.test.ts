import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { updateDocument } from '@/lib/documents/update-document';
import { loaded } from '@/test/factories';
import { ContentError } from './front-matter';
import { importContent } from './import-content';
import { readContent } from './read-content';

const repoContent = path.resolve(__dirname, '..', '..', 'content');

function copyOfContent() {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'hindsight-content-')), 'content');
  cpSync(repoContent, dir, { recursive: true });
  return dir;
}

describe('importContent', () => {
  it('imports the real corpus once: a second run creates nothing, a changed file becomes a revision', async () => {
    const dir = copyOfContent();
    const first = await importContent(dir);
    expect(first.created).toBeGreaterThanOrEqual(18);
    expect(first.projects).toBe(2);
    expect(await db.document.count({ where: { kind: 'practice', projectId: null } })).toBeGreaterThanOrEqual(12);

    const second = await importContent(dir);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: first.created });

    const file = path.join(dir, 'practices', 'reproducibility.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## What it takes', '## What it takes\n\nNow with a quarterly drill.'));
    const third = await importContent(dir);
    expect(third).toMatchObject({ created: 0, updated: 1 });
    const doc = await db.document.findFirstOrThrow({
      where: { slug: 'reproducibility', projectId: null },
      select: { version: true, body: true, revisions: { select: { message: true }, orderBy: { version: 'desc' }, take: 1 } },
    });
    expect(doc.version).toBe(2);
    expect(doc.body).toContain('quarterly drill');
    expect(doc.revisions[0]!.message).toBe('Imported from content/practices/reproducibility.md');
  });

  it('does not overwrite edits made in the wiki when the file has not changed', async () => {
    const dir = copyOfContent();
    await importContent(dir);
    const doc = await db.document.findFirstOrThrow({
      where: { slug: 'data-validation', projectId: null },
      select: { id: true, version: true, title: true },
    });
    const editor = await db.user.findFirstOrThrow({ select: { id: true, email: true, name: true } });
    await updateDocument(editor, await loaded(doc.id), { baseVersion: doc.version, title: doc.title, body: 'edited in the wiki', tags: [], status: 'published', message: '' });
    await importContent(dir);
    const after = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { body: true } });
    expect(after.body).toBe('edited in the wiki');
  });

  it('imports one template per kind, and names a template that fails its kind’s schema', async () => {
    const dir = copyOfContent();
    expect((await importContent(dir)).templates).toBe(6);
    const runbook = await db.template.findUniqueOrThrow({ where: { name: 'runbook' } });
    expect(runbook.fields).toMatchObject({ levers: [{ lever: 'Roll back to the last good registry version' }, {}, {}, {}] });
    writeFileSync(path.join(dir, 'templates', 'retrospective.md'), '---\ntitle: Retro\nkind: retrospective\nfields:\n  lessons:\n    - tags: [x]\n---\nbody\n');
    await expect(importContent(dir)).rejects.toThrow('content/templates/retrospective.md:5: fields.lessons.0.text: Required');
  });

  it('names the file and line of malformed front matter and imports nothing from it', async () => {
    const dir = copyOfContent();
    const bad = path.join(dir, 'practices', 'zz-broken.md');
    writeFileSync(bad, '---\ntitle: Broken\nkind: practice\ntags: [a, b\n---\nbody\n');
    const err = await importContent(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as Error).message).toMatch(/^content\/practices\/zz-broken\.md:\d+: malformed front matter/);
    expect(await db.document.count({ where: { title: 'Broken' } })).toBe(0);
  });
});

describe('readContent on a restart', () => {
  it('skips, unread, a page file the database last imported byte for byte, and reads the rest', () => {
    const dir = copyOfContent();
    const all = readContent(dir);
    expect(all.unchanged).toBe(0);
    const rel = 'content/practices/reproducibility.md';
    const hash = all.documents.find((d) => d.rel === rel)!.hash;
    // Broken front matter: reading the file fails, so a skipped file is provably not read.
    writeFileSync(path.join(dir, 'practices', 'reproducibility.md'), '---\ntitle: [unclosed\n---\nBody\n');
    expect(() => readContent(dir, (r, h) => (r === rel && h === hash ? '/reproducibility' : null))).toThrow(ContentError);
    const plan = readContent(dir, (r) => (r === rel ? '/reproducibility' : null));
    expect(plan.unchanged).toBe(1);
    expect(plan.documents.map((d) => d.rel)).not.toContain(rel);
    expect(plan.documents.length).toBe(all.documents.length - 1);
  });
});

describe('importContent checks every file before writing anything', () => {
  const page = (front: string, body = 'Body text.') => `---\n${front}\n---\n${body}\n`;

  it.each([
    ['an unknown key, named with the key it resembles', 'zz-a.md', page('title: A\nkind: practice\nreviewby: 2027-01-01'), 'content/practices/zz-a.md:4: reviewby: not a front matter key (did you mean reviewBy?)'],
    ['a date that does not exist, instead of rolling it over', 'zz-b.md', page('title: B\nkind: practice\nreviewBy: 2026-13-45'), 'content/practices/zz-b.md:4: reviewBy: reviewBy must be a date that exists, like 2026-03-31'],
    ['February 30th', 'zz-c.md', page('title: C\nkind: practice\nreviewBy: 2026-02-30'), 'content/practices/zz-c.md:4: reviewBy: reviewBy must be a date that exists, like 2026-03-31'],
    ['a title of invisible characters only', 'zz-d.md', page('title: "\\u200B\\u200D\\uFEFF"\nkind: practice'), 'content/practices/zz-d.md:2: title: Title is required'],
    ['a body past the render limits', 'zz-e.md', page('title: E\nkind: practice', '*a'.repeat(5_000)), 'content/practices/zz-e.md:1: A paragraph holds more than 2000 emphasis or code markers'],
  ])('refuses %s', async (_name, file, text, message) => {
    const dir = copyOfContent();
    // A new, valid page sorts before the bad one: it must not be written either.
    writeFileSync(path.join(dir, 'practices', 'aa-fine.md'), page('title: Fine new page\nkind: practice'));
    writeFileSync(path.join(dir, 'practices', file), text);
    await expect(importContent(dir)).rejects.toThrow(message);
    expect(await db.document.count({ where: { title: 'Fine new page' } })).toBe(0);
  });

  it('refuses two files with the same slug, naming both', async () => {
    const dir = copyOfContent();
    writeFileSync(path.join(dir, 'practices', 'zz-twin.md'), page('title: Twin\nkind: practice\nslug: data-validation'));
    await expect(importContent(dir)).rejects.toThrow(
      'content/practices/zz-twin.md:1: slug "data-validation" is also the slug of content/practices/data-validation.md; every page needs its own',
    );
  });

  it('refuses a new file taking the slug of an unchanged one, which a restart does not read again', async () => {
    const dir = copyOfContent();
    await importContent(dir); // data-validation.md is now imported and unchanged: skipped unread
    const before = await db.document.findFirstOrThrow({ where: { slug: 'data-validation', projectId: null }, select: { version: true } });
    writeFileSync(path.join(dir, 'practices', 'aa-twin.md'), page('title: Twin\nkind: practice\nslug: data-validation'));
    await expect(importContent(dir)).rejects.toThrow(
      'content/practices/aa-twin.md:1: slug "data-validation" is also the slug of content/practices/data-validation.md; every page needs its own',
    );
    const after = await db.document.findFirstOrThrow({ where: { slug: 'data-validation', projectId: null }, select: { version: true } });
    expect(after.version).toBe(before.version);
  });

  it('removes direction overrides from titles', async () => {
    const dir = copyOfContent();
    writeFileSync(path.join(dir, 'practices', 'zz-bidi.md'), page('title: "Invoice \\u202Efdp.exe"\nkind: practice'));
    await importContent(dir);
    expect(await db.document.count({ where: { title: 'Invoice fdp.exe' } })).toBe(1);
  });
});

describe('two imports at once', () => {
  it('import each new page once: the second waits for the first and finds them in place', async () => {
    const dir = copyOfContent();
    const stamp = Date.now().toString(36);
    for (let i = 0; i < 25; i++) {
      writeFileSync(path.join(dir, 'practices', `zz-twice-${stamp}-${i}.md`), `---\ntitle: Twice ${stamp} ${i}\nkind: practice\n---\nBody ${i}.\n`);
    }
    const [a, b] = await Promise.all([importContent(dir), importContent(dir)]);
    expect(a.created + b.created).toBe(25);
    expect(Math.min(a.created, b.created)).toBe(0);
    expect(await db.document.count({ where: { title: { startsWith: `Twice ${stamp} ` } } })).toBe(25);
  });
});
