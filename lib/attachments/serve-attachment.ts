import 'server-only';
// An attachment as a response: the type read from its bytes when it was stored, images shown in
// the page and everything else downloaded, nothing sniffed, nothing run (a sandboxing CSP), and
// revalidated on every use so a reader who loses access loses the file too.
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TReadable } from '@/lib/policies/readable';
import { ATTACHMENT_TYPES } from './limits';
import { bytesOf } from './storage';

export async function serveAttachment(attachment: TReadable<{ id: string }>, ifNoneMatch: string | null): Promise<Response> {
  const row = await db.attachment.findUnique({
    where: { id: attachment.id },
    select: { id: true, name: true, mime: true, sha256: true, data: true, storedIn: true },
  });
  if (!row) throw new NotFound('There is no such attachment.');
  const etag = `"${row.sha256}"`;
  const headers: Record<string, string> = {
    'cache-control': 'private, no-cache',
    etag,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  const disposition = ATTACHMENT_TYPES[row.mime] ?? 'attachment';
  const bytes = await bytesOf(row);
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      'content-type': row.mime === 'text/plain' ? 'text/plain; charset=utf-8' : row.mime,
      'content-disposition': `${disposition}; filename="${row.name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'content-length': String(bytes.length),
    },
  });
}
