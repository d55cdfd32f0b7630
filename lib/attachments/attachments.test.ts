// Attachments, through their routes: the type is read from the bytes, files are served under the
// page's read rule with headers that never let them run, and bad input changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as removeRoute, GET as serveRoute } from '@/app/api/attachments/[id]/route';
import { POST as attachRoute } from '@/app/api/documents/[id]/attachments/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { deleteDocument, restoreDocument } from '@/lib/documents/delete-document';
import { addMember, fillAttachments, loaded, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, upload } from '@/test/http';
import { listAttachments } from './list-attachments';
import { ATTACHMENT_LIMITS } from './limits';

// The smallest PNG: a 1×1 transparent pixel.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);

let project: { id: string; slug: string };
let writer: Awaited<ReturnType<typeof makeUser>>;
let writerCookie: string;
let outsiderCookie: string;
let viewerCookie: string;

beforeAll(async () => {
  project = await makeProject(unique('files'), 'restricted');
  writer = await makeUser('File Writer', 'viewer');
  const viewer = await makeUser('File Viewer', 'viewer');
  await addMember(project.id, writer.id, 'editor');
  await addMember(project.id, viewer.id, 'viewer');
  writerCookie = await sessionCookie(writer);
  viewerCookie = await sessionCookie(viewer);
  outsiderCookie = await sessionCookie(await makeUser('Outsider', 'editor'));
});

const newPage = async () =>
  (
    await createDocument(writer, {
      kind: 'runbook',
      projectSlug: project.slug,
      title: unique('Runbook with screenshots'),
      body: 'x',
      tags: [],
      status: 'published',
    })
  ).id;

const attach = (id: string, file: File, cookie = writerCookie) => upload(attachRoute, { file }, cookie, { id });

async function fetchFile(id: string, cookie: string, headers: Record<string, string> = {}) {
  return serveRoute(new Request(`http://localhost/api/attachments/${id}`, { headers: { cookie, ...headers } }), {
    params: Promise.resolve({ id }),
  });
}

