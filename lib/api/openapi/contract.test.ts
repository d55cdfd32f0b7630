// The API and its description cannot drift: every route under app/api/v1 is in the OpenAPI
// document with each method it exports, the document is valid OpenAPI 3.1, and real answers of
// every endpoint (from a real database, through the route handlers, with real tokens) validate
// against the document's schemas.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as createTokenRoute } from '@/app/api/account/tokens/route';
import { DELETE as deleteDoc, GET as getDoc, PUT as putDoc } from '@/app/api/v1/documents/[id]/route';
import { GET as getRevision } from '@/app/api/v1/documents/[id]/revisions/[version]/route';
import { GET as listRevisions } from '@/app/api/v1/documents/[id]/revisions/route';
import { GET as listDocs, POST as createDoc } from '@/app/api/v1/documents/route';
import { GET as exportDoc } from '@/app/api/v1/documents/[id]/export/route';
import { GET as listActionItems } from '@/app/api/v1/action-items/route';
import { GET as listDecisions } from '@/app/api/v1/decisions/route';
import { GET as listLessons } from '@/app/api/v1/lessons/route';
import { GET as search } from '@/app/api/v1/search/route';
import { GET as openapiRoute } from '@/app/api/v1/openapi.json/route';
import { PUT as publish } from '@/app/api/v1/projects/[slug]/model-cards/[model]/versions/[version]/route';
import { GET as getProject } from '@/app/api/v1/projects/[slug]/route';
import { GET as getDocAt } from '@/app/api/v1/projects/[slug]/documents/[doc]/route';
import { GET as listProjects } from '@/app/api/v1/projects/route';
import { createDocument } from '@/lib/documents/create-document';
import { addMember, makeProject, makeUser, sessionCookie, unique } from '@/test/factories';
import { call } from '@/test/http';
import { openApiDocument } from './document';

type TDoc = ReturnType<typeof openApiDocument>;
type THandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
const root = path.resolve(__dirname, '..', '..', '..');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === 'route.ts' ? [full] : [];
  });
}

const doc: TDoc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

function check(method: string, pathKey: string, status: number, body: unknown) {
  const op = (doc.paths[pathKey] as Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>)[method];
  const response = op?.responses[String(status)];
  expect(response, `${method} ${pathKey} ${status} is in the document`).toBeDefined();
  const schema = Object.values(response!.content)[0]!.schema;
  const valid = ajv.validate(schema, body);
  expect(valid, `${method} ${pathKey} ${status}: ${ajv.errorsText()}`).toBe(true);
}

describe('the OpenAPI document', () => {
  it('lists every /api/v1 route and every method it exports', async () => {
    const files = routeFiles(path.join(root, 'app', 'api', 'v1')).filter((f) => !f.includes('openapi.json'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const rel = path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep).join('/');
      const key = `/${rel.replace(/\[(\w+)\]/g, '{$1}')}`;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => m in mod)) {
        expect(doc.paths[key]?.[method.toLowerCase()], `${method} ${key} is in openapi.json`).toBeDefined();
      }
    }
  });

  it('is valid OpenAPI 3.1 served at /api/v1/openapi.json', async () => {
    const served = (await (await openapiRoute()).json()) as TDoc;
    expect(served.openapi).toBe('3.1.0');
    for (const [p, ops] of Object.entries(served.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { responses: object; operationId: string }>)) {
        expect(op.operationId, `${method} ${p}`).toMatch(/^\w+$/);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
      for (const name of p.match(/\{(\w+)\}/g) ?? []) {
        for (const op of Object.values(ops as Record<string, { parameters?: { name: string; in: string }[] }>)) {
          expect(
            op.parameters?.some((x) => x.in === 'path' && `{${x.name}}` === name),
            `${p} declares ${name}`,
          ).toBe(true);
        }
      }
    }
    // Every webhook event has its payload described.
    expect(Object.keys((served as { webhooks: object }).webhooks)).toEqual(expect.arrayContaining(['document.updated', 'webhook.ping']));
    for (const hook of Object.values(
      (served as { webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }> }).webhooks,
    ))
      expect(() => ajv.compile(hook.post.requestBody.content['application/json']!.schema)).not.toThrow();
    // Every schema in it compiles as JSON Schema 2020-12.
    for (const ops of Object.values(served.paths)) {
      for (const op of Object.values(
        ops as Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>,
      )) {
        for (const r of Object.values(op.responses))
          for (const c of Object.values(r.content)) expect(() => ajv.compile(c.schema)).not.toThrow();
      }
    }
  });
});

