import 'server-only';
// One POST to a webhook target. The address is checked first (target-check.ts) and the connection
// is made to the address that was checked, never to one a second DNS answer gives (no DNS
// rebinding). Redirects are followed up to three times, each new address checked the same way.
// The whole attempt has one deadline.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkTarget } from './target-check';

export type TAttempt = { ok: boolean; status: number | null; durationMs: number; error: string | null };

const MAX_REDIRECTS = 3;
const KEEP_BODY = 300;

/** A DNS lookup that always answers with the checked address. */
function pinned(address: string): LookupFunction {
  const family = address.includes(':') ? 6 : 4;
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

type THop = { status: number; location: string | null; text: string };

function postOnce(url: URL, address: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<THop> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned(address),
        signal,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (text.length < KEEP_BODY) text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null, text: text.slice(0, KEEP_BODY) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function postPinned(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allow }: { timeoutMs: number; allow?: string },
): Promise<TAttempt> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  let target = rawUrl;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const check = await checkTarget(target, allow);
    if (!check.ok) return { ok: false, status: null, durationMs: took(), error: hop ? `Redirect refused: ${check.reason}` : check.reason };
    let answer: THop;
    try {
      answer = await postOnce(check.url, check.addresses[0]!, body, headers, signal);
    } catch (err) {
      const message = signal.aborted ? `No answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err);
      return { ok: false, status: null, durationMs: took(), error: message };
    }
    if (answer.status >= 300 && answer.status < 400 && answer.location) {
      target = new URL(answer.location, check.url).toString();
      continue;
    }
    const ok = answer.status >= 200 && answer.status < 300;
    const said = answer.text.trim() ? `: ${answer.text.trim()}` : '';
    return { ok, status: answer.status, durationMs: took(), error: ok ? null : `HTTP ${answer.status}${said}` };
  }
  return { ok: false, status: null, durationMs: took(), error: `More than ${MAX_REDIRECTS} redirects` };
}