describe('attaching a file', () => {
  it('stores an image, answers its Markdown, and serves it to readers of the page only', async () => {
    const page = await newPage();
    const r = await attach(page, new File([PNG], 'grafana panel.png', { type: 'image/png' }));
    expect(r.status).toBe(201);
    const id = String(r.body!.id);
    expect(r.body).toMatchObject({
      name: 'grafana panel.png',
      mime: 'image/png',
      size: PNG.length,
      markdown: `![grafana panel.png](/api/attachments/${id})`,
    });

    const res = await fetchFile(id, viewerCookie);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="grafana panel.png"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    // Revalidated on every use, so access is checked each time.
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect((await fetchFile(id, viewerCookie, { 'if-none-match': res.headers.get('etag')! })).status).toBe(304);

    // Someone who cannot read the page gets the page's answer: 404.
    expect((await fetchFile(id, outsiderCookie)).status).toBe(404);
    expect((await fetchFile(id, '')).status).toBe(401);
  });

  it('goes where its page goes: gone while the page is in Deleted documents, back when restored', async () => {
    const page = await newPage();
    const id = String((await attach(page, new File([PNG], 'a.png'))).body!.id);
    await deleteDocument(writer, await loaded(page));
    expect((await fetchFile(id, writerCookie)).status).toBe(404);
    await restoreDocument(writer, await loaded(page, { deleted: true }));
    expect((await fetchFile(id, writerCookie)).status).toBe(200);
  });

  it('reads the type from the bytes: HTML or SVG named as an image is served as a plain-text download', async () => {
    const page = await newPage();
    for (const [text, name] of [
      ['<html><script>alert(1)</script></html>', 'cat.png'],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'logo.svg'],
    ]) {
      const r = await attach(page, new File([text!], name!, { type: 'image/png' }));
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ mime: 'text/plain', markdown: `[${name}](/api/attachments/${String(r.body!.id)})` });
      const res = await fetchFile(String(r.body!.id), writerCookie);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    }
  });

  it('refuses bad input with a clear error and stores nothing', async () => {
    const page = await newPage();
    const before = await db.attachment.count({ where: { documentId: page } });
    const binary = new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]);
    const cases: [string, Promise<{ status: number; body: Record<string, unknown> | null }>, number][] = [
      ['unknown binary', attach(page, new File([binary], 'blob.bin')), 422],
      [
        'an executable',
        attach(page, new File([Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])], 'setup.png')),
        422,
      ],
      ['empty', attach(page, new File([], 'empty.png')), 422],
      ['no file', upload(attachRoute, { note: 'x' }, writerCookie, { id: page }), 422],
      // Just over the limit: the form is read and the field refused; far over: refused unread.
      ['too large', attach(page, new File([new Uint8Array(ATTACHMENT_LIMITS.bytes + 1)], 'big.png')), 422],
      ['far too large', attach(page, new File([new Uint8Array(ATTACHMENT_LIMITS.bytes + 1024 * 1024)], 'huge.png')), 413],
    ];
    for (const [what, call, status] of cases) {
      const r = await call;
      expect(r.status, what).toBe(status);
      expect(typeof r.body?.error, what).toBe('string');
    }
    expect(await db.attachment.count({ where: { documentId: page } })).toBe(before);
  });

  it('lets only people who may edit the page attach, and caps a page’s attachments', async () => {
    const page = await newPage();
    expect((await attach(page, new File([PNG], 'a.png'), viewerCookie)).status).toBe(403);
    expect((await attach(page, new File([PNG], 'a.png'), outsiderCookie)).status).toBe(404);
    await fillAttachments(page, ATTACHMENT_LIMITS.perDocument);
    const r = await attach(page, new File([PNG], 'one-too-many.png'));
    expect(r.status).toBe(422);
    expect(String(r.body!.error)).toContain(`at most ${ATTACHMENT_LIMITS.perDocument} attachments`);
  });
});

describe('removing a file', () => {
  it('lists a page’s files and lets whoever may edit it remove one', async () => {
    const page = await newPage();
    const shown = String((await attach(page, new File([PNG], 'shown.png'))).body!.id);
    const spare = String((await attach(page, new File(['notes'], 'notes.txt'))).body!.id);
    const html = `<p><img src="/api/attachments/${shown}" alt="shown.png"></p>`;
    const files = await listAttachments(await loaded(page));
    expect(files.map((f) => [f.name, html.includes(f.url), f.uploadedBy])).toEqual([
      ['notes.txt', false, 'File Writer'],
      ['shown.png', true, 'File Writer'],
    ]);

    // A viewer of the page may not; someone who cannot read it does not see it at all.
    expect((await call(removeRoute, 'DELETE', {}, viewerCookie, { id: spare })).status).toBe(403);
    expect((await call(removeRoute, 'DELETE', {}, outsiderCookie, { id: spare })).status).toBe(404);
    expect((await fetchFile(spare, viewerCookie)).status).toBe(200);

    const r = await call(removeRoute, 'DELETE', {}, writerCookie, { id: spare });
    expect(r).toEqual({ status: 200, body: { deleted: spare } });
    expect((await fetchFile(spare, writerCookie)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { action: 'attachment.delete', targetId: page } })).toBe(1);
    // Twice is not found, and changes nothing more.
    expect((await call(removeRoute, 'DELETE', {}, writerCookie, { id: spare })).status).toBe(404);
    expect((await listAttachments(await loaded(page))).map((f) => f.id)).toEqual([shown]);
  });

  it('refuses a malformed id with a clear error and removes nothing', async () => {
    const before = await db.attachment.count();
    const r = await call(removeRoute, 'DELETE', {}, writerCookie, { id: 'x'.repeat(65) });
    expect(r.status).toBe(422);
    expect(typeof r.body?.error).toBe('string');
    expect(await db.attachment.count()).toBe(before);
  });
});
