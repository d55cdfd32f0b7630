import { beforeEach, describe, expect, it } from 'vitest';
import { PATCH as setVisibilityRoute } from '@/app/api/projects/[slug]/route';
import { DELETE as removeRoute, POST as setRoute } from '@/app/api/projects/[slug]/members/route';
import { PUT as updateDocRoute } from '@/app/api/documents/[id]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

describe('project members and visibility handlers', () => {
  let project: { id: string; slug: string };
  let owner: { id: string; email: string };
  let member: { id: string; email: string };
  let docId: string;

  beforeEach(async () => {
    project = await makeProject(unique('team'), 'restricted');
    owner = await makeUser('Owner', 'viewer');
    member = await makeUser('Member', 'viewer');
    await addMember(project.id, owner.id, 'owner');
    docId = (
      await createDocument(owner, {
        kind: 'runbook',
        projectSlug: project.slug,
        title: unique('Runbook'),
        body: 'x',
        tags: [],
        status: 'published',
      })
    ).id;
  });

  it('lets the project owner add, promote and remove members, each recorded in the audit log', async () => {
    const cookie = await sessionCookie(owner);
    expect((await call(setRoute, 'POST', { email: member.email, role: 'viewer' }, cookie, { slug: project.slug })).status).toBe(200);
    expect((await call(setRoute, 'POST', { email: member.email, role: 'editor' }, cookie, { slug: project.slug })).status).toBe(200);
    expect((await call(removeRoute, 'DELETE', { userId: member.id }, cookie, { slug: project.slug })).status).toBe(200);
    const actions = (await db.auditEvent.findMany({ where: { targetId: project.id }, orderBy: { at: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['project.member.add', 'project.member.role', 'project.member.remove']);
  });

  it('refuses non-owners: a project editor gets 403, an outsider and an unknown project get 404', async () => {
    await addMember(project.id, member.id, 'editor');
    const editorCookie = await sessionCookie(member);
    expect((await call(setRoute, 'POST', { email: owner.email, role: 'viewer' }, editorCookie, { slug: project.slug })).status).toBe(403);
    expect((await call(setVisibilityRoute, 'PATCH', { visibility: 'internal' }, editorCookie, { slug: project.slug })).status).toBe(403);
    const outsider = await sessionCookie(await makeUser('Outsider', 'editor'));
    expect((await call(setRoute, 'POST', { email: owner.email, role: 'viewer' }, outsider, { slug: project.slug })).status).toBe(404);
    expect((await call(removeRoute, 'DELETE', { userId: owner.id }, outsider, { slug: project.slug })).status).toBe(404);
    expect((await call(setRoute, 'POST', { email: owner.email, role: 'viewer' }, outsider, { slug: 'no-such-project' })).status).toBe(404);
    expect(await db.projectMember.count({ where: { projectId: project.id } })).toBe(2);
  });

  it('removing a member takes effect on their very next request', async () => {
    await addMember(project.id, member.id, 'editor');
    const memberCookie = await sessionCookie(member);
    const save = (v: number) => call(updateDocRoute, 'PUT', { baseVersion: v, title: 'T', body: `v${v + 1}` }, memberCookie, { id: docId });
    expect((await save(1)).status).toBe(200);
    await call(removeRoute, 'DELETE', { userId: member.id }, await sessionCookie(owner), { slug: project.slug });
    expect((await save(2)).status).toBe(404);
  });

  it('refuses to add an email without an account, naming the field', async () => {
    const res = await call(setRoute, 'POST', { email: 'nobody@nowhere.test', role: 'viewer' }, await sessionCookie(owner), {
      slug: project.slug,
    });
    expect(res.status).toBe(422);
    expect((res.body?.fields as Record<string, string>).email).toBe('No active account with this email');
  });

  it('lets an admin change visibility of a project they are not in', async () => {
    const admin = await sessionCookie(await makeUser('Admin', 'admin'));
    expect((await call(setVisibilityRoute, 'PATCH', { visibility: 'internal' }, admin, { slug: project.slug })).status).toBe(200);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).visibility).toBe('internal');
  });
});
