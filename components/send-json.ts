'use client';

export type TSendResult<T> =
  { ok: true; data: T } | { ok: false; status: number; error: string; fields: Record<string, string>; data: Record<string, unknown> };

/**
 * Sends JSON to one of our route handlers and reads the answer. On failure, `error` is the
 * message to show (the first field message when there is one) and `fields` maps field names to
 * their messages, as the guard returns them.
 */
export async function sendJson<T = unknown>(url: string, method: string, body?: unknown): Promise<TSendResult<T>> {
  return send<T>(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A form with files (an import), answered like sendJson. */
export function sendForm<T = unknown>(url: string, form: FormData): Promise<TSendResult<T>> {
  return send<T>(url, { method: 'POST', body: form });
}

async function send<T>(url: string, init: RequestInit): Promise<TSendResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { ok: false, status: 0, error: 'Could not reach the server. Nothing was changed; try again.', fields: {}, data: {} };
  }
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, data: data as T };
  const fields = (data.fields ?? {}) as Record<string, string>;
  const error = Object.values(fields)[0] ?? (typeof data.error === 'string' ? data.error : 'The change was not saved.');
  return { ok: false, status: res.status, error, fields, data };
}
