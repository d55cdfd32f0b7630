// Attachments in S3-compatible storage, against a real S3 API server: s3rver, an S3-compatible
// server in Node (no MinIO or AWS here). Bytes go to the bucket and the row to PostgreSQL; pages
// serve, export and remove them as they do files kept in PostgreSQL, which stay readable after
// the switch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE as removeRoute, GET as serveRoute } from '@/app/api/attachments/[id]/route';
import { POST as attachRoute } from '@/app/api/documents/[id]/attachments/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { exportEntries } from '@/lib/content/export-content';
import { loadProject } from '@/lib/policies/loaders';
import { addMember, fillAttachments, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, upload } from '@/test/http';
import { s3Store, useObjectStore, type TObjectStore } from './storage';

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);

let server: S3rver;
let folder: string;
let store: TObjectStore;
let bucket: S3Client;
let project: { id: string; slug: string };
let writer: Awaited<ReturnType<typeof makeUser>>;
let cookie: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'hindsight-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: folder,
    configureBuckets: [{ name: 'wiki-files', configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  store = s3Store({ bucket: 'wiki-files', endpoint, credentials });
  bucket = new S3Client({ endpoint, credentials, region: 'us-east-1', forcePathStyle: true });
  project = await makeProject(unique('s3'));
  writer = await makeUser('S3 Writer', 'viewer');
  await addMember(project.id, writer.id, 'editor');
  cookie = await sessionCookie(writer);
});

afterAll(async () => {
  useObjectStore(null);
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const newPage = async (slug: string) =>
  (
    await createDocument(writer, {
      kind: 'runbook',
      projectSlug: project.slug,
      slug,
      title: slug,
      body: 'x',
      tags: [],
      status: 'published',
    })
  ).id;
const serve = (id: string) =>
  serveRoute(new Request(`http://localhost/api/attachments/${id}`, { headers: { cookie } }), { params: Promise.resolve({ id }) });

describe('attachments in S3-compatible storage', () => {
  it('puts, reads back and removes an object', async () => {
    await store.put('probe', new Uint8Array([1, 2, 3]), 'application/octet-stream');
    expect(await store.get('probe')).toEqual(new Uint8Array([1, 2, 3]));
    await store.remove('probe');
    await expect(store.get('probe')).rejects.toThrow();
  });

  it('keeps the bytes in the bucket and the row in PostgreSQL; serves, exports and removes them', async () => {
    const page = await newPage('s3-page');
    // A file stored before the switch stays where it is, and readable.
    useObjectStore(null);
    const before = String((await upload(attachRoute, { file: new File(['before'], 'before.txt') }, cookie, { id: page })).body!.id);
    useObjectStore(store);
    const r = await upload(attachRoute, { file: new File([PNG], 'plot.png') }, cookie, { id: page });
    expect(r.status).toBe(201);
    const id = String(r.body!.id);

    const row = await db.attachment.findUniqueOrThrow({ where: { id }, select: { storedIn: true, data: true, size: true } });
    expect(row).toEqual({ storedIn: 's3', data: null, size: PNG.length });
    expect(await store.get(id)).toEqual(PNG);

    const res = await serve(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    expect(await (await serve(before)).text()).toBe('before');

    const files = new Map<string, Uint8Array>();
    for await (const e of exportEntries(writer, { project: await loadProject(writer, project.slug) }))
      if ('bytes' in e) files.set(e.path, e.bytes);
    expect(files.get(`projects/${project.slug}/s3-page.files/plot.png`)).toEqual(PNG);

    expect((await call(removeRoute, 'DELETE', {}, cookie, { id })).status).toBe(200);
    expect((await serve(id)).status).toBe(404);
    await expect(store.get(id)).rejects.toThrow();
  });

  it('leaves no object behind when the page’s cap refuses the file', async () => {
    const page = await newPage('s3-full');
    useObjectStore(store);
    await fillAttachments(page, 200);
    const objects = async () => (await bucket.send(new ListObjectsV2Command({ Bucket: 'wiki-files' }))).KeyCount ?? 0;
    const before = await objects();
    const r = await upload(attachRoute, { file: new File([PNG], 'one-too-many.png') }, cookie, { id: page });
    expect(r.status).toBe(422);
    expect(String(r.body!.error)).toContain('at most 200 attachments');
    expect(await objects()).toBe(before);
  });
});
