// The render pool's worker thread (see render-pool.ts): renders one text at a time, off the
// thread that answers requests. Says "ready" once its modules are loaded, so the pool's time
// limit measures rendering, never start-up.
import { parentPort } from 'node:worker_threads';
import { render } from './render';

export type TRenderRequest = { id: number; markdown: string; from?: string };
export type TRenderReply =
  { id: number; ok: true; result: ReturnType<typeof render> } | { id: number; ok: false; name: string; message: string } | { ready: true };

const port = parentPort;
if (port) {
  port.on('message', (task: TRenderRequest) => {
    let reply: TRenderReply;
    try {
      reply = { id: task.id, ok: true, result: render(task.markdown, { from: task.from }) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply = { id: task.id, ok: false, name: e.name, message: e.message };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies TRenderReply);
}