describe('real answers match the document', () => {
  let token: string;
  let reader: string;
  let project: { id: string; slug: string };

  beforeAll(async () => {
    project = await makeProject(unique('contract'));
    const person = await makeUser('Contract person', 'viewer');
    await addMember(project.id, person.id, 'editor');
    const cookie = await sessionCookie(person);
    token = String((await call(createTokenRoute, 'POST', { name: 'contract', scopes: ['write', 'publish'] }, cookie)).body?.token);
    reader = String((await call(createTokenRoute, 'POST', { name: 'contract-read', scopes: ['read'] }, cookie)).body?.token);
    // Records for the lists to return: a decision, a lesson and an action item.
    await createDocument(person, {
      kind: 'retrospective',
      projectSlug: project.slug,
      title: unique('Contract retro'),
      body: 'x',
      tags: [],
      status: 'published',
      fields: {
        decisions: [{ decision: 'Ship it', rationale: 'Ready', decidedBy: 'Ana', date: '2026-11-01' }],
        lessons: [{ text: 'Label early', tags: ['labels'] }],
        actionItems: [{ action: 'Add alert', owner: 'Ana', due: '2026-12-24', status: 'open' }],
      },
    });
  });

  async function hit(
    handler: THandler,
    method: string,
    pathKey: string,
    params: Record<string, string>,
    opts: { body?: unknown; query?: string; as?: string; headers?: Record<string, string> } = {},
  ) {
    const url = `http://localhost${pathKey.replace(/\{(\w+)\}/g, (_, k: string) => params[k]!)}${opts.query ? `?${opts.query}` : ''}`;
    const res = await handler(
      new Request(url, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${opts.as ?? token}`, 'content-type': 'application/json', ...opts.headers },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      }),
      { params: Promise.resolve(params) },
    );
    const body: unknown = res.headers.get('content-type')?.startsWith('text/markdown') ? await res.text() : await res.json();
    check(method, pathKey, res.status, body);
    return { status: res.status, body: body as Record<string, unknown> };
  }

  it('every endpoint, on success and on the errors it documents', async () => {
    await hit(listProjects as THandler, 'get', '/api/v1/projects', {});
    await hit(getProject as THandler, 'get', '/api/v1/projects/{slug}', { slug: project.slug });
    await hit(getProject as THandler, 'get', '/api/v1/projects/{slug}', { slug: 'no-such-project' });
    const created = await hit(
      createDoc as THandler,
      'post',
      '/api/v1/documents',
      {},
      { body: { kind: 'runbook', projectSlug: project.slug, title: unique('Contract'), body: 'x' } },
    );
    expect(created.status).toBe(201);
    await hit(createDoc as THandler, 'post', '/api/v1/documents', {}, { body: { kind: 'poem', title: '' } });
    await hit(createDoc as THandler, 'post', '/api/v1/documents', {}, { body: { kind: 'runbook', title: 'x', body: '' }, as: reader });
    const id = String(created.body.id);
    await hit(listDocs as THandler, 'get', '/api/v1/documents', {}, { query: `project=${project.slug}&limit=1` });
    await hit(listDocs as THandler, 'get', '/api/v1/documents', {}, { query: 'limit=0' });
    const one = await hit(getDoc as THandler, 'get', '/api/v1/documents/{id}', { id });
    const at = await hit(getDocAt as THandler, 'get', '/api/v1/projects/{slug}/documents/{doc}', {
      slug: project.slug,
      doc: String(one.body.slug),
    });
    expect(at.body.id).toBe(id);
    await hit(getDocAt as THandler, 'get', '/api/v1/projects/{slug}/documents/{doc}', { slug: '_', doc: 'no-such-page' });
    await hit(
      putDoc as THandler,
      'put',
      '/api/v1/documents/{id}',
      { id },
      { body: { title: String(one.body.title), body: 'y' }, headers: { 'if-match': '"1"' } },
    );
    await hit(
      putDoc as THandler,
      'put',
      '/api/v1/documents/{id}',
      { id },
      { body: { title: String(one.body.title), body: 'z' }, headers: { 'if-match': '"1"' } },
    );
    await hit(
      putDoc as THandler,
      'put',
      '/api/v1/documents/{id}',
      { id },
      { body: { title: String(one.body.title), body: 'z', baseVersion: 1 } },
    );
    await hit(listRevisions as THandler, 'get', '/api/v1/documents/{id}/revisions', { id });
    await hit(getRevision as THandler, 'get', '/api/v1/documents/{id}/revisions/{version}', { id, version: '1' });
    await hit(
      publish as THandler,
      'put',
      '/api/v1/projects/{slug}/model-cards/{model}/versions/{version}',
      { slug: project.slug, model: 'contract-model', version: '1' },
      {
        body: { pipeline: 'ci', run: { id: '1' }, metrics: [{ name: 'AUC', value: 0.9, threshold: '>= 0.8' }] },
      },
    );
    const md = await hit(exportDoc as THandler, 'get', '/api/v1/documents/{id}/export', { id });
    expect(String(md.body)).toMatch(/^---\ntitle: /);
    await hit(search as THandler, 'get', '/api/v1/search', {}, { query: 'q=contract&kind=runbook' });
    await hit(search as THandler, 'get', '/api/v1/search', {}, { query: 'kind=poem' });
    expect(
      (await hit(listDecisions as THandler, 'get', '/api/v1/decisions', {}, { query: `project=${project.slug}` })).body.items,
    ).toHaveLength(1);
    await hit(listDecisions as THandler, 'get', '/api/v1/decisions', {}, { query: 'from=yesterday' });
    expect(
      (await hit(listLessons as THandler, 'get', '/api/v1/lessons', {}, { query: `project=${project.slug}` })).body.items,
    ).toHaveLength(1);
    expect(
      (await hit(listActionItems as THandler, 'get', '/api/v1/action-items', {}, { query: `status=all&project=${project.slug}` })).body
        .items,
    ).toHaveLength(1);
    await hit(deleteDoc as THandler, 'delete', '/api/v1/documents/{id}', { id });
    await hit(listProjects as THandler, 'get', '/api/v1/projects', {}, { as: `hs_${'0'.repeat(43)}` });
  });
});
