// Similar past work through the real route and the built-in engine on a real database: a draft
// finds the page from another project that shares its words, with why; its own page and its own
// project are left out; a restricted page never reaches someone who may not read it; bad input
// is refused.
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as similarRoute } from '@/app/api/similar/route';
import { createDocument } from '@/lib/documents/create-document';
import { builtinEngine } from '@/lib/search/builtin/engine';
import { drainOutbox } from '@/lib/search/drain-outbox';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import type { TSimilarItem } from './similar-work';

const word = () => Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvwxz'[randomInt(20)]).join('') + 'a';
const w = { shared: word(), lesson: word(), secret: word() };

let cookie: { writer: string; member: string };
let mine: { id: string; slug: string };
let other: { id: string; slug: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  const [writer, member] = await Promise.all([makeUser('Sim writer', 'editor'), makeUser('Sim member', 'viewer')]);
  cookie = { writer: await sessionCookie(writer), member: await sessionCookie(member) };
  [mine, other] = await Promise.all([makeProject(unique('simmine')), makeProject(unique('simother'))]);
  const secret = await makeProject(unique('simsecret'), 'restricted');
  await addMember(secret.id, member.id, 'viewer');
  const retro = (projectSlug: string, title: string, fields: object = {}) =>
    createDocument(writer, { kind: 'retrospective', projectSlug, title, body: `## ${title}`, tags: [], status: 'published', fields });
  ids.other = (
    await retro(other.slug, `Outage of the ${w.shared} scorer`, {
      lessons: [{ text: `Always canary the ${w.lesson} service`, tags: ['deployment'] }],
    })
  ).id;
  ids.mine = (await retro(mine.slug, `Earlier ${w.shared} review in my project`)).id;
  ids.secret = (await retro(secret.slug, `Restricted ${w.shared} ${w.secret} postmortem`)).id;
  await drainOutbox(builtinEngine);
});

const ask = async (who: string, draft: Record<string, unknown>) =>
  call(similarRoute, 'POST', { kind: 'retrospective', title: '', body: '', tags: [], projectSlug: mine.slug, ...draft }, who);
const items = (res: { body?: Record<string, unknown> | null }) => (res.body?.items ?? []) as TSimilarItem[];

describe('similar past work', () => {
  it('finds another project’s page and its lesson, says why, and leaves out the writer’s own project', async () => {
    const res = await ask(cookie.writer, {
      title: `${w.shared} incident`,
      fields: { lessons: [{ text: `Canary the ${w.lesson} service`, tags: ['deployment'] }] },
    });
    expect(res.status).toBe(200);
    const found = items(res);
    expect(found[0]).toMatchObject({ type: 'page', key: ids.other, why: [expect.stringContaining(w.shared)] });
    expect(found.find((i) => i.type === 'lesson')).toMatchObject({
      text: `Always canary the ${w.lesson} service`,
      why: expect.arrayContaining(['same tags: deployment']),
    });
    expect(found.map((i) => i.key)).not.toContain(ids.mine);
  });

  it('never suggests a restricted page to someone who may not read it', async () => {
    expect(items(await ask(cookie.writer, { title: w.secret })).map((i) => i.key)).toEqual([]);
    expect(items(await ask(cookie.member, { title: w.secret })).map((i) => i.key)).toEqual([ids.secret]);
  });

  it('leaves out the page being edited', async () => {
    const res = await ask(cookie.writer, { title: w.shared, projectSlug: other.slug, documentId: ids.other });
    expect(items(res).map((i) => i.key)).not.toContain(ids.other);
  });

  it('refuses bad input with a message, and answers an empty draft with nothing', async () => {
    expect((await ask(cookie.writer, { kind: 'memo' })).status).toBe(422);
    expect((await ask(cookie.writer, { body: 'x'.repeat(300_000) })).status).toBe(422);
    expect((await ask(cookie.writer, { tags: Array.from({ length: 30 }, (_, i) => `t${i}`) })).status).toBe(422);
    const deep = JSON.parse('{"a":'.repeat(40) + '{}' + '}'.repeat(40)) as object;
    const nested = await ask(cookie.writer, { title: 't', fields: deep });
    expect(nested.status).toBe(422);
    expect(String(nested.body?.error)).toMatch(/nests more than 32 levels/);
    expect(items(await ask(cookie.writer, {}))).toEqual([]);
    expect((await ask('', { title: w.shared })).status).toBe(401);
  });
});
