import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { RenderPool, RenderRefused, spawnRenderWorker } from './render-pool';
import { render } from './render';

// A worker that says it is ready, then never finishes a render: the time limit must end it.
const stuck = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ ready: true });
     parentPort.on('message', () => { for (;;) {} });`,
    { eval: true },
  );

// A worker that dies on its first render.
const crashing = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ ready: true });
     parentPort.on('message', () => process.exit(3));`,
    { eval: true },
  );

const pools: RenderPool[] = [];
const make = (options: ConstructorParameters<typeof RenderPool>[0]) => {
  const pool = new RenderPool(options);
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('RenderPool', () => {
  it('renders on a worker thread exactly what the pipeline renders', async () => {
    const pool = make({ size: 1, timeoutMs: 30_000 });
    const md = '# Drift\n\nSee [[Runbook: scorer]] and *this*.\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(await pool.render(md, 'churn')).toEqual(render(md, { from: 'churn' }));
  });

  it('refuses text over a limit before any worker starts', async () => {
    let spawned = 0;
    const pool = make({ size: 1, timeoutMs: 30_000, spawn: () => (spawned++, stuck()) });
    await expect(pool.render('*a'.repeat(20_000))).rejects.toThrow(/emphasis or code markers/);
    await expect(pool.render('>'.repeat(10_000))).rejects.toBeInstanceOf(RenderRefused);
    expect(spawned).toBe(0);
  });

  it('ends a render that overruns its time limit with a 422, and keeps this thread free meanwhile', async () => {
    const pool = make({ size: 1, timeoutMs: 300, spawn: stuck });
    let settled = false;
    const pending = pool.render('anything').finally(() => (settled = true));
    // The worker spins forever; this thread still runs timers and I/O while it does.
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderRefused);
    expect((err as RenderRefused).status).toBe(422);
    expect((err as RenderRefused).message).toMatch(/took longer than 0.3 s to render/);
    expect((err as RenderRefused).fields).toHaveProperty('body');
  });

  it('replaces a worker it had to stop, so the next render works', async () => {
    let calls = 0;
    const pool = make({ size: 1, timeoutMs: 300, spawn: () => (calls++ === 0 ? stuck() : spawnRenderWorker()) });
    await expect(pool.render('first')).rejects.toBeInstanceOf(RenderRefused);
    expect((await pool.render('_second_')).html).toBe('<p><em>second</em></p>');
    expect(calls).toBe(2);
  });

  it('fails the render of a worker that dies and starts a new one for the next', async () => {
    let calls = 0;
    const pool = make({ size: 1, timeoutMs: 30_000, spawn: () => (calls++ === 0 ? crashing() : spawnRenderWorker()) });
    await expect(pool.render('first')).rejects.toThrow(/render worker stopped/);
    expect((await pool.render('**second**')).html).toBe('<p><strong>second</strong></p>');
    expect(calls).toBe(2);
  });

  it('queues renders beyond its workers and answers each with its own text', async () => {
    const pool = make({ size: 2, timeoutMs: 30_000 });
    const texts = Array.from({ length: 8 }, (_, i) => `Page **${i}**`);
    const results = await Promise.all(texts.map((t) => pool.render(t)));
    expect(results.map((r) => r.html)).toEqual(texts.map((_, i) => `<p>Page <strong>${i}</strong></p>`));
  });
});
