// Logs, metrics and health as an operator meets them: one JSON line per request with its id and
// user (never a token), the id returned and in error bodies; Prometheus metrics only for the
// token holder; readiness and liveness a load balancer can act on.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as live } from '@/app/api/health/live/route';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { PUT as updateDoc } from '@/app/api/documents/[id]/route';
import { POST as searchRoute } from '@/app/api/search/route';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { makeUser, sessionCookie, unique } from '@/test/factories';
import { createLogger, logger } from './logger';
import { routeLabel } from './metrics';
import { withRequestContext } from './request-context';
import { requestIdFrom } from './request-id';

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.HINDSIGHT_METRICS_TOKEN;
});

const request = (url: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  new Request(url, { ...init, headers: { origin: 'http://localhost', 'content-type': 'application/json', ...init.headers } });

describe('request logs', () => {
  it('one line per request with method, route, status, duration, user and the request id it returns', async () => {
    const user = await makeUser('Logged', 'editor');
    const { id } = await createDocument(user, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Logged'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    const info = vi.spyOn(logger, 'info');
    const res = await updateDoc(
      request(`http://localhost/api/documents/${id}`, {
        method: 'PUT',
        headers: { cookie: await sessionCookie(user), 'x-request-id': 'trace-abc-123' },
        body: JSON.stringify({ baseVersion: 1, title: 'T', body: 'y' }),
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(info).toHaveBeenCalledTimes(1);
    const [line] = info.mock.calls[0]! as [Record<string, unknown>];
    expect(line).toMatchObject({ requestId: 'trace-abc-123', userId: user.id, method: 'PUT', route: '/api/documents/:id', status: 200 });
    expect(typeof line.ms).toBe('number');
    expect(JSON.stringify(line)).not.toMatch(/session-token|cookie/i);
  });

  it('puts the request id in error answers, and makes one up when none (or a strange one) is sent', async () => {
    const res = await updateDoc(
      request('http://localhost/api/documents/x', { method: 'PUT', headers: { 'x-request-id': 'bad id with spaces' }, body: '{}' }),
      { params: Promise.resolve({ id: 'x' }) },
    );
    expect(res.status).toBe(401);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await res.json()) as { requestId: string }).requestId).toBe(id);
    expect(requestIdFrom('ok-id_1.2:3')).toBe('ok-id_1.2:3');
    expect(requestIdFrom('x'.repeat(129))).not.toBe('x'.repeat(129));
  });

  it('every line logged during a request carries its id and user, and secrets are redacted', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
    const log = createLogger(sink, 'info');
    await withRequestContext({ requestId: 'req-1', userId: 'u-1' }, async () => {
      log.info({ step: 'inside', user: { password: 'hunter2', token: 'hs_secret' } }, 'deep in a domain function');
    });
    log.info('outside any request');
    expect(lines[0]).toMatchObject({
      requestId: 'req-1',
      userId: 'u-1',
      step: 'inside',
      user: { password: '[redacted]', token: '[redacted]' },
    });
    expect(lines[1]).not.toHaveProperty('requestId');
  });
});

describe('GET /api/metrics', () => {
  it('does not exist without a configured token, and refuses anyone without it', async () => {
    expect((await metricsRoute(request('http://localhost/api/metrics'))).status).toBe(404);
    process.env.HINDSIGHT_METRICS_TOKEN = 'metrics-token-0123456789';
    expect((await metricsRoute(request('http://localhost/api/metrics'))).status).toBe(401);
    expect(
      (await metricsRoute(request('http://localhost/api/metrics', { headers: { authorization: 'Bearer metrics-token-WRONG6789' } })))
        .status,
    ).toBe(401);
    expect(
      (
        await metricsRoute(
          request('http://localhost/api/metrics', { headers: { authorization: 'Bearer x', 'x-forwarded-for': '127.0.0.1' } }),
        )
      ).status,
    ).toBe(401);
  });

  it('serves request and search latency, outbox depth and age, and the pool, to the token holder', async () => {
    process.env.HINDSIGHT_METRICS_TOKEN = 'metrics-token-0123456789';
    const user = await makeUser('Searcher', 'viewer');
    await searchRoute(
      request('http://localhost/api/search', { method: 'POST', headers: { cookie: await sessionCookie(user) }, body: '{"q":"drift"}' }),
      { params: Promise.resolve({}) },
    );
    const res = await metricsRoute(
      request('http://localhost/api/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } }),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const metric of [
      'hindsight_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/api/search",status="200"}',
      'hindsight_search_duration_seconds_count{engine="built-in",outcome="ok"}',
      'hindsight_outbox_depth ',
      'hindsight_outbox_oldest_seconds ',
      'hindsight_indexer_failing_rows ',
      'hindsight_db_pool_connections{state="total"}',
    ]) {
      expect(text).toContain(metric);
    }
  });

  it('labels routes without ids or slugs', () => {
    expect(routeLabel('/api/documents/cm123abc')).toBe('/api/documents/:id');
    expect(routeLabel('/api/documents/cm123abc/restore')).toBe('/api/documents/:id/restore');
    expect(routeLabel('/api/projects/churn/members')).toBe('/api/projects/:slug/members');
    expect(routeLabel('/api/admin/users/u1')).toBe('/api/admin/users/:id');
    expect(routeLabel('/api/search')).toBe('/api/search');
  });
});

describe('health', () => {
  it('readiness reports the database, the search engine and the indexer; liveness touches nothing', async () => {
    const res = await health();
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      database: { ok: boolean };
      search: { ok: boolean; engine: string };
      indexer: { queued: number };
    };
    expect(body).toMatchObject({ database: { ok: true }, search: { engine: 'built-in', ok: true } });
    expect(typeof body.indexer.queued).toBe('number');
    expect(await (await live()).json()).toEqual({ status: 'alive' });
  });

  it('says "degraded" (still 200) when the indexer lags more than five minutes', async () => {
    const user = await makeUser('Lagging', 'editor');
    const { id } = await createDocument(user, {
      kind: 'practice',
      projectSlug: null,
      title: unique('Lag'),
      body: 'x',
      tags: [],
      status: 'published',
    });
    const row = await db.searchOutbox.create({
      data: { documentId: id, enqueuedAt: new Date(Date.now() - 10 * 60_000), availableAt: new Date(Date.now() + 3600_000) },
    });
    try {
      const res = await health();
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('degraded');
    } finally {
      await db.searchOutbox.delete({ where: { id: row.id } });
    }
  });
});
