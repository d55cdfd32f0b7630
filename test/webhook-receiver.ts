// A real HTTP server on 127.0.0.1 that plays a webhook receiver: it keeps every request it gets
// and answers as told (200 by default; a status, a redirect, or no answer at all).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type TReceived = { headers: Record<string, string>; body: string; path: string };
type TMode = { status: number } | { redirect: string } | 'hang';

export async function startReceiver(port = 0) {
  const received: TReceived[] = [];
  const waiting: (() => void)[] = [];
  let mode: TMode = { status: 200 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body, path: req.url ?? '/' });
      waiting.splice(0).forEach((wake) => wake());
      if (mode === 'hang') return;
      if ('redirect' in mode) res.writeHead(307, { location: mode.redirect }).end();
      else res.writeHead(mode.status, { 'content-type': 'text/plain' }).end(mode.status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/hook`,
    port: bound,
    received,
    answer(next: TMode) {
      mode = next;
    },
    /** Resolves once at least `count` requests have arrived. */
    async until(count: number) {
      while (received.length < count) await new Promise<void>((wake) => waiting.push(wake));
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port nothing listens on (bound, then let go). */
export async function closedPort(): Promise<number> {
  const probe = await startReceiver();
  await probe.close();
  return probe.port;
}
