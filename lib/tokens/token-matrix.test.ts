// Every scope × endpoint × internal/restricted project × member/outsider: what a token gets. A
// token never does more than its person may, and its scopes narrow that: publish reaches only
// publishing; someone outside a restricted project learns nothing of it (404; 422 when creating,
// as for an unknown project).
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createTokenRoute } from '@/app/api/account/tokens/route';
import { GET as exportDoc } from '@/app/api/v1/documents/[id]/export/route';
import { GET as getDoc, PUT as putDoc } from '@/app/api/v1/documents/[id]/route';
import { POST as createDoc } from '@/app/api/v1/documents/route';
import { PUT as publish } from '@/app/api/v1/projects/[slug]/model-cards/[model]/versions/[version]/route';
import { GET as getProject } from '@/app/api/v1/projects/[slug]/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';

type THandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TWhere = 'internal' | 'restricted';
const CALLERS = ['member:read', 'member:write', 'member:publish', 'outsider:read', 'outsider:write', 'outsider:publish'] as const;

const places: Record<TWhere, { slug: string; doc: string }> = {} as never;
const tokens: Record<string, string> = {};

async function send(handler: THandler, method: string, token: string, params: Record<string, string>, body?: unknown) {
  const res = await handler(
    new Request('http://localhost/api/v1/x', {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  return res.status;
}

const ENDPOINTS: [string, (where: TWhere, token: string) => Promise<number>][] = [
  ['GET project', (w, t) => send(getProject as THandler, 'GET', t, { slug: places[w].slug })],
  ['GET document', (w, t) => send(getDoc as THandler, 'GET', t, { id: places[w].doc })],
  ['GET document export', (w, t) => send(exportDoc as THandler, 'GET', t, { id: places[w].doc })],
  [
    'PUT document',
    async (w, t) => {
      const { version, title } = await db.document.findUniqueOrThrow({
        where: { id: places[w].doc },
        select: { version: true, title: true },
      });
      return send(putDoc as THandler, 'PUT', t, { id: places[w].doc }, { title, body: unique('edit'), baseVersion: version });
    },
  ],
  [
    'POST document',
    (w, t) =>
      send(createDoc as THandler, 'POST', t, {}, { kind: 'practice', projectSlug: places[w].slug, title: unique('Matrix'), body: 'x' }),
  ],
  [
    'PUT model-card version',
    (w, t) =>
      send(
        publish as THandler,
        'PUT',
        t,
        { slug: places[w].slug, model: 'matrix-model', version: '1' },
        { pipeline: 'ci', run: { id: '1' } },
      ),
  ],
];

// Expected status per caller, in CALLERS order.
const EXPECTED: Record<TWhere, Record<string, number[]>> = {
  internal: {
    'GET project': [200, 200, 403, 200, 200, 403],
    'GET document': [200, 200, 403, 200, 200, 403],
    'GET document export': [200, 200, 403, 200, 200, 403],
    'PUT document': [403, 200, 403, 403, 200, 403],
    'POST document': [403, 201, 403, 403, 201, 403],
    'PUT model-card version': [403, 200, 200, 403, 200, 200],
  },
  restricted: {
    'GET project': [200, 200, 403, 404, 404, 404],
    'GET document': [200, 200, 403, 404, 404, 404],
    'GET document export': [200, 200, 403, 404, 404, 404],
    'PUT document': [403, 200, 403, 404, 404, 404],
    'POST document': [403, 201, 403, 422, 422, 422],
    'PUT model-card version': [403, 200, 200, 404, 404, 404],
  },
};

beforeAll(async () => {
  const member = await makeUser('Matrix member', 'editor');
  const outsider = await makeUser('Matrix outsider', 'editor');
  for (const where of ['internal', 'restricted'] as const) {
    const project = await makeProject(unique(`tm-${where}`), where);
    await addMember(project.id, member.id, 'editor');
    const doc = await createDocument(member, {
      kind: 'runbook',
      projectSlug: project.slug,
      title: unique('Matrix doc'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    places[where] = { slug: project.slug, doc: doc.id };
  }
  for (const [who, user] of [
    ['member', member],
    ['outsider', outsider],
  ] as const) {
    const cookie = await sessionCookie(user);
    for (const scope of ['read', 'write', 'publish']) {
      tokens[`${who}:${scope}`] = String(
        (await call(createTokenRoute, 'POST', { name: `${who} ${scope}`, scopes: [scope] }, cookie)).body?.token,
      );
    }
  }
});

describe('token matrix: scope × endpoint × project × caller', () => {
  for (const where of ['internal', 'restricted'] as const) {
    for (const [name, run] of ENDPOINTS) {
      it(`${name} in a ${where} project`, async () => {
        const got: number[] = [];
        for (const caller of CALLERS) got.push(await run(where, tokens[caller]!));
        expect(Object.fromEntries(CALLERS.map((c, i) => [c, got[i]]))).toEqual(
          Object.fromEntries(CALLERS.map((c, i) => [c, EXPECTED[where][name]![i]])),
        );
      });
    }
  }
});
