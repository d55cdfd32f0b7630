import 'server-only';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderConfig } from '@/lib/env';
import { Invalid } from '@/lib/errors';
import { checkRenderLimits } from './limits';
import type { TRendered } from './rendered';
import type { TRenderReply } from './render-worker';

// Markdown is rendered on worker threads, never on the thread that answers requests: a text that
// is slow to parse delays only itself. Each render has a time limit; a worker that overruns it
// is terminated and replaced, and the render fails with a 422 that says so. Limits that no real
// page reaches are checked before a worker sees the text (limits.ts).

export class RenderRefused extends Invalid {
  constructor(message: string) {
    super(message, { body: message });
  }
}

type TTask = { id: number; markdown: string; from?: string; resolve: (r: TRendered) => void; reject: (e: Error) => void };
type TSlot = { worker: Worker; ready: boolean; task: TTask | null; timer?: NodeJS.Timeout };
export type TPoolOptions = { size: number; timeoutMs: number; spawn?: () => Worker };

export class RenderPool {
  private readonly slots: TSlot[] = [];
  private readonly queue: TTask[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: TPoolOptions) {}

  render(markdown: string, from?: string): Promise<TRendered> {
    const problem = checkRenderLimits(markdown);
    if (problem) return Promise.reject(new RenderRefused(problem.message));
    if (this.closed) return Promise.reject(new Error('The render pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, markdown, from, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; renders in flight fail. */
  async close() {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The render pool is closed.'));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new Error('The render pool is closed.'))));
  }

  private dispatch() {
    while (this.slots.length < this.options.size && this.queue.length > this.slots.filter((s) => !s.task).length) this.start();
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.overrun(slot), this.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, markdown: task.markdown, from: task.from });
    }
  }

  private start() {
    const worker = (this.options.spawn ?? spawnRenderWorker)();
    const slot: TSlot = { worker, ready: false, task: null };
    this.slots.push(slot);
    worker.unref();
    worker.on('message', (reply: TRenderReply) => {
      if ('ready' in reply) {
        slot.ready = true;
      } else if (slot.task && reply.id === slot.task.id) {
        const task = this.finish(slot);
        if (reply.ok) task.resolve(reply.result);
        else task.reject(reply.name === 'RangeError' ? new RenderRefused(STACK) : new Error(`Rendering failed: ${reply.message}`));
      }
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash) fails its render and is replaced on demand.
    const died = (err: Error) => {
      void this.retire(slot, err.message.includes('memory') ? new RenderRefused(MEMORY) : err);
      this.dispatch();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`The render worker stopped (exit ${code}).`)));
  }

  private finish(slot: TSlot): TTask {
    const task = slot.task!;
    clearTimeout(slot.timer);
    slot.task = null;
    slot.worker.unref();
    return task;
  }

  private overrun(slot: TSlot) {
    const seconds = Math.round(this.options.timeoutMs / 100) / 10;
    void this.retire(
      slot,
      new RenderRefused(
        `This text took longer than ${seconds} s to render, far longer than any real page; it was not saved. Split it into smaller pages or simplify its nesting.`,
      ),
    );
    this.dispatch();
  }

  private async retire(slot: TSlot, reason: Error) {
    const at = this.slots.indexOf(slot);
    if (at !== -1) this.slots.splice(at, 1);
    if (slot.task) this.finish(slot).reject(reason);
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }
}

const STACK = 'This text is nested too deeply to render. Flatten its lists, quotes or HTML.';
const MEMORY = 'This text needs more memory to render than any real page; it was not saved. Split it into smaller pages.';

/**
 * The worker thread. In the built app Turbopack bundles render-worker.ts from the `new URL`
 * below; run from source (tsx, vitest) the worker compiles TypeScript through tsx instead.
 */
export function spawnRenderWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 512 };
  if (import.meta.url.endsWith('.ts')) {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');
    return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, { eval: true, resourceLimits });
  }
  return new Worker(new URL('./render-worker.ts', import.meta.url), { resourceLimits });
}

const holder = globalThis as unknown as { hindsightRenderPool?: RenderPool };

function pool(): RenderPool {
  if (!holder.hindsightRenderPool) {
    const config = renderConfig();
    const size = config.HINDSIGHT_RENDER_WORKERS ?? Math.max(1, Math.min(2, os.availableParallelism()));
    holder.hindsightRenderPool = new RenderPool({ size, timeoutMs: config.HINDSIGHT_RENDER_TIMEOUT_MS });
  }
  return holder.hindsightRenderPool;
}

/** Renders Markdown off the request thread, within the limits and the time limit. */
export function renderMarkdown(markdown: string, options: { from?: string } = {}): Promise<TRendered> {
  return pool().render(markdown, options.from);
}
