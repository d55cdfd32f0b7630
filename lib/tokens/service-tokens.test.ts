// A project's service token: made by admins, acting through a stand-in confined to its project.
// It reads and writes there, and nowhere else: other projects (even internal) and team-wide pages
// are missing to it, search is refused, and it never appears among the people.
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as revokeRoute } from '@/app/api/account/tokens/[id]/route';
import { POST as serviceTokenRoute } from '@/app/api/projects/[slug]/service-tokens/route';
import { GET as getDoc } from '@/app/api/v1/documents/[id]/route';
import { GET as listDocs, POST as createDoc } from '@/app/api/v1/documents/route';
import { PUT as publish } from '@/app/api/v1/projects/[slug]/model-cards/[model]/versions/[version]/route';
import { GET as getProject } from '@/app/api/v1/projects/[slug]/route';
import { GET as listProjects } from '@/app/api/v1/projects/route';
import { GET as search } from '@/app/api/v1/search/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { readsDocument } from '@/lib/policies/read-rule';
import { listUsers } from '@/lib/users/list-users';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call, callApi } from '@/test/http';

type THandler = Parameters<typeof callApi>[0];
let admin: Awaited<ReturnType<typeof makeUser>>;
let home: { id: string; slug: string };
let other: { id: string; slug: string };
let homeDoc: string;
let otherDoc: string;
let teamDoc: string;
let made: { id: string; token: string };

beforeAll(async () => {
  admin = await makeUser('Service admin', 'admin');
  home = await makeProject(unique('svc-home'), 'restricted');
  other = await makeProject(unique('svc-other'), 'internal');
  homeDoc = (
    await createDocument(admin, {
      kind: 'runbook',
      projectSlug: home.slug,
      title: unique('Home'),
      body: 'x',
      tags: [],
      status: 'published',
    })
  ).id;
  otherDoc = (
    await createDocument(admin, {
      kind: 'runbook',
      projectSlug: other.slug,
      title: unique('Other'),
      body: 'x',
      tags: [],
      status: 'published',
    })
  ).id;
  teamDoc = (
    await createDocument(admin, { kind: 'practice', projectSlug: null, title: unique('Team'), body: 'x', tags: [], status: 'published' })
  ).id;
  const res = await call(serviceTokenRoute, 'POST', { name: 'nightly training', scopes: ['read', 'publish'] }, await sessionCookie(admin), {
    slug: home.slug,
  });
  expect(res.status).toBe(201);
  made = res.body as { id: string; token: string };
});

describe('service tokens', () => {
  it('only admins make them; a project owner is refused', async () => {
    const owner = await makeUser('Svc owner', 'viewer');
    await addMember(home.id, owner.id, 'owner');
    const res = await call(serviceTokenRoute, 'POST', { name: 'mine', scopes: ['read'] }, await sessionCookie(owner), { slug: home.slug });
    expect(res.status).toBe(403);
    const bad = await call(serviceTokenRoute, 'POST', { name: 'x', scopes: ['admin'] }, await sessionCookie(admin), { slug: home.slug });
    expect(bad.status).toBe(422);
  });

  it('reads and publishes in its project, even a restricted one', async () => {
    expect((await callApi(getProject, 'GET', made.token, { slug: home.slug })).status).toBe(200);
    expect((await callApi(getDoc, 'GET', made.token, { id: homeDoc })).status).toBe(200);
    const published = await callApi(
      publish,
      'PUT',
      made.token,
      { slug: home.slug, model: 'svc-model', version: '1' },
      { pipeline: 'nightly', run: { id: '7' } },
    );
    expect(published.status).toBe(200);
    const rev = await db.revision.findFirstOrThrow({
      where: { document: { projectId: home.id, slug: 'svc-model' } },
      select: { author: { select: { name: true } } },
    });
    expect(rev.author.name).toBe('Service: nightly training');
  });

  it('finds nothing outside its project: other projects and team-wide pages are missing, search is refused', async () => {
    expect((await callApi(getProject, 'GET', made.token, { slug: other.slug })).status).toBe(404);
    expect((await callApi(getDoc, 'GET', made.token, { id: otherDoc })).status).toBe(404);
    expect((await callApi(getDoc, 'GET', made.token, { id: teamDoc })).status).toBe(404);
    expect(
      (await callApi(publish, 'PUT', made.token, { slug: other.slug, model: 'm', version: '1' }, { pipeline: 'n', run: { id: '1' } }))
        .status,
    ).toBe(404);
    const listed = await callApi(listProjects, 'GET', made.token);
    expect(listed.body).toMatchObject({ items: expect.any(Array) });
    const projects = listed.body!.items as { slug: string }[];
    expect(projects.map((p) => p.slug)).toEqual([home.slug]);
    const docs = (await callApi(listDocs as THandler, 'GET', made.token)).body!.items as { project: string | null }[];
    expect(docs.length).toBeGreaterThan(0);
    expect(new Set(docs.map((d) => d.project))).toEqual(new Set([home.slug]));
    expect((await callApi(search as THandler, 'GET', made.token)).status).toBe(403);
    expect((await callApi(createDoc as THandler, 'POST', made.token, {}, { kind: 'practice', title: 'x', body: '' })).status).toBe(403);
  });

  it('the read rule: a confined reader reads only where it is a member', () => {
    const reader = { id: 'svc', role: 'viewer' as const, confinedTo: 'p' };
    expect(readsDocument(reader, { project: null })).toBe(false);
    expect(readsDocument(reader, { project: { visibility: 'internal', membership: null } })).toBe(false);
    expect(readsDocument(reader, { project: { visibility: 'restricted', membership: 'editor' } })).toBe(true);
    expect(readsDocument({ ...reader, role: 'admin' }, { project: null })).toBe(false);
  });

  it('is not one of the people, and stops once an admin revokes it', async () => {
    expect((await listUsers()).some((u) => u.name === 'Service: nightly training')).toBe(false);
    expect((await call(revokeRoute, 'DELETE', {}, await sessionCookie(admin), { id: made.id })).status).toBe(200);
    expect((await callApi(getProject, 'GET', made.token, { slug: home.slug })).status).toBe(401);
  });
});
